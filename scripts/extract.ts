// `npm run extract -- <files or folders> [--out pack.json]`: claims from saved pages or text files, as a claim pack
// in the import format (the options page takes it as it is). The same reading and page-date rules as
// `npm run check`; one claim per figure whose company, metric and period all have evidence where it stands, or
// carried from earlier in the text where nothing since could have changed them (src/core/extract-claims.ts). Without --out the pack goes to standard output. Errors: one line, exit 1.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractClaims, packOf } from '../src/core/extract-claims';
import { readFigures } from '../src/core/read-figures';
import { claimPackSchema } from '../src/core/schema';
import { readHtmlPage, readTextPage, type ReadPage } from './check';

const USAGE = 'usage: npm run extract -- <files or folders> [--out pack.json]';
const HTML_EXT_RE = /\.x?html?$/i;
const TEXT_EXT_RE = /\.(?:txt|md|x?html?)$/i;

class CliError extends Error {}

function inputsOf(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      throw new CliError(`cannot read ${p}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      for (const f of readdirSync(p).sort()) if (TEXT_EXT_RE.test(f)) files.push(path.join(p, f));
    } else files.push(p);
  }
  if (!files.length) throw new CliError(`no .txt or .html files in ${paths.join(', ')}`);
  return files;
}

async function readPage(file: string): Promise<ReadPage> {
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  } catch {
    throw new CliError(`${file} is not readable UTF-8 text`);
  }
  return HTML_EXT_RE.test(file) ? readHtmlPage(raw) : readTextPage(raw);
}

export async function extract(argv: readonly string[]): Promise<{ json: string; out: string | null; summary: string }> {
  const paths: string[] = [];
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out') {
      out = argv[++i] ?? null;
      if (!out) throw new CliError(`--out needs a file name; ${USAGE}`);
    } else if (a.startsWith('--')) throw new CliError(`unknown option ${a}; ${USAGE}`);
    else paths.push(a);
  }
  if (!paths.length) throw new CliError(`no input given; ${USAGE}`);
  const files = inputsOf(paths);
  const parts = [];
  for (const file of files) {
    const page = await readPage(file);
    const figures = readFigures(page.text, page.pageDate ? { pageDate: page.pageDate } : {});
    parts.push(extractClaims(figures, page.text, { file: path.basename(file), date: page.pageDate ?? null, ...page.about }));
  }
  const pack = packOf(`Extracted from ${files.length} ${files.length === 1 ? 'article' : 'articles'}`, parts);
  const checked = claimPackSchema.safeParse(pack);
  if (!checked.success) throw new CliError(`the extracted pack does not validate: ${checked.error.issues[0]?.message}`);
  const n = pack.claims.length;
  const summary = `${n} ${n === 1 ? 'claim' : 'claims'} from ${files.length} ${files.length === 1 ? 'article' : 'articles'}`;
  return { json: `${JSON.stringify(pack, null, 2)}\n`, out, summary };
}

const isEntry = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  extract(process.argv.slice(2)).then(
    ({ json, out, summary }) => {
      if (out) {
        writeFileSync(out, json);
        process.stderr.write(`extract: ${summary} written to ${out}\n`);
      } else process.stdout.write(json);
    },
    (error: unknown) => {
      const message = error instanceof CliError ? error.message : `failed: ${(error as Error).message}`;
      process.stderr.write(`extract: ${message.split('\n')[0]}\n`);
      process.exitCode = 1;
    },
  );
}
