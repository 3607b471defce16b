/**
 * Pinning findings as facts, inside the content script: the facts feature, which holds
 * the page's text and the facts store, provides it once its facts are loaded; the cards
 * and the panel's requests use it. Until then every call answers why it cannot.
 */
import type { Fact } from '../core/facts.js';

/** What to pin: an annotation (with the insights that use it, some left out), or an insight. */
export type PinTarget = { annotationId: string; leaveOut?: readonly string[] } | { insightId: string };

export type PinResult = { ok: true; value: Fact } | { ok: false; error: string };

export interface FactPins {
  /** Pins the finding, or updates its one fact if it is pinned already. */
  pin(target: PinTarget): Promise<PinResult>;
  /** Removes a pinned fact; resolves to an error message, or null when removed. */
  unpin(fact: Fact): Promise<string | null>;
  /** The fact pinning this finding, if any. */
  pinned(target: PinTarget): Fact | undefined;
  /** The fact the finding would be if pinned now, for copying with its citation; null when its text is gone. */
  draft(target: PinTarget): Fact | null;
  /** Calls `listener` when the release's facts change (here, in another tab or in the panel). */
  onChange(listener: () => void, signal: AbortSignal): void;
}

const NOT_READY = 'The page’s facts are still loading: try again in a moment.';

/** The one link between the features that pin and the facts feature that keeps the facts. */
export class FactPinsLink implements FactPins {
  private impl: FactPins | null = null;
  private readonly ready = new EventTarget();

  provide(impl: FactPins, signal: AbortSignal): void {
    this.impl = impl;
    signal.addEventListener('abort', () => {
      if (this.impl === impl) this.impl = null;
    });
    this.ready.dispatchEvent(new Event('ready'));
  }

  pin(target: PinTarget): Promise<PinResult> {
    return this.impl ? this.impl.pin(target) : Promise.resolve({ ok: false, error: NOT_READY });
  }

  unpin(fact: Fact): Promise<string | null> {
    return this.impl ? this.impl.unpin(fact) : Promise.resolve(NOT_READY);
  }

  pinned(target: PinTarget): Fact | undefined {
    return this.impl?.pinned(target);
  }

  draft(target: PinTarget): Fact | null {
    return this.impl?.draft(target) ?? null;
  }

  onChange(listener: () => void, signal: AbortSignal): void {
    // Facts loading counts as a change: what is pinned becomes known then.
    this.ready.addEventListener('ready', listener, { signal });
    this.impl?.onChange(listener, signal);
    this.ready.addEventListener('ready', () => this.impl?.onChange(listener, signal), { signal });
  }
}
