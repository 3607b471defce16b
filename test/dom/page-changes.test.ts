/** The page's one source of changes: bursts handed to each subscriber on its own timing, one observer for all. */
import { describe, expect, it, vi } from 'vitest';
import { PageChanges } from '../../src/content/page-changes.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const add = (root: Element, text: string) => root.append(Object.assign(document.createElement('p'), { textContent: text }));

describe('page changes', () => {
  it('hands each subscriber a burst once the page is quiet for its time, and at once with none', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const changes = new PageChanges(root);
    const controller = new AbortController();
    const quiet: number[] = [];
    const atOnce: number[] = [];
    changes.subscribe({ quietMs: 40 }, (records) => quiet.push(records.length), controller.signal);
    changes.subscribe({ quietMs: 0 }, (records) => atOnce.push(records.length), controller.signal);
    add(root, 'one');
    await wait(0);
    add(root, 'two');
    await wait(0);
    expect(atOnce).toEqual([1, 1]);
    expect(quiet).toEqual([]);
    await wait(80);
    expect(quiet).toEqual([2]);
    controller.abort();
  });

  it('hands a never-quiet page its burst by the subscriber’s longest wait', async () => {
    const root = document.createElement('div');
    const changes = new PageChanges(root);
    const controller = new AbortController();
    const bursts: number[] = [];
    changes.subscribe({ quietMs: 60, maxWaitMs: 60 }, (records) => bursts.push(records.length), controller.signal);
    for (let i = 0; i < 8; i++) {
      add(root, String(i));
      await wait(20);
    }
    expect(bursts.length).toBeGreaterThan(0);
    controller.abort();
  });

  it('counts only the changes a subscriber counts, and observes only while someone subscribes', async () => {
    const root = document.createElement('div');
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const changes = new PageChanges(root);
    const a = new AbortController();
    const b = new AbortController();
    const additions: number[] = [];
    changes.subscribe({ quietMs: 0, counts: (r) => r.addedNodes.length > 0 }, (records) => additions.push(records.length), a.signal);
    changes.subscribe({ quietMs: 0 }, () => undefined, b.signal);
    expect(observe).toHaveBeenCalledTimes(1);
    root.setAttribute('data-x', '1');
    add(root, 'p');
    root.lastChild?.remove();
    await wait(0);
    expect(additions).toEqual([1]);
    a.abort();
    expect(disconnect).not.toHaveBeenCalled();
    b.abort();
    expect(disconnect).toHaveBeenCalledTimes(1);
    observe.mockRestore();
    disconnect.mockRestore();
  });
});
