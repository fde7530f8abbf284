import '../../src/ui/shared/no-eval';
import '../../src/ui/shared/base.css';
import '../../src/ui/welcome/sample.css';
import { showSample } from '../../src/ui/welcome/show-sample';

void showSample(document);
