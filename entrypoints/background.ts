import '../src/ui/shared/no-eval';
import { startBackground } from '../src/ui/shared/tab-reports';

export default defineBackground(() => {
  startBackground();
});
