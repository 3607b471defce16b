/**
 * An in-memory storage area that behaves like the browser's where it matters to the
 * storage module: values are copied through JSON, byte counts follow the browsers' rule
 * (key plus JSON value), and writes past the quota reject like Chrome's do.
 */
import type { Area } from '../../src/storage/area.js';
import { itemBytes } from '../../src/storage/area.js';

export class MemoryArea implements Area {
  readonly items = new Map<string, string>();
  writes = 0;

  constructor(private readonly quotaBytes = Infinity) {}

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    await Promise.resolve();
    const wanted = keys == null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of wanted) {
      const v = this.items.get(k);
      if (v !== undefined) out[k] = JSON.parse(v);
    }
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await Promise.resolve();
    let after = this.bytes();
    for (const [k, v] of Object.entries(items)) {
      const old = this.items.get(k);
      after += itemBytes(k, v) - (old === undefined ? 0 : itemBytes(k, JSON.parse(old)));
    }
    if (after > this.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    for (const [k, v] of Object.entries(items)) this.items.set(k, JSON.stringify(v));
    this.writes++;
  }

  async remove(keys: string | string[]): Promise<void> {
    await Promise.resolve();
    for (const k of typeof keys === 'string' ? [keys] : keys) this.items.delete(k);
  }

  /** Puts a raw value in place, as a hand edit or an older version would have left it. */
  plant(key: string, value: unknown): void {
    this.items.set(key, JSON.stringify(value));
  }

  raw(key: string): unknown {
    const v = this.items.get(key);
    return v === undefined ? undefined : JSON.parse(v);
  }

  private bytes(): number {
    let total = 0;
    for (const [k, v] of this.items) total += itemBytes(k, JSON.parse(v));
    return total;
  }
}
