// Import of an additional claim pack (validated in full before anything is stored) and the list of imported packs.
import type { ClaimDatabase } from '../../core/validate';
import type { StoredPack } from '../../storage/storage';
import { el } from '../shared/dom';
import { message, uiLanguage } from '../shared/i18n';
import { countIn } from './count-in';
import { MAX_PACK_BYTES, packSizeProblem, validatePackText } from '../../core/validate-pack';

export interface PackPanelDeps {
  database: ClaimDatabase;
  packs(): StoredPack[];
  /** Store one new pack (all or nothing); the page re-renders the claim browser. */
  add(pack: StoredPack): Promise<void>;
  remove(name: string): Promise<void>;
  now(): Date;
}

export function renderPackPanel(deps: PackPanelDeps): HTMLElement {
  const input = el('input', { type: 'file', id: 'pack-file', accept: '.json,application/json' });
  const result = el('div', { class: 'import-result', role: 'status', 'aria-live': 'polite' });
  const list = el('ul', { class: 'packs' });

  const show = (state: 'ok' | 'error', title: string, lines: string[] = []) => {
    result.dataset.state = state;
    result.replaceChildren(el('p', { text: title }), ...(lines.length ? [el('ul', { class: 'problems' }, ...lines.map((l) => el('li', { text: l })))] : []));
  };

  const paintList = () => {
    const packs = deps.packs();
    list.replaceChildren(
      ...(packs.length
        ? packs.map((p) => {
            const remove = el('button', { type: 'button', text: message('packsRemove'), 'aria-label': message('packsRemoveNamed', [p.name]) });
            remove.addEventListener('click', async () => {
              const began = performance.now();
              try {
                await deps.remove(p.name);
              } catch (error) {
                show('error', message('packsCouldNotRemove', [p.name, (error as Error).message]));
                return;
              }
              show('ok', message('packsRemoved', [p.name]));
              paintList();
              performance.measure('fc:pack-remove', { start: began });
            });
            const info = message('packsInfo', [countIn('Claim', p.claims.length), countIn('Source', p.sources.length), p.importedAt.slice(0, 10)]);
            return el('li', { 'data-pack': p.name }, el('strong', { text: p.name }), ` — ${info} `, remove);
          })
        : [el('li', { class: 'muted', text: message('packsNone') })]),
    );
  };

  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    // Timed from the file's choice to the list painted (`npm run bench` and the browser test read the measure).
    const began = performance.now();
    const lang = uiLanguage();
    const tooBig = packSizeProblem(file.name, file.size, lang);
    const parsed = tooBig ? { ok: false as const, problems: [tooBig] } : validatePackText(await file.text(), file.name, known(), lang);
    input.value = '';
    if (!parsed.ok) {
      show('error', message('packsNotImportedFix', [file.name]), parsed.problems.slice(0, 50).concat(
        parsed.problems.length > 50 ? [message('packsMoreProblems', [parsed.problems.length - 50])] : [],
      ));
      return;
    }
    const pack: StoredPack = { ...parsed.data, importedAt: deps.now().toISOString() };
    try {
      await deps.add(pack);
    } catch (error) {
      // PackStoreError messages are whole sentences: "There is not enough room left in the browser’s storage …".
      show('error', message('packsNotImported', [file.name, (error as Error).message]));
      return;
    }
    show('ok', message('packsImportedNamed', [pack.name, countIn('Claim', pack.claims.length), countIn('Source', pack.sources.length)]));
    paintList();
    performance.measure('fc:pack-import', { start: began });
  });

  const known = () => {
    const packs = deps.packs();
    return {
      sources: [...deps.database.sources, ...packs.flatMap((p) => p.sources)],
      claims: [...deps.database.claims, ...packs.flatMap((p) => p.claims)],
      packNames: packs.map((p) => p.name),
    };
  };

  paintList();
  return el(
    'section',
    { class: 'panel', 'aria-labelledby': 'packs-title' },
    el('h2', { id: 'packs-title', text: message('packsTitle') }),
    el('p', { class: 'muted' }, message('packsIntro', [MAX_PACK_BYTES / 1024 / 1024])),
    el('label', { for: 'pack-file', class: 'block' }, message('packsImport')),
    input,
    result,
    el('h3', { text: message('packsImported') }),
    list,
  );
}
