/**
 * Record types: every stored thing but the layout version is a record under its own
 * key, `<prefix>:<id>`, so two tabs writing different records never touch the same item,
 * and a write replaces one whole record instead of reading, changing and writing back a
 * shared list.
 */
import type * as z from 'zod';
import type { Migration, VersionedShape } from './versioned.js';

export type AreaName = 'local' | 'sync';

export interface RecordType<T> extends VersionedShape<T> {
  /** The key prefix, without the colon: `learned`, `fact`, `kind`… */
  prefix: string;
  area: AreaName;
  /** The record's id, unique within its type. */
  idOf(value: T): string;
}

export interface RecordTypeSpec<T> {
  prefix: string;
  area?: AreaName;
  schema: z.ZodType<T>;
  migrations?: readonly Migration[];
  idOf(value: T): string;
}

const PREFIX = /^[a-z][a-z-]{0,30}$/;
export const MAX_ID_LENGTH = 2_000;

export function defineRecordType<T>(spec: RecordTypeSpec<T>): RecordType<T> {
  if (!PREFIX.test(spec.prefix)) throw new Error(`invalid record prefix ${spec.prefix}`);
  const migrations = spec.migrations ?? [];
  return { ...spec, area: spec.area ?? 'local', migrations, version: migrations.length + 1 };
}

export function recordKey(type: Pick<RecordType<unknown>, 'prefix'>, id: string): string {
  if (!id || id.length > MAX_ID_LENGTH) throw new Error(`invalid ${type.prefix} id`);
  return `${type.prefix}:${id}`;
}

/** The id inside a key of this type, or undefined when the key belongs to another type. */
export function idFromKey(type: Pick<RecordType<unknown>, 'prefix'>, key: string): string | undefined {
  return key.startsWith(`${type.prefix}:`) ? key.slice(type.prefix.length + 1) : undefined;
}
