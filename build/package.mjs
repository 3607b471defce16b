#!/usr/bin/env node
/**
 * npm run package [-- --out DIR]: builds, then writes the store uploads to
 * artifacts/store/ (or DIR):
 *   release-lens-chrome-VERSION.zip   Chrome Web Store and Edge Add-ons (dist/chrome)
 *   release-lens-firefox-VERSION.zip  addons.mozilla.org (dist/firefox)
 *   release-lens-source-VERSION.zip   the sources AMO asks for when code is minified:
 *                                     every file git does not ignore, built with `npm ci && npm run build`
 * The version is package.json's; the manifests are checked to carry it. Entries get a
 * fixed date, so the same tree packs to the same bytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/** Every file under `dir`, keyed by its path inside it with forward slashes. */
function filesUnder(dir) {
  /** @type {Record<string, Uint8Array>} */
  const files = {};
  const walk = (/** @type {string} */ at) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path).split(sep).join('/')] = readFileSync(path);
    }
  };
  walk(dir);
  return files;
}

/** The files git tracks or would track (not ignored), as they are in the working tree. */
function sourceFiles() {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter((path) => path && existsSync(join(root, path)));
  if (!listed.includes('package.json')) throw new Error('npm run package needs a git checkout of Release Lens to pack its sources');
  /** @type {Record<string, Uint8Array>} */
  const files = {};
  for (const path of listed.sort()) files[path] = readFileSync(join(root, path));
  return files;
}

/** @param {Record<string, Uint8Array>} files */
function zip(files) {
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([path, data]) => [path, [data, { mtime: FIXED_DATE, level: 9 }]])),
  );
}

const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 && process.argv[outIndex + 1] ? process.argv[outIndex + 1] : join(root, 'artifacts', 'store');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

execFileSync(process.execPath, [join(root, 'build', 'build.mjs')], { cwd: root, stdio: 'inherit' });
mkdirSync(out, { recursive: true });

/** @type {Array<[string, Record<string, Uint8Array>]>} */
const packages = [];
for (const target of ['chrome', 'firefox']) {
  const files = filesUnder(join(root, 'dist', target));
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
  if (manifest.version !== version) throw new Error(`dist/${target}/manifest.json has version ${manifest.version}, package.json ${version}`);
  packages.push([`release-lens-${target}-${version}.zip`, files]);
}
packages.push([`release-lens-source-${version}.zip`, sourceFiles()]);

for (const [name, files] of packages) {
  const bytes = zip(files);
  writeFileSync(join(out, name), bytes);
  console.log(`${join(relative(root, out) || '.', name)}  ${Object.keys(files).length} files, ${(bytes.length / 1024).toFixed(0)} KiB`);
}
