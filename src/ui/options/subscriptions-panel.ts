// The options page's subscribed claim packs: an address to subscribe to, the permission for its origin asked on the
// reader's click, and the list with the last update, the last error in words, "Refresh now" and "Unsubscribe". The
// background does every fetch (src/storage/subscriptions.ts); this panel asks it and shows what it answers.
import { browser } from 'wxt/browser';
import {
  subscriptionReplySchema,
  subscriptionUrl,
  statusWords,
  type FetchProblem,
  type Subscription,
  type SubscriptionMessage,
  type SubscriptionReply,
  type UrlProblem,
} from '../../core/subscriptions';
import { readSubscriptions, SUBSCRIPTIONS_KEY } from '../../storage/subscriptions';
import { el } from '../shared/dom';
import { message, type MessageKey } from '../shared/i18n';
import { MAX_PACK_BYTES } from '../../core/validate-pack';

export interface SubscriptionsPanelDeps {
  list(): Promise<Subscription[]>;
  /** Must be called in the click's own turn: browsers grant a permission only to a user's gesture. */
  requestPermission(origin: string): Promise<boolean>;
  send(message: SubscriptionMessage): Promise<SubscriptionReply>;
  /** Call `listener` when the list changes (the daily refresh runs in the background); returns the unsubscribe. */
  watch(listener: () => void): () => void;
  words(key: MessageKey, parts?: Readonly<Record<string, string | number>>): string;
  /** Packs were added or removed: the page re-reads them (claim browser, open tabs). */
  changed(): void;
}


const URL_WORDS: Record<UrlProblem, MessageKey> = {
  empty: 'subsUrlEmpty',
  'not-a-url': 'subsUrlInvalid',
  'not-https': 'subsUrlNotHttps',
  credentials: 'subsUrlCredentials',
};

/** The problem in one sentence, and for a pack that fails its checks, the list of problems. */
export function problemWords(problem: FetchProblem, words: (key: MessageKey, parts?: Readonly<Record<string, string | number>>) => string): { text: string; lines: string[] } {
  switch (problem.kind) {
    case 'status':
      return { text: words('subsErrorStatus', { status: statusWords(problem.status, problem.statusText) }), lines: [] };
    case 'unreachable':
      return { text: words('subsErrorUnreachable', { host: problem.host }), lines: [] };
    case 'redirect':
      return { text: words('subsErrorRedirect', { host: problem.host }), lines: [] };
    case 'too-big':
      return { text: words('subsErrorTooBig', { max: MAX_PACK_BYTES / 1024 / 1024 }), lines: [] };
    case 'permission':
      return { text: words('subsErrorPermission', { host: problem.host }), lines: [] };
    case 'storage':
      return { text: words('subsErrorStorage', { words: problem.words }), lines: [] };
    case 'invalid': {
      const [first = '', ...rest] = problem.problems;
      const shown = rest.slice(0, 20);
      const more = rest.length - shown.length;
      return { text: words('subsErrorInvalid', { first }), lines: more > 0 ? [...shown, words('subsMore', { n: more })] : shown };
    }
  }
}

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function renderSubscriptionsPanel(deps: SubscriptionsPanelDeps): HTMLElement {
  const w = deps.words;
  const input = el('input', { type: 'url', id: 'subs-url', placeholder: 'https://', autocomplete: 'off', spellcheck: 'false', class: 'subs-url' });
  const button = el('button', { type: 'submit', text: w('subsSubscribe') });
  const form = el('form', { class: 'subs-form' }, el('label', { for: 'subs-url', class: 'block', text: w('subsUrlLabel') }), input, ' ', button);
  const result = el('div', { class: 'subs-result', role: 'status', 'aria-live': 'polite' });
  const list = el('ul', { class: 'subscriptions' });
  let current: Subscription[] = [];

  const show = (state: 'ok' | 'error' | 'busy', text: string, lines: string[] = []) => {
    result.dataset.state = state;
    result.replaceChildren(el('p', { text }), ...(lines.length ? [el('ul', { class: 'problems' }, ...lines.map((l) => el('li', { text: l })))] : []));
  };
  const showProblem = (lead: string, problem: FetchProblem) => {
    const said = problemWords(problem, w);
    show('error', `${lead} ${said.text}`, said.lines);
  };

  const ask = async (msg: SubscriptionMessage): Promise<SubscriptionReply | null> => {
    try {
      const reply = subscriptionReplySchema.parse(await deps.send(msg));
      current = reply.subscriptions;
      paint();
      return reply;
    } catch (error) {
      show('error', w('subsErrorStorage', { words: (error as Error).message }));
      return null;
    }
  };

  const row = (sub: Subscription) => {
    const refresh = el('button', { type: 'button', class: 'subs-refresh', text: w('subsRefresh') });
    const remove = el('button', { type: 'button', class: 'subs-unsubscribe', text: w('subsUnsubscribe') });
    refresh.addEventListener('click', async () => {
      show('busy', w('subsWorking'));
      const before = current.find((s) => s.url === sub.url)?.updatedAt ?? null;
      const reply = await ask({ type: 'fc:subs-refresh', url: sub.url });
      if (!reply) return;
      if (reply.error) showProblem(w('subsRefreshFailed'), reply.error);
      else {
        const after = reply.subscriptions.find((s) => s.url === sub.url);
        show('ok', after && after.updatedAt !== before ? w('subsRefreshed') : w('subsUpToDate'));
        if (after && after.updatedAt !== before) deps.changed();
      }
    });
    remove.addEventListener('click', async () => {
      const reply = await ask({ type: 'fc:subs-unsubscribe', url: sub.url });
      if (!reply) return;
      if (reply.error) showProblem('', reply.error);
      else {
        show('ok', w('subsUnsubscribed', { url: sub.url }));
        deps.changed();
      }
    });
    const status: (HTMLElement | string)[] = [];
    if (sub.updatedAt !== null) status.push(el('span', { class: 'subs-updated', text: w('subsUpdated', { when: when(sub.updatedAt) }) }));
    if (sub.checkedAt !== null) status.push(' · ', el('span', { class: 'subs-checked', text: w('subsChecked', { when: when(sub.checkedAt) }) }));
    const parts: HTMLElement[] = [
      el('div', {}, el('strong', { class: 'subs-name', text: sub.pack ?? sub.url }), ' ', el('span', { class: 'muted', text: w(sub.claims === 1 ? 'subsClaimCountOne' : 'subsClaimCountOther', { n: sub.claims }) })),
      el('div', { class: 'subs-address muted', text: sub.url }),
      el('div', { class: 'subs-times muted' }, ...status),
    ];
    if (sub.error) {
      const said = problemWords(sub.error, w);
      parts.push(
        el('div', { class: 'subs-error', role: 'note' }, w('subsLastError', { problem: said.text }), ...(said.lines.length ? [el('ul', { class: 'problems' }, ...said.lines.map((l) => el('li', { text: l })))] : [])),
      );
    }
    parts.push(el('div', { class: 'subs-actions' }, refresh, ' ', remove));
    return el('li', { 'data-subscription': sub.url, 'data-state': sub.error ? 'error' : 'ok' }, ...parts);
  };

  const paint = () => {
    list.replaceChildren(...(current.length ? current.map(row) : [el('li', { class: 'muted', text: w('subsNone') })]));
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const parsed = subscriptionUrl(input.value);
    if (!parsed.ok) {
      show('error', w(URL_WORDS[parsed.problem]));
      return;
    }
    if (current.some((s) => s.url === parsed.url)) {
      show('error', w('subsAlready'));
      return;
    }
    // The permission request comes first, in the click's own turn (a user gesture): only this origin, only now.
    const granted = deps.requestPermission(parsed.origin).catch(() => false);
    show('busy', w('subsWorking'));
    void granted.then(async (ok) => {
      if (!ok) {
        show('error', w('subsPermissionDenied', { host: parsed.host }));
        return;
      }
      const reply = await ask({ type: 'fc:subs-subscribe', url: parsed.url });
      if (!reply) return;
      if (reply.error) {
        showProblem(w('subsNotSubscribed'), reply.error);
        return;
      }
      const sub = reply.subscriptions.find((s) => s.url === parsed.url);
      input.value = '';
      show('ok', w(sub?.claims === 1 ? 'subsDoneOne' : 'subsDoneOther', { name: sub?.pack ?? parsed.url, n: sub?.claims ?? 0 }));
      deps.changed();
    });
  });

  deps.watch(() => {
    void deps.list().then((l) => {
      current = l;
      paint();
    });
  });
  void deps.list().then(
    (l) => {
      current = l;
      paint();
    },
    () => paint(),
  );
  paint();
  return el(
    'section',
    { class: 'panel', 'aria-labelledby': 'subs-title', id: 'subscriptions' },
    el('h2', { id: 'subs-title', text: w('subsTitle') }),
    el('p', { class: 'muted', text: w('subsIntro') }),
    form,
    result,
    el('h3', { text: w('subsListTitle') }),
    list,
  );
}

/** The panel wired to the browser: permissions, the background and storage.local. */
export function browserSubscriptionsPanel(changed: () => void): HTMLElement {
  return renderSubscriptionsPanel({
    list: async () => readSubscriptions((await browser.storage.local.get(SUBSCRIPTIONS_KEY))[SUBSCRIPTIONS_KEY]),
    requestPermission: (origin) => browser.permissions.request({ origins: [origin] }),
    send: (msg) => browser.runtime.sendMessage(msg) as Promise<SubscriptionReply>,
    watch: (listener) => {
      const handler = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && SUBSCRIPTIONS_KEY in changes) listener();
      };
      browser.storage.onChanged.addListener(handler);
      return () => browser.storage.onChanged.removeListener(handler);
    },
    words: message,
    changed,
  });
}
