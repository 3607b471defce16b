/**
 * A stand-in for webextension-polyfill in jsdom tests (`vi.mock('webextension-polyfill',
 * () => fakeBrowserModule())`): runtime messaging that records what was sent and which
 * listeners are attached, and an in-memory storage.sync.
 */
type Listener = (message: unknown, sender: { id: string }) => unknown;

export interface FakeBrowser {
  runtime: {
    id: string;
    sent: unknown[];
    listeners: Set<Listener>;
    onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
    sendMessage(message: unknown): Promise<void>;
  };
  storage: { sync: { data: Record<string, unknown>; get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}

export function createFakeBrowser(): FakeBrowser {
  const listeners = new Set<Listener>();
  const sent: unknown[] = [];
  const data: Record<string, unknown> = {};
  return {
    runtime: {
      id: 'release-lens-test',
      sent,
      listeners,
      onMessage: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
      sendMessage: async (message) => void sent.push(message),
    },
    storage: {
      sync: {
        data,
        get: async (key) => (key in data ? { [key]: data[key] } : {}),
        set: async (items) => void Object.assign(data, items),
      },
    },
  };
}

/** Delivers a message to the content script's listeners as if the extension sent it. */
export async function deliver(browser: FakeBrowser, message: unknown): Promise<unknown[]> {
  return Promise.all([...browser.runtime.listeners].map((l) => l(message, { id: browser.runtime.id })));
}
