/**
 * Versioned values: what is stored is `{ schemaVersion, value }`; reading it back runs
 * the ordered, pure migrations from its version to the current one and then validates.
 * Pure functions (no browser API), so each migration is tested on a frozen snapshot.
 */
import type * as z from 'zod';
import { errorText } from '../core/error-text.js';

/** Turns the value of version N into the value of version N + 1. Must not mutate its input. */
export type Migration = (old: unknown) => unknown;

export interface VersionedShape<T> {
  /** The current version: 1 + migrations.length. */
  version: number;
  schema: z.ZodType<T>;
  /** migrations[i] turns version i + 1 into version i + 2. */
  migrations: readonly Migration[];
}

export interface Envelope {
  schemaVersion: number;
  value: unknown;
}

export type ReadResult<T> = { ok: true; value: T; migratedFrom?: number } | { ok: false; reason: string };

export function envelope<T>(shape: VersionedShape<T>, value: T): Envelope {
  return { schemaVersion: shape.version, value: shape.schema.parse(value) };
}

function isEnvelope(raw: unknown): raw is Envelope {
  return typeof raw === 'object' && raw !== null && 'schemaVersion' in raw && 'value' in raw;
}

/** Reads a stored envelope: migrates it forward and validates; never throws. */
export function readVersioned<T>(shape: VersionedShape<T>, raw: unknown): ReadResult<T> {
  if (!isEnvelope(raw)) return { ok: false, reason: 'not a Release Lens record (no schemaVersion)' };
  const from = raw.schemaVersion;
  if (!Number.isInteger(from) || from < 1) return { ok: false, reason: `invalid schemaVersion ${String(from)}` };
  if (from > shape.version) {
    return { ok: false, reason: `written by a newer Release Lens (schema ${from}, this one reads up to ${shape.version})` };
  }
  let value = raw.value;
  try {
    for (let v = from; v < shape.version; v++) {
      const migrate = shape.migrations[v - 1];
      if (!migrate) return { ok: false, reason: `no migration from schema ${v}` };
      value = migrate(value);
    }
  } catch (e) {
    return { ok: false, reason: `migration from schema ${from} failed: ${errorText(e)}` };
  }
  const parsed = shape.schema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: summarizeIssues(parsed.error) };
  return from === shape.version ? { ok: true, value: parsed.data } : { ok: true, value: parsed.data, migratedFrom: from };
}

export function summarizeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'value'}: ${i.message}`)
    .join('; ');
}
