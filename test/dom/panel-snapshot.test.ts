/**
 * The panel's snapshot when the pages' replies come back out of order: a slow page
 * answers after the reader has switched to another tab, and must not replace what the
 * panel shows for the tab now in front.
 */
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

const browserTabs = vi.hoisted(() => ({ active: 0, onActivated: [] as Array<() => void> }));

vi.mock('../../src/platform/tabs.js', () => ({
  tabs: {
    activeIn: async () => browserTabs.active,
    get: async () => ({ status: 'complete' }),
    onStatus: () => undefined,
    onActivated: (listener: () => void) => browserTabs.onActivated.push(listener),
  },
}));

const { useSnapshot } = await import('../../src/panel/use-snapshot.js');
type Handle = ReturnType<typeof useSnapshot>;
type Link = Parameters<typeof useSnapshot>[1];

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const snapshotOf = (title: string) => ({ ok: true as const, value: { release: { title }, annotations: [], insights: [], hiddenKinds: [] } });

afterEach(() => {
  browserTabs.onActivated.length = 0;
});

describe('the panel’s snapshot across a tab switch', () => {
  it('keeps the tab now in front when the tab before answers late', async () => {
    const slow = deferred<ReturnType<typeof snapshotOf>>();
    const replies = new Map<number, Promise<ReturnType<typeof snapshotOf>>>([
      [2, slow.promise],
      [1, Promise.resolve(snapshotOf('The release'))],
    ]);
    const link = { inbox: { handle: () => undefined }, tab: (id: number) => ({ call: () => replies.get(id) }) } as unknown as Link;
    let handle: Handle | undefined;
    const Probe = () => {
      handle = useSnapshot({ follow: true }, link, () => undefined);
      return null;
    };
    const root = document.createElement('div');
    browserTabs.active = 2;
    await act(async () => render(h(Probe, {}), root));
    // The reader switches to the release while the first page has not answered.
    browserTabs.active = 1;
    await act(async () => {
      for (const listener of browserTabs.onActivated) listener();
      await Promise.resolve();
    });
    await vi.waitFor(() => expect(handle?.state).toMatchObject({ status: 'ready', tabId: 1 }));
    await act(async () => {
      slow.resolve(snapshotOf('Not the release'));
      await slow.promise;
    });
    expect(handle?.state).toMatchObject({ status: 'ready', tabId: 1, snapshot: { release: { title: 'The release' } } });
    render(null, root);
  });
});
