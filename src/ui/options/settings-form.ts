// Where Figure Check runs and how sensitive it is. Every change is saved at once, with a visible "Saved".
import { DEFAULT_SITES, type Settings } from '../../core/settings';
import { el } from '../shared/dom';

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

export interface SettingsFormDeps {
  save(settings: Settings): Promise<void>;
}

export function renderSettingsForm(initial: Settings, deps: SettingsFormDeps): HTMLElement {
  let settings = structuredClone(initial);
  const status = el('p', { class: 'save-status', role: 'status', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = async (next: Settings, note = '') => {
    settings = next;
    try {
      await deps.save(settings);
      status.textContent = `Saved${note}`;
      status.dataset.state = 'saved';
    } catch (error) {
      status.textContent = `Could not save: ${(error as Error).message}`;
      status.dataset.state = 'error';
    }
  };

  const all = radio('scope', 'all', settings.scope === 'all', 'Every site');
  const listed = radio('scope', 'listed', settings.scope === 'listed', 'Only the sites listed below');
  const sitesBox = el('textarea', { id: 'sites', rows: 8, spellcheck: 'false', 'aria-describedby': 'sites-help' });
  sitesBox.value = settings.sites.join('\n');
  const saveSites = () => {
    clearTimeout(timer);
    const { sites, ignored } = parseSites(sitesBox.value);
    if (JSON.stringify(sites) === JSON.stringify(settings.sites) && !ignored.length) return;
    void save({ ...settings, sites }, ignored.length ? ` (ignored, not a site: ${ignored.join(', ')})` : '');
  };
  sitesBox.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(saveSites, 600);
  });
  sitesBox.addEventListener('change', saveSites);
  const restore = el('button', { type: 'button', text: 'Restore the default list' });
  restore.addEventListener('click', () => {
    sitesBox.value = DEFAULT_SITES.join('\n');
    void save({ ...settings, sites: [...DEFAULT_SITES] });
  });
  for (const r of [all, listed]) {
    r.input.addEventListener('change', () => r.input.checked && void save({ ...settings, scope: r.input.value as Settings['scope'] }));
  }

  const conflicts = radio('sensitivity', 'conflicts', settings.sensitivity === 'conflicts', 'Flag only conflicts (wrong figure, factor, currency or sum)');
  const rounding = radio('sensitivity', 'rounding', settings.sensitivity === 'rounding', 'Flag rounding gaps too');
  for (const r of [conflicts, rounding]) {
    r.input.addEventListener('change', () => r.input.checked && void save({ ...settings, sensitivity: r.input.value as Settings['sensitivity'] }));
  }

  const markAll = el('input', { type: 'checkbox', id: 'mark-all', checked: settings.markAll, 'aria-describedby': 'mark-all-help' });
  markAll.addEventListener('change', () => void save({ ...settings, markAll: markAll.checked }));

  const disabledList = el('ul', { class: 'disabled-sites' });
  const paintDisabled = () => {
    disabledList.replaceChildren(
      ...(settings.disabledSites.length
        ? settings.disabledSites.map((host) => {
            const button = el('button', { type: 'button', text: 'Turn back on', 'aria-label': `Turn Figure Check back on for ${host}` });
            button.addEventListener('click', async () => {
              await save({ ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) });
              paintDisabled();
            });
            return el('li', {}, `${host} `, button);
          })
        : [el('li', { class: 'muted', text: 'None.' })]),
    );
  };
  paintDisabled();

  return el(
    'section',
    { class: 'panel', 'aria-labelledby': 'settings-title' },
    el('h2', { id: 'settings-title', text: 'Settings' }),
    el('fieldset', {}, el('legend', { text: 'Where Figure Check runs' }), all.box, listed.box),
    el('label', { for: 'sites', class: 'block' }, 'Sites (one per line; subdomains are included)'),
    sitesBox,
    el('p', { id: 'sites-help', class: 'muted', text: 'Used when “Only the sites listed below” is chosen.' }),
    restore,
    el('fieldset', {}, el('legend', { text: 'Sensitivity' }), conflicts.box, rounding.box),
    el('label', { for: 'mark-all', class: 'choice' }, markAll, ' Mark every figure read'),
    el('p', {
      id: 'mark-all-help',
      class: 'muted',
      text: 'Off: only figures with something to say are marked (warnings, rounding gaps, agreements, other periods); the toolbar popup still counts the rest.',
    }),
    el('h3', { text: 'Sites switched off from the toolbar' }),
    disabledList,
    status,
  );
}
