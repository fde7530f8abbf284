import '../../src/ui/shared/no-eval';
import '../../src/ui/shared/base.css';
import '../../src/ui/options/options.css';
import { browserOptionsDeps } from '../../src/ui/options/browser-deps';
import { renderOptions } from '../../src/ui/options/render-options';

const root = document.getElementById('app');
if (root) void renderOptions(root, browserOptionsDeps());
