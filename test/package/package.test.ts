/** `npm run package`: the store uploads for Chrome/Edge and Firefox, and the sources AMO asks for. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const out = mkdtempSync(join(tmpdir(), 'release-lens-package-'));
let zips: Record<'chrome' | 'firefox' | 'source', Record<string, Uint8Array>>;

const read = (target: keyof typeof zips) => unzipSync(readFileSync(join(out, `release-lens-${target}-${version}.zip`)));
const json = (bytes: Uint8Array | undefined) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'build/package.mjs'), '--out', out], { cwd: root, stdio: 'pipe' });
  zips = { chrome: read('chrome'), firefox: read('firefox'), source: read('source') };
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every file a manifest points at. */
function referencedFiles(manifest: Record<string, any>): string[] { // eslint-disable-line @typescript-eslint/no-explicit-any
  return [
    ...Object.values(manifest.icons ?? {}),
    ...Object.values(manifest.action?.default_icon ?? {}),
    manifest.background.service_worker ?? manifest.background.scripts,
    ...manifest.content_scripts.flatMap((s: { js: string[]; css: string[] }) => [...s.js, ...s.css]),
    manifest.side_panel?.default_path ?? manifest.sidebar_action?.default_panel,
    manifest.options_ui.page,
  ].flat() as string[];
}

describe('npm run package', () => {
  it('packs each browser build with its manifest at the root, at the version of package.json', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const manifest = json(zips[target]['manifest.json']);
      expect(manifest.version).toBe(version);
      expect(manifest.manifest_version).toBe(3);
      for (const file of referencedFiles(manifest)) expect(zips[target], `${target}: ${file}`).toHaveProperty([file]);
    }
    expect(json(zips.chrome['manifest.json'])).toHaveProperty('side_panel');
    expect(json(zips.firefox['manifest.json']).browser_specific_settings.gecko.id).toBe('release-lens@release-lens.dev');
  });

  it('packs exactly the built files, unchanged', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      for (const [path, bytes] of Object.entries(zips[target])) {
        expect(Buffer.compare(Buffer.from(bytes), readFileSync(join(root, 'dist', target, path))), path).toBe(0);
      }
    }
  });

  it('packs the sources a reviewer needs to rebuild, and nothing built or installed', () => {
    const paths = Object.keys(zips.source);
    for (const needed of ['package.json', 'package-lock.json', 'manifest.json', 'README.md', 'build/build.mjs', 'src/content/index.ts', 'src/core/pipeline.ts']) {
      expect(paths).toContain(needed);
    }
    expect(paths.filter((p) => /^(node_modules|dist|artifacts)\//.test(p))).toEqual([]);
  });

  it('packs sources that rebuild the Firefox upload byte for byte', () => {
    const rebuilt = mkdtempSync(join(tmpdir(), 'release-lens-source-'));
    try {
      for (const [path, bytes] of Object.entries(zips.source)) {
        mkdirSync(dirname(join(rebuilt, path)), { recursive: true });
        writeFileSync(join(rebuilt, path), bytes);
      }
      // The same installed dependencies stand in for the reviewer's `npm ci`.
      symlinkSync(join(root, 'node_modules'), join(rebuilt, 'node_modules'));
      execFileSync(process.execPath, [join(rebuilt, 'build/build.mjs')], { cwd: rebuilt, stdio: 'pipe' });
      for (const [path, bytes] of Object.entries(zips.firefox)) {
        expect(Buffer.compare(readFileSync(join(rebuilt, 'dist/firefox', path)), Buffer.from(bytes)), path).toBe(0);
      }
    } finally {
      rmSync(rebuilt, { recursive: true, force: true });
    }
  });

  it('packs the same tree to the same bytes', () => {
    const again = mkdtempSync(join(tmpdir(), 'release-lens-package-'));
    try {
      execFileSync(process.execPath, [join(root, 'build/package.mjs'), '--out', again], { cwd: root, stdio: 'pipe' });
      for (const target of ['chrome', 'firefox', 'source']) {
        const name = `release-lens-${target}-${version}.zip`;
        expect(Buffer.compare(readFileSync(join(again, name)), readFileSync(join(out, name))), name).toBe(0);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
