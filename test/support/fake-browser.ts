/**
 * A stand-in for webextension-polyfill in jsdom tests (`vi.mock('webextension-polyfill',
 * () => fakeBrowserModule())`): runtime messaging that records what was sent and which
 * listeners are attached, and in-memory storage areas (with onChanged listeners counted and called).
 * `messaging` is the same runtime as the Messaging the calls take, for tests to pass in.
 */
import type { Messaging } from '../../src/platform/messaging.js';
import { MemoryArea } from './memory-area.js';

type Listener = (message: unknown, sender: { id: string }) => unknown;
type ChangeListener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => void;

/** A storage area that tells onChanged listeners what was set or removed, as the browsers do. */
class ObservedArea extends MemoryArea {
  constructor(
    private readonly areaName: string,
    private readonly changeListeners: Set<ChangeListener>,
  ) {
    super();
  }

  override async set(items: Record<string, unknown>): Promise<void> {
    await super.set(items);
    const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { newValue: v }]));
    for (const l of this.changeListeners) l(changes, this.areaName);
  }

  override async remove(keys: string | string[]): Promise<void> {
    await super.remove(keys);
    const changes = Object.fromEntries((typeof keys === 'string' ? [keys] : keys).map((k) => [k, {}]));
    for (const l of this.changeListeners) l(changes, this.areaName);
  }
}

export interface FakeBrowser {
  runtime: {
    id: string;
    sent: unknown[];
    listeners: Set<Listener>;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
    sendMessage(message: unknown): Promise<void>;
  };
  storage: {
    local: MemoryArea;
    sync: MemoryArea;
    changeListeners: Set<ChangeListener>;
    onChanged: { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void };
  };
  messaging: Messaging;
}

export function createFakeBrowser(): FakeBrowser {
  const listeners = new Set<Listener>();
  const sent: unknown[] = [];
  const changeListeners = new Set<ChangeListener>();
  const id = 'release-lens-test';
  return {
    messaging: {
      extensionId: id,
      // A tab's content script is the listeners here, as the runtime's are.
      sendToTab: async (_tabId, message) => (await Promise.all([...listeners].map((l) => l(message, { id })))).find((r) => r !== undefined),
      sendToExtension: async (message) => void sent.push(message),
      listen(listener, signal) {
        listeners.add(listener as Listener);
        signal?.addEventListener('abort', () => listeners.delete(listener as Listener));
      },
    },
    runtime: {
      id,
      sent,
      listeners,
      onMessage: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
      sendMessage: async (message) => void sent.push(message),
    },
    storage: {
      local: new ObservedArea('local', changeListeners),
      sync: new ObservedArea('sync', changeListeners),
      changeListeners,
      onChanged: { addListener: (l) => void changeListeners.add(l), removeListener: (l) => void changeListeners.delete(l) },
    },
  };
}

/** Delivers a message to the content script's listeners as if the extension sent it. */
export async function deliver(browser: FakeBrowser, message: unknown): Promise<unknown[]> {
  return Promise.all([...browser.runtime.listeners].map((l) => l(message, { id: browser.runtime.id })));
}
