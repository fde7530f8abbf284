// A Vite plugin that takes zod's two uses of the Function constructor out of the bundles. Every bundle already runs
// zod jitless (src/ui/shared/no-eval.ts: extension pages forbid eval, and a content script has no use for it), so
// both are dead code at run time; but Mozilla's add-on linter reads the code, not the config, and reports each as
// DANGEROUS_EVAL, which the add-on store reviews by hand. Moving the core's schemas to zod/mini would not help:
// mini's objects skip code generation, but the shared probe in util.js is still bundled.
// The build fails if zod's code no longer has the expected shape, so an upgrade cannot quietly bring them back.
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  find: RegExp;
  replace: string;
}

const PATCHES: Patch[] = [
  {
    // allowsEval: `try { const F = Function; new F(""); return true; } catch (_) { return false; }` → never.
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /const F = Function;\s*new F\(""\);\s*return true;/,
    replace: 'return false;',
  },
  {
    // Doc.compile() builds an object schema's fast path; only reached when allowsEval is true.
    file: /[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    find: /const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/,
    replace: 'throw new Error("zod code generation is switched off in this extension");',
  },
];

export function zodWithoutEval(): Plugin {
  return {
    name: 'figure-check:zod-without-eval',
    enforce: 'pre',
    transform(code, id) {
      const patch = PATCHES.find((p) => p.file.test(id.split('?')[0]!));
      if (!patch) return null;
      if (!patch.find.test(code)) this.error(`zod-without-eval: ${id} no longer has the code this plugin removes`);
      return { code: code.replace(patch.find, patch.replace), map: null };
    },
  };
}
