#!/usr/bin/env node
/**
 * npm run build [-- --watch]: bundles every context with esbuild and writes two complete
 * unpacked extensions, dist/chrome and dist/firefox, plus the CLI in dist/cli.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { manifestFor } from './manifest.mjs';
import { noHtmlSinks } from './no-html-sinks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const TARGETS = /** @type {const} */ (['chrome', 'firefox']);
const watch = process.argv.includes('--watch');

/** Static files every extension ships, copied as they are. */
const STATIC = [
  ['src/panel/panel.html', 'panel.html'],
  ['src/panel/panel.css', 'panel.css'],
  ['src/options/options.html', 'options.html'],
  ['src/library/library.html', 'library.html'],
  ['src/library/library.css', 'library.css'],
  ['node_modules/uplot/dist/uPlot.min.css', 'uplot.css'],
  ['src/content/content.css', 'content.css'],
  ['src/core/data/glossary.json', 'glossary.json'],
  ['icons', 'icons'],
];

const ENTRIES = {
  content: 'src/content/index.ts',
  background: 'src/background/index.ts',
  panel: 'src/panel/main.tsx',
  options: 'src/options/main.tsx',
  library: 'src/library/main.tsx',
};

/** @param {'chrome' | 'firefox'} target */
function extensionOptions(target) {
  return {
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: join(dist, target),
    bundle: true,
    format: /** @type {const} */ ('iife'),
    target: target === 'chrome' ? 'chrome116' : 'firefox140',
    jsx: /** @type {const} */ ('automatic'),
    jsxImportSource: 'preact',
    legalComments: /** @type {const} */ ('none'),
    minify: !watch,
    sourcemap: watch ? /** @type {const} */ ('inline') : false,
    logLevel: /** @type {const} */ ('warning'),
    plugins: [noHtmlSinks(), copyStaticPlugin(target)],
  };
}

const cliOptions = {
  absWorkingDir: root,
  entryPoints: { 'release-lens': 'src/cli/main.ts' },
  outdir: join(dist, 'cli'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: /** @type {const} */ ('node'),
  format: /** @type {const} */ ('esm'),
  target: 'node20',
  packages: /** @type {const} */ ('external'),
  logLevel: /** @type {const} */ ('warning'),
};

/** @param {'chrome' | 'firefox'} target @returns {import('esbuild').Plugin} */
function copyStaticPlugin(target) {
  return {
    name: 'release-lens-static',
    setup(build) {
      build.onEnd(async (result) => {
        if (result.errors.length) return;
        const out = join(dist, target);
        for (const [from, to] of STATIC) await cp(join(root, from), join(out, to), { recursive: true });
        const base = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
        const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
        await writeFile(join(out, 'manifest.json'), JSON.stringify(manifestFor(base, target, version), null, 2));
      });
    },
  };
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
const configs = [...TARGETS.map(extensionOptions), cliOptions];
if (watch) {
  for (const options of configs) await (await esbuild.context(options)).watch();
  console.log('Watching src/ and rebuilding dist/ on change. Ctrl-C stops.');
} else {
  await Promise.all(configs.map((options) => esbuild.build(options)));
  console.log(`Built ${TARGETS.map((t) => `dist/${t}`).join(', ')} and dist/cli.`);
}
