/** Pins in the page: one fact a finding, with what Release Lens found there; the insights kept with a figure as the reader chose. */
import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../support/fake-browser.js';
import { FOUNDING_HTML, FOUNDING_URL } from '../support/founding.js';

const fake = vi.hoisted(() => ({ browser: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
const browser = createFakeBrowser();
fake.browser = browser;

const { FEATURES } = await import('../../src/content/features/index.js');
const { startFeatures } = await import('../../src/content/feature.js');
const { Annotator } = await import('../../src/content/annotator.js');
const { FactPinsLink } = await import('../../src/content/fact-pins.js');
const { FALLBACK_SETTINGS } = await import('../../src/content/session.js');
const { openStorage } = await import('../../src/storage/index.js');
const { contentLink } = await import('../../src/messages/links.js');
const { FACTS, loadFacts } = await import('../../src/storage/facts.js');

Range.prototype.getBoundingClientRect ??= () => new DOMRect(0, 0, 0, 0);
Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;
// jsdom has no layout to observe; the fact layer follows resizes with one.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

async function pagePins() {
  document.documentElement.innerHTML = new DOMParser().parseFromString(FOUNDING_HTML, 'text/html').documentElement.innerHTML;
  const annotator = new Annotator(document);
  await annotator.run(FOUNDING_URL, []);
  const pins = new FactPinsLink();
  const store = openStorage();
  // Each test starts with no facts kept.
  for (const f of (await loadFacts(store)).records) await store.deleteRecord(FACTS, f.id);
  const controller = new AbortController();
  const link = contentLink(browser.messaging, controller.signal);
  await startFeatures(FEATURES, { doc: document, annotator, settings: FALLBACK_SETTINGS, store, link, pins, turnOff: () => controller.abort() }, controller.signal);
  const figure = annotator.findings.snapshot().annotations.find((a) => a.text === '$55 billion');
  const implied = annotator.findings.snapshot().insights.find((i) => i.kind === 'implied-base' && figure && i.inputs.includes(figure.id));
  if (!figure || !implied) throw new Error('The founding release lost its $55 billion or its implied 2005 value');
  return { pins, store, link, figure, implied, stop: () => controller.abort() };
}

describe('pins in the page', () => {
  it('keeps one fact a finding: pinned again, it keeps its id, note and capture date', async () => {
    const { pins, store, figure, stop } = await pagePins();
    const first = await pins.pin({ annotationId: figure.id });
    if (!first.ok) throw new Error(first.error);
    expect(first.value.pinned).toMatchObject({ source: 'annotation', display: '$55 billion', sentence: 'U.S. exports to China totaled $55 billion in 2006, up 32% from 2005.' });
    await store.putRecord(FACTS, { ...first.value, note: 'check against Census' });
    await vi.waitFor(() => expect(pins.pinned({ annotationId: figure.id })?.note).toBe('check against Census'));
    const again = await pins.pin({ annotationId: figure.id });
    expect(again.ok && again.value.id).toBe(first.value.id);
    const { records } = await loadFacts(store);
    expect(records.map((f) => [f.id, f.note, f.captured])).toEqual([[first.value.id, 'check against Census', first.value.captured]]);
    stop();
  });

  it('pins a figure with the insights that use it, leaving out those the reader leaves out', async () => {
    const { pins, figure, implied, stop } = await pagePins();
    const kept = await pins.pin({ annotationId: figure.id, leaveOut: [implied.id] });
    if (!kept.ok || kept.value.pinned?.source !== 'annotation') throw new Error('not pinned');
    const uses = kept.value.pinned.insights;
    expect(uses.length).toBeGreaterThan(1);
    expect(uses.filter((u) => !u.included).map((u) => u.readable)).toEqual(['$55 billion ÷ (1 + 32%) = $41.67 billion']);
    stop();
  });

  it('pins an insight with its working and inputs, unpins it, and drafts it unpinned for copying', async () => {
    const { pins, store, implied, stop } = await pagePins();
    expect(pins.pinned({ insightId: implied.id })).toBeUndefined();
    const draft = pins.draft({ insightId: implied.id });
    expect(draft?.pinned).toMatchObject({ source: 'insight', display: '$41.67 billion', readable: '$55 billion ÷ (1 + 32%) = $41.67 billion' });
    expect((await loadFacts(store)).records).toEqual([]);
    const pinned = await pins.pin({ insightId: implied.id });
    if (!pinned.ok || pinned.value.pinned?.source !== 'insight') throw new Error('not pinned');
    expect(pinned.value.pinned.inputs.map((i) => i.quote.exact)).toEqual(['$55 billion', '32%']);
    expect(pins.pinned({ insightId: implied.id })?.id).toBe(pinned.value.id);
    expect(await pins.unpin(pinned.value)).toBeNull();
    expect(pins.pinned({ insightId: implied.id })).toBeUndefined();
    expect((await loadFacts(store)).records).toEqual([]);
    stop();
  });

  it('tells the panel which finding each pinned fact pins, and nothing of the findings not pinned', async () => {
    const { pins, link, figure, implied, stop } = await pagePins();
    const insight = await pins.pin({ insightId: implied.id });
    const fact = await pins.pin({ annotationId: figure.id });
    if (!insight.ok || !fact.ok) throw new Error('not pinned');
    const status = await link.inbox.invoke('facts-status', {});
    expect(status.ok && [...(status.value.pins ?? [])].sort((a, b) => a.finding.localeCompare(b.finding))).toEqual(
      [
        { fact: fact.value.id, finding: figure.id },
        { fact: insight.value.id, finding: implied.id },
      ].sort((a, b) => a.finding.localeCompare(b.finding)),
    );
    stop();
  });

  it('says why before the page’s facts are loaded, rather than pinning nothing quietly', async () => {
    const link = new FactPinsLink();
    expect(await link.pin({ insightId: 'i1' })).toEqual({ ok: false, error: expect.stringContaining('still loading') });
  });
});
