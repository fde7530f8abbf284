import '../../src/ui/shared/no-eval';
import '../../src/ui/shared/base.css';
import '../../src/ui/options/options.css';
import { browserOptionsDeps } from '../../src/ui/options/browser-deps';
import { renderOptions } from '../../src/ui/options/render-options';
import { localise } from '../../src/ui/shared/i18n';

const root = document.getElementById('app');
if (root) void renderOptions(root, browserOptionsDeps());
const about = document.querySelector<HTMLElement>('footer.welcome-footer');
if (about) localise(about);
