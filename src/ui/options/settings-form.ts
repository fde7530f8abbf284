// Where Figure Check runs and how sensitive it is. Every change is saved at once, with a visible "Saved".
import { LANG_TAG } from '../../core/i18n/translate';
import { DEFAULT_SITES, type Settings } from '../../core/settings';
import { el } from '../shared/dom';
import { message, type MessageKey } from '../shared/i18n';

const HOST_RE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** One site per line; "https://www.FT.com/content/x" → "ft.com"; blanks and duplicates dropped. */
export function parseSites(text: string): { sites: string[]; ignored: string[] } {
  const sites: string[] = [];
  const ignored: string[] = [];
  for (const line of text.split(/[\n,]/)) {
    const raw = line.trim();
    if (!raw) continue;
    const host = raw
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .replace(/[/?#].*$/, '')
      .replace(/:\d+$/, '')
      .replace(/^www\./, '');
    if (!HOST_RE.test(host)) ignored.push(raw);
    else if (!sites.includes(host)) sites.push(host);
  }
  return { sites, ignored };
}

function radio(name: string, value: string, checked: boolean, label: string) {
  const input = el('input', { type: 'radio', name, value, id: `${name}-${value}`, checked });
  return { input, box: el('label', { for: `${name}-${value}`, class: 'choice' }, input, ` ${label}`) };
}

const LANGUAGE_CHOICES: [Settings['language'], MessageKey][] = [
  ['browser', 'optionsLanguageBrowser'],
  ['page', 'optionsLanguagePage'],
  ['en', 'optionsLanguageEn'],
  ['zh', 'optionsLanguageZh'],
];

export interface SettingsFormDeps {
  save(settings: Settings): Promise<void>;
  /** After the language setting was saved: the page speaks the new language from then on. */
  languageChanged?(settings: Settings): void;
}

export function renderSettingsForm(initial: Settings, deps: SettingsFormDeps): HTMLElement {
  let settings = structuredClone(initial);
  const status = el('p', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = async (next: Settings, note = '') => {
    settings = next;
    try {
      await deps.save(settings);
      status.textContent = note ? message('optionsSavedIgnored', [note]) : message('optionsSaved');
      status.dataset.state = 'saved';
    } catch (error) {
      status.textContent = message('optionsCouldNotSave', [(error as Error).message]);
      status.dataset.state = 'error';
    }
  };

  const all = radio('scope', 'all', settings.scope === 'all', message('optionsEverySite'));
  const listed = radio('scope', 'listed', settings.scope === 'listed', message('optionsListedSites'));
  const sitesBox = el('textarea', { id: 'sites', rows: 8, spellcheck: 'false', 'aria-describedby': 'sites-help' });
  sitesBox.value = settings.sites.join('\n');
  const saveSites = () => {
    clearTimeout(timer);
    const { sites, ignored } = parseSites(sitesBox.value);
    if (JSON.stringify(sites) === JSON.stringify(settings.sites) && !ignored.length) return;
    void save({ ...settings, sites }, ignored.join(', '));
  };
  sitesBox.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(saveSites, 600);
  });
  sitesBox.addEventListener('change', saveSites);
  const restore = el('button', { type: 'button', text: message('optionsRestoreSites') });
  restore.addEventListener('click', () => {
    sitesBox.value = DEFAULT_SITES.join('\n');
    void save({ ...settings, sites: [...DEFAULT_SITES] });
  });
  for (const r of [all, listed]) {
    r.input.addEventListener('change', () => r.input.checked && void save({ ...settings, scope: r.input.value as Settings['scope'] }));
  }

  const conflicts = radio('sensitivity', 'conflicts', settings.sensitivity === 'conflicts', message('optionsOnlyConflicts'));
  const rounding = radio('sensitivity', 'rounding', settings.sensitivity === 'rounding', message('optionsRoundingToo'));
  for (const r of [conflicts, rounding]) {
    r.input.addEventListener('change', () => r.input.checked && void save({ ...settings, sensitivity: r.input.value as Settings['sensitivity'] }));
  }

  const markAll = el('input', { type: 'checkbox', id: 'mark-all', checked: settings.markAll, 'aria-describedby': 'mark-all-help' });
  markAll.addEventListener('change', () => void save({ ...settings, markAll: markAll.checked }));

  const language = el(
    'select',
    { id: 'language', 'aria-describedby': 'language-help' },
    // "English" and "中文" carry their own language, so a reader who cannot read the page still finds theirs
    ...LANGUAGE_CHOICES.map(([value, key]) =>
      el('option', { value, text: message(key), lang: value === 'en' || value === 'zh' ? LANG_TAG[value] : null }),
    ),
  );
  language.value = settings.language;
  language.addEventListener('change', async () => {
    await save({ ...settings, language: language.value as Settings['language'] });
    deps.languageChanged?.(settings);
  });

  const disabledList = el('ul', { class: 'disabled-sites' });
  const paintDisabled = () => {
    disabledList.replaceChildren(
      ...(settings.disabledSites.length
        ? settings.disabledSites.map((host) => {
            const button = el('button', { type: 'button', text: message('optionsTurnBackOn'), 'aria-label': message('optionsTurnBackOnFor', [host]) });
            button.addEventListener('click', async () => {
              await save({ ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) });
              paintDisabled();
            });
            return el('li', {}, `${host} `, button);
          })
        : [el('li', { class: 'muted', text: message('optionsNone') })]),
    );
  };
  paintDisabled();

  return el(
    'section',
    { class: 'panel', 'aria-labelledby': 'settings-title' },
    el('h2', { id: 'settings-title', text: message('optionsSettings') }),
    el('label', { for: 'language', class: 'block' }, message('optionsLanguage')),
    language,
    el('p', { id: 'language-help', class: 'muted', text: message('optionsLanguageHelp') }),
    el('fieldset', {}, el('legend', { text: message('optionsWhere') }), all.box, listed.box),
    el('label', { for: 'sites', class: 'block' }, message('optionsSites')),
    sitesBox,
    el('p', { id: 'sites-help', class: 'muted', text: message('optionsSitesHelp') }),
    restore,
    el('fieldset', {}, el('legend', { text: message('optionsSensitivity') }), conflicts.box, rounding.box),
    el('label', { for: 'mark-all', class: 'choice' }, markAll, ` ${message('optionsMarkAll')}`),
    el('p', { id: 'mark-all-help', class: 'muted', text: message('optionsMarkAllHelp') }),
    el('h3', { text: message('optionsSwitchedOff') }),
    disabledList,
    status,
  );
}
