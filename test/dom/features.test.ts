/** Every feature folder is registered under its folder name, documented, and torn down by its signal. */
import { FactPinsLink } from '../../src/content/fact-pins.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, deliver } from '../support/fake-browser.js';
import { FOUNDING_HTML, FOUNDING_URL } from '../support/founding.js';

const fake = vi.hoisted(() => ({ browser: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
const browser = createFakeBrowser();
fake.browser = browser;

const { FEATURES } = await import('../../src/content/features/index.js');
const { startFeatures } = await import('../../src/content/feature.js');
const { Annotator } = await import('../../src/content/annotator.js');
const { FALLBACK_SETTINGS } = await import('../../src/content/session.js');
const { openStorage } = await import('../../src/storage/index.js');
const { contentLink } = await import('../../src/messages/links.js');

// jsdom has no layout: ranges measure as empty boxes.
const empty = () => new DOMRect(0, 0, 0, 0);
Range.prototype.getBoundingClientRect ??= empty;
Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
// Nor a ResizeObserver, which the facts' painter keeps its boxes in place with.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

const DIR = join(import.meta.dirname, '../../src/content/features');
// Each feature is a folder of its own, its id the folder's name.
const files = readdirSync(DIR, { withFileTypes: true })
  .filter((f) => f.isDirectory())
  .map((f) => f.name);

describe('content features', () => {
  it('registers every feature folder, once, under its folder name', () => {
    expect(FEATURES.map((f) => f.id).sort()).toEqual([...files].sort());
  });

  it('documents every feature in docs/content-features.md', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/content-features.md'), 'utf8');
    for (const id of files) expect(doc).toContain(`\`${id}\``);
  });

  it('start on a release, answer the panel, and leave nothing attached once aborted', async () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(FOUNDING_HTML, 'text/html').documentElement.innerHTML;
    const annotator = new Annotator(document);
    await annotator.run(FOUNDING_URL, []);
    const controller = new AbortController();
    // The page's endpoint lives as long as the features here; the features' own answers end with their signal.
    const link = contentLink(browser.messaging, controller.signal);
    await startFeatures(FEATURES, { doc: document, annotator, settings: FALLBACK_SETTINGS, store: openStorage(), link, pins: new FactPinsLink(), turnOff: () => controller.abort() }, controller.signal);
    expect(browser.runtime.listeners.size).toBeGreaterThan(0);
    expect(link.inbox.handled().length).toBeGreaterThan(0);
    const [reply] = await deliver(browser, { type: 'set-kind-visible', kind: 'money', visible: false });
    expect(reply).toMatchObject({ ok: true, value: { hiddenKinds: ['money'] } });
    expect(browser.runtime.sent.at(-1)).toMatchObject({ type: 'snapshot-changed', snapshot: { hiddenKinds: ['money'] } });
    // A pin that fails says why, to the panel across the wire and to a card inside the page.
    const [pin] = await deliver(browser, { type: 'facts-pin', annotationId: 'nope' });
    expect(pin).toEqual({ ok: false, error: 'Nothing to pin: the annotation is no longer on the page.' });
    expect(await link.inbox.invoke('facts-pin', { annotationId: 'nope' })).toMatchObject({ ok: false, reason: 'refused', error: expect.stringContaining('Nothing to pin') });
    const tooltipHost = () => document.documentElement.querySelector(':scope > release-lens-tooltip');
    const step = () => document.body.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }));
    step();
    expect(tooltipHost()).not.toBeNull();
    // Stepping visits the visible annotations in reading order, from the first.
    const visible = annotator.findings.snapshot().annotations.filter((a) => annotator.findings.isVisible(a)).sort((a, b) => a.start - b.start);
    expect(annotator.findings.current?.id).toBe(visible[0]?.id);
    step();
    expect(annotator.findings.current?.id).toBe(visible[1]?.id);
    expect(browser.storage.changeListeners.size).toBeGreaterThan(0);
    controller.abort();
    expect(browser.runtime.listeners.size).toBe(0);
    expect(link.inbox.handled()).toEqual([]);
    expect(browser.storage.changeListeners.size).toBe(0);
    expect(tooltipHost()).toBeNull();
    step();
    expect(tooltipHost()).toBeNull();
  });
});

describe("the annotator's lookups", () => {
  it('finds the annotation under every offset, steps through the visible ones in order, wrapping, and finds the insights each one feeds', async () => {
    document.documentElement.innerHTML = new DOMParser().parseFromString(FOUNDING_HTML, 'text/html').documentElement.innerHTML;
    const annotator = new Annotator(document);
    await annotator.run(FOUNDING_URL, ['year']);
    const all = annotator.findings.snapshot().annotations;
    const text = Math.max(...all.map((a) => a.end)) + 5;
    for (let at = 0; at < text; at++) {
      const covering = all.find((a) => a.start <= at && at < a.end && annotator.findings.isVisible(a));
      expect(annotator.findings.annotationAtOffset(at)?.id).toBe(covering?.id);
    }
    const visible = all.filter((a) => annotator.findings.isVisible(a));
    expect(visible.some((a) => a.kind === 'year')).toBe(false);
    const first = visible[0];
    const last = visible[visible.length - 1];
    expect(first && last).toBeTruthy();
    if (!first || !last) return;
    expect(annotator.findings.visibleFrom(0, 'next')?.id).toBe(first.id);
    expect(annotator.findings.visibleFrom(annotator.findings.found.indexOf(last.id) + 1, 'next')?.id).toBe(first.id);
    expect(annotator.findings.visibleFrom(-1, 'previous')?.id).toBe(last.id);
    expect(annotator.findings.annotation(last.id)).toBe(last);
    expect(annotator.findings.found.indexOf('nope')).toBe(-1);
    // Each insight is found from each of its inputs, and only from them (a card lists them).
    const { insights } = annotator.findings.snapshot();
    expect(insights.length).toBeGreaterThan(0);
    for (const a of all) expect(annotator.findings.insightsUsing(a.id)).toEqual(insights.filter((i) => i.inputs.includes(a.id)));
    annotator.teardown();
  });
});
