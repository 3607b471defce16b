/**
 * `release-lens annotate FILE.html|DIR ... [--url URL] [--any-page] [--format json|csv|md|library]`:
 * runs detect → text map → extract → context on saved pages and prints the annotations
 * (JSON of DESIGN.md's contract by default). Exit codes: 0 done, 1 an input could not be
 * read, 2 a usage error.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { annotateHtml } from './annotate-file.js';
import { FORMATS, render, type FileResult, type Format } from './formats.js';
import { expandInputs, readHtml } from './inputs.js';
import { errorText } from '../core/error-text.js';

const USAGE = `Usage: release-lens annotate FILE.html|DIRECTORY ... [--url URL] [--any-page] [--format ${FORMATS.join('|')}]

  --url URL     the address the page was saved from (one file only); default its file:// URL
  --any-page    treat a page as a release even when detection says it is not one
  --format F    json (default; DESIGN.md's release-lens/annotations@1), csv, md, or library
                (a release-lens/library@1 file of the pages that are releases, for the
                library page's Import)`;

class UsageError extends Error {}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      'any-page': { type: 'boolean', default: false },
      format: { type: 'string', default: 'json' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'annotate' || paths.length === 0) throw new UsageError('give the command annotate and at least one file or directory');
  const format = values.format ?? 'json';
  if (!isFormat(format)) throw new UsageError(`unknown format "${format}"; use one of ${FORMATS.join(', ')}`);
  const files = await expandInputs(paths);
  if (values.url && files.length > 1) throw new UsageError('--url names one page; give it with one file');
  const results: FileResult[] = [];
  for (const file of files) {
    const html = await readHtml(file);
    const url = values.url ?? pathToFileURL(file).href;
    results.push({ file, output: annotateHtml(html, { url, anyPage: values['any-page'] ?? false, now: new Date() }) });
  }
  process.stdout.write(render(results, format));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || (e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`release-lens: ${e.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(`release-lens: ${errorText(e)}`);
    process.exitCode = 1;
  },
);
