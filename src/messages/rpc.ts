/**
 * Typed calls between the extension's contexts. A call map names each call with the
 * schema of its request and of its reply; on the wire a call is its request with `type`
 * set to its name, and its reply is a Result. Whoever receives validates: the endpoint
 * the request, the caller the reply. Anything from another sender, of another shape, or
 * not in the map is left unanswered.
 */
import * as z from 'zod';
import type { Messaging, Sender } from '../platform/messaging.js';
import { errorText } from '../core/error-text.js';

export interface CallSpec<Req extends z.ZodObject = z.ZodObject, Rep extends z.ZodType = z.ZodType> {
  request: Req;
  reply: Rep;
}

export type CallMap = Record<string, CallSpec>;

export function callOf<Req extends z.ZodObject, Rep extends z.ZodType>(request: Req, reply: Rep): CallSpec<Req, Rep> {
  return { request, reply };
}

export type CallName<M extends CallMap> = keyof M & string;
export type RequestOf<M extends CallMap, K extends CallName<M>> = z.infer<M[K]['request']>;
export type ReplyOf<M extends CallMap, K extends CallName<M>> = z.infer<M[K]['reply']>;

/** A reply as it crosses: the value, or what went wrong in words. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A reply as the caller sees it. `unreachable`: nothing listens there (a page Release
 * Lens does not run on); `invalid`: the answer was missing or failed validation;
 * `refused`: the other side answered with an error.
 */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: string; reason: 'unreachable' | 'invalid' | 'refused' };

export type Handler<M extends CallMap, K extends CallName<M>> = (request: RequestOf<M, K>, sender: Sender) => ReplyOf<M, K> | Promise<ReplyOf<M, K>>;

const MAX_ERROR = 2_000;

function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: z.string().max(MAX_ERROR) })]);
}

function dropped(what: string): void {
  // The debug log: visible with the console's verbose level, silent otherwise.
  console.debug(`Release Lens: dropped ${what}`);
}

/**
 * A context's one listener for the calls of `map`. Features of the context answer the
 * calls they own with `handle`, each until its signal aborts; a call nobody answers
 * right now is left unanswered, as when no script listens.
 */
export class Endpoint<M extends CallMap> {
  private readonly handlers = new Map<string, (request: unknown, sender: Sender) => unknown>();

  constructor(
    private readonly map: M,
    private readonly messaging: Messaging,
    signal?: AbortSignal,
  ) {
    messaging.listen((raw, sender) => this.receive(raw, sender), signal);
  }

  /** Answers `name` until `signal` aborts (or for good). One handler a call: a second is a wiring mistake. */
  handle<K extends CallName<M>>(name: K, handler: Handler<M, K>, signal?: AbortSignal): void {
    if (signal?.aborted) return;
    if (this.handlers.has(name)) throw new Error(`Release Lens: ${name} already has a handler`);
    const entry = handler as (request: unknown, sender: Sender) => unknown;
    this.handlers.set(name, entry);
    signal?.addEventListener('abort', () => {
      if (this.handlers.get(name) === entry) this.handlers.delete(name);
    });
  }

  /** The calls answered now. */
  handled(): string[] {
    return [...this.handlers.keys()];
  }

  /** Makes a call inside this context: the same handler and Result as from outside, and no message. */
  async invoke<K extends CallName<M>>(name: K, request: RequestOf<M, K>): Promise<CallResult<ReplyOf<M, K>>> {
    const handler = this.handlers.get(name);
    if (!handler) return { ok: false, error: `Nothing on this page answers ${name} now.`, reason: 'unreachable' };
    const reply = await settle(() => handler(request, { id: this.messaging.extensionId }));
    return reply.ok ? { ok: true, value: reply.value as ReplyOf<M, K> } : { ...reply, reason: 'refused' };
  }

  private receive(raw: unknown, sender: Sender): Promise<unknown> | undefined {
    const name = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    if (typeof name !== 'string' || !Object.hasOwn(this.map, name)) return undefined;
    if (sender.id !== this.messaging.extensionId) return void dropped(`${name} from another sender`);
    const handler = this.handlers.get(name);
    if (!handler) return undefined;
    const parsed = this.map[name]?.request.safeParse(raw);
    if (!parsed?.success) return void dropped(`${name} that failed validation`);
    // Called at once, not after an await: a handler that opens a panel must run inside the click that sent it.
    return settle(() => handler(parsed.data, sender));
  }
}

async function settle(run: () => unknown): Promise<Result<unknown>> {
  try {
    return { ok: true, value: (await run()) ?? null };
  } catch (e) {
    return { ok: false, error: errorText(e).slice(0, MAX_ERROR) };
  }
}

/** Makes the calls of `map` to one place: a tab's content script, or the extension's background and pages. */
export class Caller<M extends CallMap> {
  constructor(
    private readonly map: M,
    private readonly send: (message: unknown) => Promise<unknown>,
  ) {}

  async call<K extends CallName<M>>(name: K, request: RequestOf<M, K>): Promise<CallResult<ReplyOf<M, K>>> {
    let raw: unknown;
    try {
      raw = await this.send({ ...request, type: name });
    } catch {
      return { ok: false, error: 'Release Lens does not run there.', reason: 'unreachable' };
    }
    const spec = this.map[name];
    const parsed = spec ? resultSchema(spec.reply).safeParse(raw) : undefined;
    if (!parsed?.success) {
      dropped(`a reply to ${name} that failed validation`);
      return { ok: false, error: 'The answer could not be read.', reason: 'invalid' };
    }
    return parsed.data.ok ? { ok: true, value: parsed.data.value as ReplyOf<M, K> } : { ok: false, error: parsed.data.error, reason: 'refused' };
  }

  /** A call whose answer nobody waits for: news to whoever listens, if anyone does. */
  tell<K extends CallName<M>>(name: K, request: RequestOf<M, K>): void {
    this.send({ ...request, type: name }).catch(() => undefined);
  }
}

/** The content script of one tab, as a caller. */
export function tabCaller<M extends CallMap>(map: M, messaging: Messaging, tabId: number): Caller<M> {
  return new Caller(map, (message) => messaging.sendToTab(tabId, message));
}

/** The background and the extension's pages, as a caller. */
export function extensionCaller<M extends CallMap>(map: M, messaging: Messaging): Caller<M> {
  return new Caller(map, (message) => messaging.sendToExtension(message));
}
