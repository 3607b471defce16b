/**
 * The CLI's inputs: files and directories (every `.html`/`.htm` inside, sorted), each read
 * and decoded with a clear error when it is missing, is not HTML, or is in an encoding we
 * cannot read.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export class InputError extends Error {}

/** Every page the arguments name: files as given, directories expanded to their HTML files. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
      throw new InputError(e.code === 'ENOENT' ? `${path}: no such file or directory` : `${path}: cannot read (${e.code ?? e.message})`);
    });
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const inside = (await readdir(path)).filter((f) => /\.html?$/i.test(f)).sort();
    if (inside.length === 0) throw new InputError(`${path}: a directory with no .html files`);
    files.push(...inside.map((f) => join(path, f)));
  }
  return files;
}

const CHARSET = /<meta[^>]{0,200}charset\s*=\s*["']?([\w-]{1,40})/i;

/** The page's text: UTF-8 (or UTF-16 with a byte-order mark), else the charset the page declares. */
export function decodeHtml(bytes: Uint8Array, path: string): string {
  let text: string | undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const declared = CHARSET.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 4096)))?.[1];
      if (!declared || /^utf-?8$/i.test(declared)) throw new InputError(`${path}: not valid UTF-8, and the page declares no other encoding`);
      try {
        text = new TextDecoder(declared.toLowerCase(), { fatal: true }).decode(bytes);
      } catch {
        throw new InputError(`${path}: cannot decode it as ${declared}, the encoding it declares`);
      }
    }
  }
  if (text.includes('\u0000')) throw new InputError(`${path}: a binary file, not HTML`);
  if (!/<(?:!doctype\s+html|html|head|body|p|div|article|main|h1|title)\b/i.test(text.slice(0, 100_000))) throw new InputError(`${path}: not an HTML page (no HTML tags found)`);
  return text;
}

export async function readHtml(path: string): Promise<string> {
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(e.code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${e.code ?? e.message})`);
  });
  return decodeHtml(bytes, path);
}
