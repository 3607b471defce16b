/**
 * Detection, measured: its accuracy on every fixture page (layout × verdict, title,
 * date, body boundary), and what it costs on a page that is not a release — in Chromium,
 * with the built extension loaded, beside a same-run floor: reading the page's text once
 * (`document.body.textContent`), the least any script that looks at a page pays.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { launchWithExtension } from '../../build/browser.mjs';
import { fixtureRoutes, routeKey, startFixtureServer } from '../../build/fixture-server.mjs';
import { FIXTURES, FOUNDING_URL } from '../support/founding.js';
import { detectFixture, releaseFixtures, score } from '../support/release-fixtures.js';
import { printTable } from './measure.js';

const EXTENSION_DIR = join(import.meta.dirname, '../../dist/chrome');
const NON_RELEASE = 'https://www.commerce.gov/news/press-releases';
const MISLEADING = 'https://www.commerce.gov/news/press-releases/2024/08/press-releases-august-2024';

it('accuracy on the fixture pages', () => {
  const groups = new Map<string, { pages: number; verdict: number; releases: number; title: number; date: number; body: number }>();
  for (const fixture of releaseFixtures()) {
    const { detection, text } = detectFixture(fixture);
    const s = score(fixture, detection, text);
    const g = groups.get(fixture.group) ?? { pages: 0, verdict: 0, releases: 0, title: 0, date: 0, body: 0 };
    g.pages++;
    if (s.verdict) g.verdict++;
    if (fixture.expected.release.isRelease) {
      g.releases++;
      if (s.title) g.title++;
      if (s.date) g.date++;
      if (s.body) g.body++;
    }
    groups.set(fixture.group, g);
  }
  const rows = [...groups].sort().map(([layout, g]) => ({
    layout,
    pages: g.pages,
    'verdict ok': `${g.verdict}/${g.pages}`,
    'title ok': `${g.title}/${g.releases}`,
    'date ok': `${g.date}/${g.releases}`,
    'body boundary ok': `${g.body}/${g.releases}`,
  }));
  printTable('Detection accuracy on test/fixtures/releases (golden .expected.json)', rows);
  expect(rows.length).toBeGreaterThan(10);
});

it('cost on a non-release commerce.gov page in Chromium', async () => {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, '../../src/page/detect/detect.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'ReleaseLensDetect',
    write: false,
  });
  const detectSource = bundle.outputFiles[0]?.text ?? '';
  const server = await startFixtureServer({ routes: fixtureRoutes(FIXTURES) });
  const browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, port: server.port, headless: true });
  try {
    // Every DOM change once the parser is done (the content script runs at document_idle,
    // after that), whoever makes it: the observer sees the content script's isolated world too.
    await browser.context.addInitScript(() => {
      const records: string[] = [];
      (window as unknown as { __mutations: string[] }).__mutations = records;
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((list) => {
          for (const m of list) records.push(`${m.type}:${m.attributeName ?? ''}`);
        }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    });
    const big = 'https://www.commerce.gov/news/press-releases/2024/09/a-release-of-ten-megabytes';
    const paragraph = '<p>The Department of Commerce announced $10 million in grants to 12 regional coalitions today, a sentence repeated to make the page large.</p>';
    server.routes.set(routeKey(big), { body: `<main><article><h1>A Release of Ten Megabytes</h1><time datetime="2024-09-03">September 3, 2024</time>${paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))}</article></main>` });
    const rows = [];
    for (const [label, url] of [
      ['10 MB release, 70,000 paragraphs', big],
      ['listing, ruled out by address', NON_RELEASE],
      ['listing at a release address (misleading)', MISLEADING],
      ['the founding release', FOUNDING_URL],
    ] as const) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-release-lens'), null, { timeout: 15_000 });
      const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations.length);
      await page.addScriptTag({ content: detectSource });
      const timing = await page.evaluate((href) => {
        const api = (window as unknown as { ReleaseLensDetect: { detect: (d: Document, h: string) => unknown } }).ReleaseLensDetect;
        const medianOf = (fn: () => unknown, runs: number): number => {
          // Pages get a coarse clock (0.1 ms): time batches of 200 calls, not single ones; a call of a
          // millisecond or more (10 MB of text, which 4,400 times over exhausted the renderer) one at a time.
          fn();
          const t0 = performance.now();
          fn();
          const batch = performance.now() - t0 < 1 ? 200 : 1;
          for (let i = 0; i < batch; i++) fn();
          const samples: number[] = [];
          for (let i = 0; i < runs; i++) {
            const t = performance.now();
            for (let k = 0; k < batch; k++) fn();
            samples.push((performance.now() - t) / batch);
          }
          samples.sort((a, b) => a - b);
          return samples[samples.length >> 1] ?? 0;
        };
        return {
          floor: medianOf(() => document.body.textContent?.length, 21),
          detect: medianOf(() => api.detect(document, href), 21),
        };
      }, url);
      rows.push({
        page: label,
        'floor ms (read body text)': timing.floor.toFixed(4),
        'detect ms': timing.detect.toFixed(4),
        'detect / floor': (timing.detect / Math.max(timing.floor, 1e-6)).toFixed(2),
        verdict: (await page.getAttribute('html', 'data-release-lens')) ?? '',
        'DOM mutations by the extension': mutations,
      });
      await page.close();
    }
    printTable('Detection cost in Chromium (median ms per call; mutations from load to verdict)', rows);
    expect(rows.find((r) => r.page.startsWith('listing, ruled out'))?.['DOM mutations by the extension']).toBe(1);
  } finally {
    await browser.close();
    await server.close();
  }
});
