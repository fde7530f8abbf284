import '../../src/ui/shared/no-eval';
import '../../src/ui/shared/base.css';
import '../../src/ui/popup/popup.css';
import { browserPopupDeps } from '../../src/ui/popup/browser-deps';
import { renderPopup } from '../../src/ui/popup/render-popup';
import { localise } from '../../src/ui/shared/i18n';

// The whole page in the catalog's language: <html lang> and the footer link (the popup's own text uses message()).
localise(document);
const root = document.getElementById('app');
if (root) void renderPopup(root, browserPopupDeps());
