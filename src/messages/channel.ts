/**
 * Sending and receiving protocol messages: validation on both ends, and a count of what
 * was dropped for the debug log.
 */
import type * as z from 'zod';
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
      // The debug log: visible with the console's verbose level, silent otherwise.
      console.debug(`Release Lens: dropped message #${dropped}`, sender.id !== browser.runtime.id ? 'from another sender' : 'that failed validation');
      return undefined;
    }
    return handler(parsed.data, sender);
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

export type TabReply<T> = { ok: true; value: T } | { ok: false; reason: 'unreachable' | 'invalid' };

/**
 * Sends to one tab's content script and validates the reply: `unreachable` when no
 * content script answers (a page Release Lens does not run on), `invalid` when the reply
 * fails validation (dropped and counted).
 */
export async function askTab<S extends z.ZodType>(tabId: number, message: unknown, reply: S): Promise<TabReply<z.infer<S>>> {
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, message);
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  const parsed = reply.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  dropped++;
  console.debug(`Release Lens: dropped reply #${dropped} that failed validation`);
  return { ok: false, reason: 'invalid' };
}

/** Like askTab, for callers that treat both failures alike: throws instead. */
export async function sendToTab<S extends z.ZodType>(tabId: number, message: unknown, reply: S): Promise<z.infer<S>> {
  const answer = await askTab(tabId, message, reply);
  if (!answer.ok) throw new Error(answer.reason === 'unreachable' ? 'Release Lens does not run in that tab' : 'The tab answered with an invalid reply');
  return answer.value;
}

/** Sends to the background and validates its reply; no answer or an invalid one is undefined. */
export async function askBackground<S extends z.ZodType>(message: unknown, reply: S): Promise<z.infer<S> | undefined> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
  const parsed = reply.safeParse(raw);
  if (parsed.success) return parsed.data;
  dropped++;
  console.debug(`Release Lens: dropped reply #${dropped} that failed validation`);
  return undefined;
}

/** Broadcasts to the extension's pages; nobody listening is not an error. */
export async function broadcast(message: unknown): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // No panel is open.
  }
}
