/** Typed calls: each end validates what it receives, replies are Results, and errors reach the caller. */
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { BACKGROUND_TO_CONTENT, CONTENT_TO_BACKGROUND, CONTENT_TO_PANEL, PANEL_TO_BACKGROUND, PANEL_TO_CONTENT } from '../../src/messages/calls.js';
import { Caller, callOf, Endpoint } from '../../src/messages/rpc.js';
import { createFakeBrowser } from '../support/fake-browser.js';

const MAP = {
  /** Adds two numbers. */
  add: callOf(z.object({ a: z.number(), b: z.number() }), z.number()),
  /** Always says no. */
  refuse: callOf(z.object({}), z.null()),
  /** Answers with something its schema does not allow. */
  lie: callOf(z.object({}), z.string()),
};

function wired() {
  const fake = createFakeBrowser();
  const endpoint = new Endpoint(MAP, fake.messaging);
  const caller = new Caller(MAP, (m) => fake.messaging.sendToTab(1, m));
  return { fake, endpoint, caller };
}

describe('typed calls', () => {
  it('carry a request to its handler and its value back, as the wire shows them', async () => {
    const { fake, endpoint, caller } = wired();
    const handler = vi.fn(({ a, b }: { a: number; b: number }) => a + b);
    endpoint.handle('add', handler);
    expect(await caller.call('add', { a: 2, b: 3 })).toEqual({ ok: true, value: 5 });
    const [listener] = fake.runtime.listeners;
    expect(await listener?.({ type: 'add', a: 1, b: 1 }, { id: fake.runtime.id })).toEqual({ ok: true, value: 2 });
  });

  it('bring a handler’s error to the caller, whether called across contexts or inside one', async () => {
    const { endpoint, caller } = wired();
    endpoint.handle('refuse', () => {
      throw new Error('Nothing to pin: the annotation is no longer on the page.');
    });
    const failed = { ok: false, reason: 'refused', error: 'Nothing to pin: the annotation is no longer on the page.' };
    expect(await caller.call('refuse', {})).toEqual(failed);
    expect(await endpoint.invoke('refuse', {})).toEqual(failed);
  });

  it('leave unanswered what comes from another sender, fails validation, is not theirs or has no handler now', async () => {
    const { fake, endpoint } = wired();
    const handler = vi.fn(() => 0);
    endpoint.handle('add', handler);
    const [listener] = fake.runtime.listeners;
    expect(listener?.({ type: 'add', a: 1, b: 1 }, { id: 'another-extension' })).toBeUndefined();
    expect(listener?.({ type: 'add', a: '1', b: 1 }, { id: fake.runtime.id })).toBeUndefined();
    expect(listener?.({ type: 'toString' }, { id: fake.runtime.id })).toBeUndefined();
    expect(listener?.({ type: 'refuse' }, { id: fake.runtime.id })).toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('tell the caller when nothing answers, or the answer fails its schema', async () => {
    const { endpoint, caller } = wired();
    expect(await caller.call('add', { a: 1, b: 2 })).toMatchObject({ ok: false, reason: 'invalid' });
    endpoint.handle('lie', () => 42 as unknown as string);
    expect(await caller.call('lie', {})).toMatchObject({ ok: false, reason: 'invalid' });
    const nobody = new Caller(MAP, () => Promise.reject(new Error('Could not establish connection')));
    expect(await nobody.call('add', { a: 1, b: 2 })).toMatchObject({ ok: false, reason: 'unreachable' });
  });

  it('have one handler a call, each until its signal aborts', () => {
    const { endpoint } = wired();
    const controller = new AbortController();
    endpoint.handle('add', () => 0, controller.signal);
    expect(() => endpoint.handle('add', () => 1)).toThrow(/already has a handler/);
    controller.abort();
    expect(endpoint.handled()).toEqual([]);
    endpoint.handle('add', () => 1);
    expect(endpoint.handled()).toEqual(['add']);
  });

  it('name each call once across the maps that share a listener', () => {
    // A content script's runtime message reaches the background and every extension page; a tab's reaches its content script.
    const toExtension = [...Object.keys(CONTENT_TO_BACKGROUND), ...Object.keys(CONTENT_TO_PANEL), ...Object.keys(PANEL_TO_BACKGROUND)];
    const toTab = [...Object.keys(PANEL_TO_CONTENT), ...Object.keys(BACKGROUND_TO_CONTENT)];
    expect(new Set(toExtension).size).toBe(toExtension.length);
    expect(new Set(toTab).size).toBe(toTab.length);
  });
});
