// The welcome page (opened on install; linked from the popup and the options page): its text in the browser's
// language, and the legend's marks drawn with the extension's own mark styles.
import { injectMarkStyles } from '../../page/mark-styles';
import { localise } from '../shared/i18n';

export function showWelcome(doc: Document): void {
  localise(doc);
  injectMarkStyles(doc);
  doc.documentElement.dataset.fcWelcome = 'ready';
}
