/**
 * Sending and receiving protocol messages: validation on both ends, and a count of what
 * was dropped for the debug log.
 */
import type { z } from 'zod';
import { browser, type Runtime } from '../platform/browser.js';

let dropped = 0;

export function droppedMessages(): number {
  return dropped;
}

/**
 * Listens for messages of one schema from this extension only. The handler's result, if
 * any, is the reply.
 */
export function listen<S extends z.ZodType>(
  schema: S,
  handler: (message: z.infer<S>, sender: Runtime.MessageSender) => Promise<unknown> | undefined,
  signal?: AbortSignal,
): void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    const parsed = schema.safeParse(raw);
    if (sender.id !== browser.runtime.id || !parsed.success) {
      dropped++;
      return undefined;
    }
    return handler(parsed.data, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

/** Sends to one tab's content script and validates the reply. */
export async function sendToTab<S extends z.ZodType>(tabId: number, message: unknown, reply: S): Promise<z.infer<S>> {
  return reply.parse(await browser.tabs.sendMessage(tabId, message));
}

/** Broadcasts to the extension's pages; nobody listening is not an error. */
export async function broadcast(message: unknown): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // No panel is open.
  }
}
