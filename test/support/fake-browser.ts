/**
 * A stand-in for webextension-polyfill in jsdom tests (`vi.mock('webextension-polyfill',
 * () => fakeBrowserModule())`): runtime messaging that records what was sent and which
 * listeners are attached, and in-memory storage areas (with onChanged listeners counted too).
 */
type Listener = (message: unknown, sender: { id: string }) => unknown;
type ChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

export interface FakeArea {
  data: Record<string, unknown>;
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

function fakeArea(): FakeArea {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (keys) => {
      if (keys === null || keys === undefined) return { ...data };
      const wanted = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => k in data).map((k) => [k, data[k]]));
    },
    set: async (items) => void Object.assign(data, items),
    remove: async (keys) => {
      for (const k of Array.isArray(keys) ? keys : [keys]) Reflect.deleteProperty(data, k);
    },
  };
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
    sync: FakeArea;
    local: FakeArea;
    changeListeners: Set<ChangeListener>;
    onChanged: { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void };
  };
}

export function createFakeBrowser(): FakeBrowser {
  const listeners = new Set<Listener>();
  const sent: unknown[] = [];
  const changeListeners = new Set<ChangeListener>();
  return {
    runtime: {
      id: 'release-lens-test',
      sent,
      listeners,
      onMessage: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
      sendMessage: async (message) => void sent.push(message),
    },
    storage: {
      sync: fakeArea(),
      local: fakeArea(),
      changeListeners,
      onChanged: { addListener: (l) => void changeListeners.add(l), removeListener: (l) => void changeListeners.delete(l) },
    },
  };
}

/** Delivers a message to the content script's listeners as if the extension sent it. */
export async function deliver(browser: FakeBrowser, message: unknown): Promise<unknown[]> {
  return Promise.all([...browser.runtime.listeners].map((l) => l(message, { id: browser.runtime.id })));
}
