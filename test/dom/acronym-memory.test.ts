/** The content features that remember acronyms: learned from page definitions, and hidden once known. */
import { FactPinsLink } from '../../src/content/fact-pins.js';
import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../support/fake-browser.js';
import { FOUNDING_HTML, FOUNDING_URL } from '../support/founding.js';

const fake = vi.hoisted(() => ({ browser: undefined as unknown }));
vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
const browser = createFakeBrowser();
fake.browser = browser;

const { Annotator } = await import('../../src/content/annotator.js');
const { learnedAcronyms } = await import('../../src/content/features/learned-acronyms/index.js');
const { knownAcronyms } = await import('../../src/content/features/known-acronyms/index.js');
const { FALLBACK_SETTINGS } = await import('../../src/content/session.js');
const { openStorage } = await import('../../src/storage/index.js');
const { contentLink } = await import('../../src/messages/links.js');
const { KNOWN } = await import('../../src/storage/acronyms.js');

async function founding() {
  document.documentElement.innerHTML = new DOMParser().parseFromString(FOUNDING_HTML, 'text/html').documentElement.innerHTML;
  const annotator = new Annotator(document);
  await annotator.run(FOUNDING_URL, []);
  return { doc: document, annotator, settings: FALLBACK_SETTINGS, store: openStorage(), link: contentLink(browser.messaging), pins: new FactPinsLink(), turnOff: () => undefined };
}

describe('acronym memory in the page', () => {
  it('stores each acronym the release defines as learned, with the release it came from', async () => {
    const ctx = await founding();
    await learnedAcronyms.init(ctx, new AbortController().signal);
    expect(browser.storage.local.raw('learned:MOFCOM')).toMatchObject({
      schemaVersion: 1,
      value: { abbr: 'MOFCOM', expansion: expect.stringContaining('Ministry of Commerce'), releaseKey: 'commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904' },
    });
    const learned = [...browser.storage.local.items.keys()].filter((k) => k.startsWith('learned:')).sort();
    expect(learned).toEqual(['learned:BIS', 'learned:HTWG', 'learned:JCCT', 'learned:MOFCOM']);
    // A second visit rewrites nothing.
    const writes = browser.storage.local.writes;
    await learnedAcronyms.init(ctx, new AbortController().signal);
    expect(browser.storage.local.writes).toBe(writes);
  });

  it('stops painting an acronym once it is known, in an open page, and paints it again when it is forgotten', async () => {
    const ctx = await founding();
    const controller = new AbortController();
    await knownAcronyms.init(ctx, controller.signal);
    const painted = () => new Set(ctx.annotator.findings.snapshot().annotations.filter((a) => a.kind === 'acronym' && ctx.annotator.findings.isVisible(a)).map((a) => a.text));
    const marked = () => new Set([...document.querySelectorAll('release-lens-mark[data-kind="acronym"]')].map((m) => m.textContent));
    expect(painted()).toEqual(new Set(['BIS', 'MOFCOM', 'JCCT', 'HTWG']));
    await openStorage().putRecord(KNOWN, { abbr: 'BIS', at: '2026-11-29T00:00:00Z' });
    await vi.waitFor(() => expect(painted()).toEqual(new Set(['MOFCOM', 'JCCT', 'HTWG'])));
    expect(marked().has('BIS')).toBe(false);
    await openStorage().deleteRecord(KNOWN, 'BIS');
    await vi.waitFor(() => expect(painted().has('BIS')).toBe(true));
    controller.abort();
    await openStorage().putRecord(KNOWN, { abbr: 'JCCT', at: '2026-11-29T00:00:00Z' });
    await new Promise((r) => setTimeout(r, 20));
    expect(painted().has('JCCT')).toBe(true);
  });
});
