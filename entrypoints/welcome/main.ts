import '../../src/ui/shared/no-eval';
import '../../src/ui/shared/base.css';
import '../../src/ui/welcome/welcome.css';
import { showWelcome } from '../../src/ui/welcome/show-welcome';

showWelcome(document);
