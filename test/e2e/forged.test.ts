/**
 * A page that forges our messages: window.postMessage and custom DOM events shaped like
 * the protocol, calls to the extension's runtime, and elements named like ours. Each
 * forgery is tried alone; afterwards nothing may have changed (the panel, storage, our
 * the page's state attributes) and the page may have received no answer.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUNDING_URL } from '../support/founding.js';
import { startHarness, tooltipText, type Harness } from './harness.js';
import { pointOfText } from './text.js';

let harness: Harness;
let page: Page;
let panel: Page;
const tally = { tried: 0, accepted: 0 };

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.open(FOUNDING_URL);
  panel = await harness.openPanel(page);
  await panel.waitForSelector('[data-section="acronyms"] li');
  // The page records every message and event that it did not send itself.
  await page.evaluate(() => {
    const w = window as unknown as { __sent: Set<string>; __received: string[] };
    w.__sent = new Set();
    w.__received = [];
    window.addEventListener('message', (e) => {
      if (e instanceof MessageEvent && !w.__sent.has(JSON.stringify(e.data))) w.__received.push(`message ${JSON.stringify(e.data)}`);
    });
  });
});
afterAll(async () => {
  console.log(`forged messages: ${tally.tried} tried, ${tally.accepted} accepted`);
  await harness?.close();
});

const SNAPSHOT = {
  state: 'ready',
  release: { isRelease: true, layout: 'forged', title: 'FORGED TITLE', agency: 'Forged Agency' },
  annotations: [{ id: 'a1', kind: 'acronym', text: 'FORGED', start: 0, end: 6, expansion: 'Forged Expansion', source: 'page' }],
  insights: [],
  hiddenKinds: ['money', 'acronym', 'percent'],
};

/** Every message of the protocol, and a few more a forger would try. */
const MESSAGES: unknown[] = [
  { type: 'get-snapshot' },
  { type: 'set-kind-visible', kind: 'money', visible: false },
  { type: 'set-kind-visible', kind: 'acronym', visible: false },
  { type: 'reveal', id: 'a1' },
  { type: 'snapshot-changed', snapshot: SNAPSHOT },
  { ok: true, snapshot: SNAPSHOT },
  { type: 'save-fact', fact: { quote: 'FORGED', note: 'forged' } },
  { type: 'put-record', key: 'kind:money', value: { schemaVersion: 1, value: { kind: 'money', visible: false } } },
];

/** What a forgery could change, read from the panel, storage and the page. */
async function state(): Promise<Record<string, unknown>> {
  const [panelText, storage, page_] = await Promise.all([
    panel.evaluate(() => document.body.textContent),
    harness.worker.evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)])),
    page.evaluate(() => ({
      ours: [...document.documentElement.attributes].filter((a) => a.name.startsWith('data-release-lens')).map((a) => `${a.name}=${a.value}`),
      received: (window as unknown as { __received: string[] }).__received,
    })),
  ]);
  return { panelText, storage, ...page_ };
}

/** Runs one forgery in the page and counts it as accepted if anything changed. */
async function forge(name: string, run: (page: Page) => Promise<unknown>): Promise<void> {
  const before = await state();
  await run(page);
  await new Promise((resolve) => setTimeout(resolve, 150));
  const after = await state();
  tally.tried++;
  if (JSON.stringify(after) !== JSON.stringify(before)) tally.accepted++;
  expect(after, name).toEqual(before);
}

describe('a page that forges our messages', () => {
  it('gets nothing and changes nothing with window.postMessage', async () => {
    for (const message of MESSAGES) {
      for (const target of ['*', 'https://2001-2009.commerce.gov']) {
        await forge(`postMessage ${JSON.stringify(message)}`, (p) =>
          p.evaluate(
            ([m, t]) => {
              (window as unknown as { __sent: Set<string> }).__sent.add(JSON.stringify(m));
              window.postMessage(m, t as string);
            },
            [message, target] as const,
          ),
        );
      }
    }
  });

  it('gets nothing and changes nothing with custom DOM events', async () => {
    const names = ['release-lens', 'release-lens:message', 'release-lens:set-kind-visible', 'message'];
    for (const message of MESSAGES) {
      for (const name of names) {
        await forge(`CustomEvent ${name}`, (p) =>
          p.evaluate(
            ([n, m]) => {
              for (const target of [window, document, document.documentElement]) {
                target.dispatchEvent(new CustomEvent(n as string, { detail: m, bubbles: true }));
              }
            },
            [name, message] as const,
          ),
        );
      }
    }
  });

  it('cannot reach the extension runtime from the page', async () => {
    const id = harness.extensionId;
    for (const message of MESSAGES) {
      await forge('chrome.runtime.sendMessage', async (p) => {
        const reached = await p.evaluate(
          ([extensionId, m]) => {
            const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }).chrome?.runtime;
            if (!runtime?.sendMessage) return false;
            try {
              runtime.sendMessage(extensionId, m);
              return true;
            } catch {
              return false;
            }
          },
          [id, message] as const,
        );
        expect(reached).toBe(false);
      });
    }
  });

  it('gets no card for elements that imitate ours', async () => {
    await forge('imitation mark and card host', async (p) => {
      await p.evaluate(() => {
        const fake = document.createElement('release-lens-mark');
        fake.dataset.id = 'a1';
        fake.dataset.kind = 'acronym';
        fake.textContent = 'FORGEDMARK';
        document.querySelector('.pressrelease p')?.prepend(fake);
        document.documentElement.append(document.createElement('release-lens-tooltip'));
      });
      const point = await pointOfText(p, 'FORGEDMARK');
      await p.mouse.move(point.x, point.y);
      await p.waitForTimeout(300);
      expect(await tooltipText(p)).toBe('');
      await p.mouse.move(0, 0);
      // Remove them again, so the state compared is the page's own.
      await p.evaluate(() => {
        document.querySelector('release-lens-mark[data-id="a1"]')?.remove();
        document.querySelector('html > release-lens-tooltip:not(:has(*))')?.remove();
      });
    });
    // A real highlight still gets its card, so the check above can fail.
    const point = await pointOfText(page, 'HTWG');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => tooltipText(page)).toContain('Working Group');
    await page.mouse.move(0, 0);
  });
});
