/**
 * Facts written by an older Release Lens, brought to today's shape. One migration serves
 * the stored records (a record type's migrations) and imported JSON documents of the
 * same version, so both read old facts alike. Pure and never mutating: each is tested on
 * a frozen snapshot.
 */
import { formatValue } from './readable-formula.js';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Schema 1 → 2. A pin kept only its kind, value, unit, one detail line and, for insights,
 * the raw formula. Now a pin carries its value for reading (`display`, computed here from
 * the value it kept); an insight's summary moves from `detail` to `sentence`; and the
 * lists of inputs (insights) and of insights that use a figure start empty, since the
 * old record holds neither.
 */
export function factV1ToV2(old: unknown): unknown {
  if (!isObject(old) || !isObject(old.pinned)) return old;
  const { source, kind, value, unit, detail, formula } = old.pinned;
  const v = typeof value === 'number' || typeof value === 'string' ? value : null;
  const u = typeof unit === 'string' ? unit : undefined;
  const display = formatValue(String(kind), v, u);
  const pinned =
    source === 'insight'
      ? { source, kind, value, ...(u !== undefined ? { unit: u } : {}), display, sentence: typeof detail === 'string' ? detail : '', ...(formula !== undefined ? { formula } : {}), inputs: [] }
      : { ...old.pinned, display, insights: [] };
  return { ...old, pinned };
}

/** migrations[i] turns a fact of schema i + 1 into schema i + 2. */
export const FACT_MIGRATIONS = [factV1ToV2] as const;
