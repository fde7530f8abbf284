// Extension pages run under a CSP without 'unsafe-eval'. zod's fast path probes `new Function` once, and the CSP
// reports that probe as a violation even though zod catches it; jitless mode skips the probe. Import this first.
import { z } from 'zod';

z.config({ jitless: true });
