/**
 * `release-lens annotate FILE.html --url URL [--any-page]`: prints the annotations JSON
 * of DESIGN.md's contract.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { annotateHtml } from './annotate-file.js';

const USAGE = 'Usage: release-lens annotate FILE.html [--url URL] [--any-page]';

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, 'any-page': { type: 'boolean', default: false }, help: { type: 'boolean' } },
  });
  const [command, file] = positionals;
  if (values.help || command !== 'annotate' || !file) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (e) {
    console.error(`release-lens: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    return 1;
  }
  const url = values.url ?? pathToFileURL(file).href;
  const output = annotateHtml(html, { url, anyPage: values['any-page'] ?? false, now: new Date() });
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`release-lens: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
