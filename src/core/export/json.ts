/**
 * The JSON export: a versioned document of facts that import reads back without loss.
 * The schema is documented in docs/facts.md; `version` is the facts' schema version and
 * changes only with a migration, which import runs on older documents' facts.
 */
import * as z from 'zod';
import { FACT_MIGRATIONS } from '../facts-migrate.js';
import { Fact } from '../facts.js';
import { errorText } from '../error-text.js';

export const FACTS_DOCUMENT_SCHEMA = 'release-lens/facts';
export const FACTS_DOCUMENT_VERSION = FACT_MIGRATIONS.length + 1;

export const FactsDocument = z.object({
  schema: z.literal(FACTS_DOCUMENT_SCHEMA),
  version: z.number().int(),
  exported: z.iso.datetime(),
  facts: z.array(Fact).max(200_000),
});
export type FactsDocument = z.infer<typeof FactsDocument>;

export function toJson(facts: readonly Fact[], now: Date): string {
  const doc: FactsDocument = { schema: FACTS_DOCUMENT_SCHEMA, version: FACTS_DOCUMENT_VERSION, exported: now.toISOString(), facts: [...facts] };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export interface Rejected {
  /** Index in the document's `facts`. */
  index: number;
  reason: string;
}

export type ImportResult = { ok: true; facts: Fact[]; rejected: Rejected[] } | { ok: false; error: string };

function reasonOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'fact'}: ${i.message}`)
    .join('; ');
}

/**
 * Reads an exported document back. Each fact is validated on its own: the valid ones
 * are kept and each invalid one is reported, so one bad record does not lose the rest.
 */
export function fromJson(json: string): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `not JSON: ${errorText(e)}` };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { schema?: unknown }).schema !== FACTS_DOCUMENT_SCHEMA) {
    return { ok: false, error: `not a Release Lens facts export (expected "schema": "${FACTS_DOCUMENT_SCHEMA}")` };
  }
  const { version, facts } = raw as { version?: unknown; facts?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > FACTS_DOCUMENT_VERSION) {
    return { ok: false, error: `facts export version ${String(version)}; this Release Lens reads versions 1 to ${FACTS_DOCUMENT_VERSION}` };
  }
  if (!Array.isArray(facts)) return { ok: false, error: '"facts" is not a list' };
  const kept: Fact[] = [];
  const rejected: Rejected[] = [];
  const migrations = FACT_MIGRATIONS.slice(version - 1);
  facts.forEach((item: unknown, index) => {
    const parsed = Fact.safeParse(migrations.reduce((fact, migrate) => migrate(fact), item));
    if (parsed.success) kept.push(parsed.data);
    else rejected.push({ index, reason: reasonOf(parsed.error) });
  });
  return { ok: true, facts: kept, rejected };
}
