// Extension pages run under a CSP without 'unsafe-eval'. zod's fast path probes `new Function` once, and the CSP
// reports that probe as a violation even though zod catches it; jitless mode skips the probe. Import this first.
// The build also removes the probe and zod's compiler from every bundle (scripts/build/zod-without-eval.ts), so
// Mozilla's add-on linter finds no Function constructor.
import { z } from 'zod';

z.config({ jitless: true });
