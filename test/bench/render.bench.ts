/**
 * In-page annotation speed in real Chromium, against four baselines measured in the same
 * run on the same pages: the founding release's body repeated K times.
 *
 * - floor: a TreeWalker over the body's text nodes and one regular expression for
 *   acronyms and figures, the least any annotator does;
 * - highlight-api: the floor plus one StaticRange per match registered as a CSS highlight;
 * - wrap: the floor plus wrapping each match in an element, then forced style and layout;
 * - mark.js: `new Mark(body).markRegExp(re)` with default options, then forced layout.
 *
 * Release Lens itself runs as the built extension at a release address, and is read from
 * its `release-lens:annotate` measure (the whole sliced run, waits for the page included)
 * and `release-lens:first-highlights` (up to the first part painted); "on screen" is the
 * second animation frame after a measure ends (the first frame whose work includes
 * painting our highlights). Our longest task is the longest slice of work between our
 * yields or the longest feature start, which the extension times itself (long animation frames do not name extension
 * scripts); long tasks on the page, of 50 ms or more from the measure's start to "on
 * screen", include the page's own parsing, layout and painting.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FOUNDING_HTML } from '../support/founding.js';
import { EXTENSION_DIR, startHarness, type Harness } from '../e2e/harness.js';
import { median, printTable } from './measure.js';

const KS = (process.env.RENDER_BENCH_KS ?? "1,10,100,1000").split(",").map(Number);
const RUNS: Record<number, number> = { 1: 7, 10: 5, 100: 3, 1000: 2 };
const FLOOR_SOURCE = String.raw`\$\d[\d,.]*(?: billion| million)?|\d+(?:\.\d+)?%|\b[A-Z]{2,}\b`;
const MARK_JS = readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

/** The founding release with its body paragraphs repeated K times. */
function releaseOf(k: number): string {
  const from = FOUNDING_HTML.indexOf('<p>BEIJING');
  const to = FOUNDING_HTML.indexOf('</div>', FOUNDING_HTML.lastIndexOf('</p>', FOUNDING_HTML.indexOf('<div id="footer">')));
  const body = FOUNDING_HTML.slice(from, to);
  return FOUNDING_HTML.slice(0, from) + body.repeat(k) + FOUNDING_HTML.slice(to);
}

const releaseUrl = (k: number) => `https://2001-2009.commerce.gov/NewsRoom/PressReleases_FactSheets/PROD01_9${String(k).padStart(4, '0')}`;
const plainUrl = (k: number) => `https://bench.test/release-${k}`;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  for (const k of KS) {
    const html = releaseOf(k);
    harness.serve(releaseUrl(k), html);
    harness.serve(plainUrl(k), html);
  }
});
afterAll(async () => harness?.close());

interface Sample {
  script: number;
  onScreen: number;
  matches: number;
}

/**
 * One baseline, run in the page on fresh copies of the release body: `reps` times, each
 * timed alone and averaged (performance.now() is coarse in pages that are not
 * cross-origin isolated, so small pages need many repetitions); "on screen" is measured on
 * the last repetition, to the second animation frame after the work.
 */
async function baseline(page: Page, variant: 'floor' | 'highlight-api' | 'wrap' | 'mark.js', reps: number): Promise<Sample> {
  return page.evaluate(
    async ({ variant, source, reps }) => {
      const w = window as unknown as { pristine?: Element; Mark: new (el: Element) => { markRegExp(re: RegExp): void } };
      let script = 0;
      let onScreen = 0;
      let matches = 0;
      for (let rep = 0; rep < reps; rep++) {
        const live = document.querySelector('.pressrelease');
        if (!live) throw new Error('no release body');
        w.pristine ??= live.cloneNode(true) as Element;
        const root = w.pristine.cloneNode(true) as Element;
        live.replaceWith(root);
        CSS.highlights.clear();
        document.body.getBoundingClientRect();
        const last = rep === reps - 1;
        if (last) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

        const re = new RegExp(source, 'g');
        const start = performance.now();
        if (variant === 'mark.js') {
          new w.Mark(root).markRegExp(re);
          document.body.getBoundingClientRect();
        } else {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          const found: Array<[Text, number, number]> = [];
          for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
            for (const m of n.data.matchAll(re)) found.push([n, m.index, m.index + m[0].length]);
          }
          matches = found.length;
          if (variant === 'highlight-api') {
            const highlight = new Highlight();
            // Static ranges, as Release Lens registers: live ones left over would slow every later DOM change.
            for (const [node, from, to] of found) {
              highlight.add(new StaticRange({ startContainer: node, startOffset: from, endContainer: node, endOffset: to }));
            }
            CSS.highlights.set('bench', highlight);
          } else if (variant === 'wrap') {
            for (const [node, from, to] of found.reverse()) {
              const piece = node.splitText(from);
              piece.splitText(to - from);
              const mark = document.createElement('mark');
              piece.replaceWith(mark);
              mark.append(piece);
            }
            document.body.getBoundingClientRect();
          }
        }
        script += performance.now() - start;
        if (variant === 'mark.js') matches = root.querySelectorAll('mark').length;
        if (last) {
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          onScreen = performance.now() - start;
        }
      }
      return { script: script / reps, onScreen, matches };
    },
    { variant, source: FLOOR_SOURCE, reps },
  );
}

interface Ours {
  total: number;
  /** From the content script's first line to the end of the annotate measure: settings, glossary and detection included. */
  fromScriptStart: number;
  first: number;
  firstOnScreen: number;
  stages: Record<string, number>;
  onScreen: number;
  longTasks: number[];
  annotations: number;
}

/** Release Lens as the built extension loads it at the release's address. */
async function ours(page: Page, k: number): Promise<Ours> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: Array<{ start: number; duration: number }>; frames: number[] };
    w.longTasks = [];
    w.frames = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    const tick = (t: number) => {
      w.frames.push(t);
      if (w.frames.length < 100_000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(releaseUrl(k), { timeout: 120_000 });
  await page.waitForFunction(() => document.documentElement.getAttribute('data-release-lens') === 'ready', null, { timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
  return page.evaluate(() => {
    const w = window as unknown as { longTasks: Array<{ start: number; duration: number }>; frames: number[] };
    const [measure] = performance.getEntriesByName('release-lens:annotate');
    const [first] = performance.getEntriesByName('release-lens:first-highlights');
    if (!measure || !first) throw new Error('no release-lens:annotate or release-lens:first-highlights measure');
    const secondFrameAfter = (end: number) => {
      const after = w.frames.filter((t) => t >= end);
      return after[1] ?? after[0] ?? end;
    };
    const onScreenAt = secondFrameAfter(measure.startTime + measure.duration);
    const measures = performance.getEntriesByType('measure');
    const stages = Object.fromEntries(measures.filter((m) => m.name.startsWith('release-lens:stage:')).map((m) => [m.name.slice(19), m.duration]));
    stages['warm-up (before)'] = performance.getEntriesByName('release-lens:warm-up')[0]?.duration ?? 0;
    stages['longest feature start'] = Math.max(0, ...measures.filter((m) => m.name.startsWith('release-lens:feature:')).map((m) => m.duration));
    return {
      total: measure.duration,
      fromScriptStart: measure.startTime + measure.duration - (performance.getEntriesByName('release-lens:script-start')[0]?.startTime ?? NaN),
      first: first.duration,
      firstOnScreen: secondFrameAfter(first.startTime + first.duration) - first.startTime,
      stages,
      onScreen: onScreenAt - measure.startTime,
      longTasks: w.longTasks.filter((t) => t.start + t.duration >= measure.startTime && t.start <= onScreenAt).map((t) => t.duration),
      annotations: CSS.highlights.size === 0 ? 0 : [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
    };
  });
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));

const rows: Array<Record<string, string | number>> = [];
const stageRows: Array<Record<string, string | number>> = [];

for (const k of KS) {
  it(`K = ${k}`, async () => {
    const runs = RUNS[k] ?? 2;
    const page = await harness.context.newPage();
    await page.goto(plainUrl(k), { timeout: 120_000 });
    await page.bringToFront();
    await page.addScriptTag({ content: MARK_JS });
    const samples: Record<string, Sample[]> = { floor: [], 'highlight-api': [], wrap: [], 'mark.js': [] };
    for (let i = 0; i < runs + 1; i++) {
      for (const variant of ['floor', 'highlight-api', 'wrap', 'mark.js'] as const) {
        const sample = await baseline(page, variant, Math.max(1, Math.ceil(300 / k)));
        if (i > 0 || k === 1000) samples[variant]?.push(sample);
      }
      if (k === 1000 && i + 1 >= runs) break;
    }
    await page.close();
    const oursSamples: Ours[] = [];
    for (let i = 0; i < runs; i++) {
      const p = await harness.context.newPage();
      await p.bringToFront();
      oursSamples.push(await ours(p, k));
      await p.close();
    }
    const med = (v: string, f: (s: Sample) => number) => median((samples[v] ?? []).map(f));
    const floor = med('floor', (s) => s.script);
    const total = median(oursSamples.map((s) => s.total));
    const markJs = med('mark.js', (s) => s.script);
    const row = {
      K: k,
      'text kB': Math.round((releaseOf(k).length * 0.8) / 1024),
      'floor ms': ms(floor),
      'highlight-api ×': (med('highlight-api', (s) => s.script) / floor).toFixed(1),
      'wrap ×': (med('wrap', (s) => s.script) / floor).toFixed(1),
      'wrap on screen ×': (med('wrap', (s) => s.onScreen) / floor).toFixed(1),
      'mark.js ×': (markJs / floor).toFixed(1),
      'ours ms': ms(total),
      'from script start ms': ms(median(oursSamples.map((s) => s.fromScriptStart))),
      'ours ×': (total / floor).toFixed(1),
      'mark.js / ours': (markJs / total).toFixed(2),
      'ours on screen ms': ms(median(oursSamples.map((s) => s.onScreen))),
      'first highlights ms': ms(median(oursSamples.map((s) => s.first))),
      'first on screen ms': ms(median(oursSamples.map((s) => s.firstOnScreen))),
      'longest task of ours ms': ms(
        Math.max(0, ...oursSamples.map((s) => Math.max(s.stages['longest-slice'] ?? 0, s.stages['longest feature start'] ?? 0, s.stages['warm-up (before)'] ?? 0))),
      ),
      'longest task on the page ms': ms(Math.max(0, ...oursSamples.flatMap((s) => s.longTasks))),
      'floor matches': samples.floor?.[0]?.matches ?? 0,
      'ranges registered': oursSamples[0]?.annotations ?? 0,
    };
    rows.push(row);
    const stageNames = Object.keys(oursSamples[0]?.stages ?? {});
    stageRows.push({ K: k, ...Object.fromEntries(stageNames.map((n) => [`${n} ms`, ms(median(oursSamples.map((s) => s.stages[n] ?? 0)))])) });
    printTable(`K = ${k}`, [row]);
    expect(oursSamples).toHaveLength(runs);
  });
}

it('prints the table and the content script size', () => {
  printTable('In-page annotation in Chromium (median; × = times the floor measured in the same run)', rows);
  printTable('Release Lens by stage (median ms)', stageRows);
  const bundle = readFileSync(join(EXTENSION_DIR, 'content.js'));
  printTable('Content script bundle', [
    { file: 'content.js', 'raw kB': (statSync(join(EXTENSION_DIR, 'content.js')).size / 1024).toFixed(1), 'gzip kB': (gzipSync(bundle).length / 1024).toFixed(1) },
  ]);
  expect(rows).toHaveLength(KS.length);
});
