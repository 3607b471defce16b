/**
 * The one owner of extension storage reads and writes. Built on per-record keys (see
 * records.ts) so concurrent tabs cannot lose each other's writes; every read is validated
 * and what fails is set aside (kept, exportable) rather than dropped; every write is
 * checked against quota first and a failure is thrown as a StorageError, never ignored.
 */
import { areaBytes, itemBytes, LOCAL_LIMITS, SYNC_LIMITS, type Area, type Areas, type Limits } from './area.js';
import { describeBytes, StorageError } from './errors.js';
import { migrateLayout } from './layout.js';
import { idFromKey, recordKey, type AreaName, type RecordType } from './records.js';
import { readVersioned, summarizeIssues } from './versioned.js';
import { errorText } from '../core/error-text.js';

/** A stored item that could not be used, and what became of it. */
export interface Problem {
  key: string;
  reason: string;
}

export interface Records<T> {
  records: T[];
  problems: Problem[];
}

export interface AreaUsage {
  bytes: number;
  total: number;
  /** Above WARN_FRACTION of the quota: the user is told before writes start failing. */
  nearlyFull: boolean;
}

export const WARN_FRACTION = 0.8;
export const QUARANTINE_PREFIX = 'quarantine';

export interface SetAside {
  area: AreaName;
  key: string;
  reason: string;
  at: string;
  raw: unknown;
}

export interface StorageOptions {
  now?: () => Date;
  /** The browsers' quotas unless a test sets smaller ones. */
  limits?: Record<AreaName, Limits>;
}

export class ExtensionStorage {
  private migrated: Promise<void> | undefined;
  private readonly now: () => Date;
  private readonly limits: Record<AreaName, Limits>;

  constructor(
    private readonly areas: Areas,
    options: StorageOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.limits = options.limits ?? { local: LOCAL_LIMITS, sync: SYNC_LIMITS };
  }

  /** Brings an older layout up to date once per context; concurrent runs are idempotent. */
  ready(): Promise<void> {
    this.migrated ??= migrateLayout(this.areas);
    return this.migrated;
  }

  async putRecord<T>(type: RecordType<T>, value: T): Promise<void> {
    const parsed = type.schema.safeParse(value);
    if (!parsed.success) throw new StorageError('invalid', `Not saved: the ${type.prefix} record is invalid (${summarizeIssues(parsed.error)}).`);
    await this.ready();
    const key = recordKey(type, type.idOf(parsed.data));
    await this.write(type.area, key, { schemaVersion: type.version, value: parsed.data });
  }

  async getRecord<T>(type: RecordType<T>, id: string): Promise<T | undefined> {
    await this.ready();
    const key = recordKey(type, id);
    const raw = (await this.area(type.area).get(key))[key];
    if (raw === undefined) return undefined;
    const read = readVersioned(type, raw);
    if (read.ok) return read.value;
    await this.setAside(type.area, key, raw, read.reason);
    return undefined;
  }

  /** Every record of a type; invalid ones are set aside and reported, the rest returned. */
  async getRecords<T>(type: RecordType<T>): Promise<Records<T>> {
    await this.ready();
    const all = await this.area(type.area).get(null);
    const records: T[] = [];
    const problems: Problem[] = [];
    for (const [key, raw] of Object.entries(all)) {
      if (idFromKey(type, key) === undefined) continue;
      const read = readVersioned(type, raw);
      if (read.ok) {
        records.push(read.value);
      } else {
        problems.push({ key, reason: read.reason });
        await this.setAside(type.area, key, raw, read.reason);
      }
    }
    return { records, problems };
  }

  async deleteRecord<T>(type: RecordType<T>, id: string): Promise<void> {
    await this.ready();
    await this.area(type.area).remove(recordKey(type, id));
  }

  /** Items set aside because they could not be read, for the user to export. */
  async setAsideItems(): Promise<SetAside[]> {
    const all = await this.areas.local.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(`${QUARANTINE_PREFIX}:`))
      .map(([, value]) => value as SetAside);
  }

  async usage(): Promise<Record<AreaName, AreaUsage>> {
    const of = async (name: AreaName): Promise<AreaUsage> => {
      const bytes = await this.bytesInUse(name);
      const { total } = this.limits[name];
      return { bytes, total, nearlyFull: bytes > total * WARN_FRACTION };
    };
    return { local: await of('local'), sync: await of('sync') };
  }

  /** Everything stored, as it is stored (set-aside items included), for the user to keep. */
  async exportAll(): Promise<{ format: 'release-lens/storage-export@1'; exportedAt: string; local: Record<string, unknown>; sync: Record<string, unknown> }> {
    return {
      format: 'release-lens/storage-export@1',
      exportedAt: this.now().toISOString(),
      local: await this.areas.local.get(null),
      sync: await this.areas.sync.get(null),
    };
  }

  async deleteAll(): Promise<void> {
    for (const area of [this.areas.local, this.areas.sync]) {
      const keys = Object.keys(await area.get(null));
      if (keys.length) await area.remove(keys);
    }
    this.migrated = undefined;
  }

  private area(name: AreaName): Area {
    return this.areas[name];
  }

  private async bytesInUse(name: AreaName): Promise<number> {
    const area = this.area(name) as Area & { getBytesInUse?: (keys: null) => Promise<number> };
    // Firefox has no getBytesInUse on storage.local: count what is there instead.
    if (typeof area.getBytesInUse === 'function') return area.getBytesInUse(null);
    return areaBytes(await area.get(null));
  }

  private async write(name: AreaName, key: string, value: unknown): Promise<void> {
    const limits = this.limits[name];
    const bytes = itemBytes(key, value);
    if (limits.perItem !== undefined && bytes > limits.perItem) {
      throw new StorageError('quota', `Not saved: ${key} is ${describeBytes(bytes)}, and synced settings allow ${describeBytes(limits.perItem)} per item.`);
    }
    const area = this.area(name);
    const old = (await area.get(key))[key];
    const after = (await this.bytesInUse(name)) - (old === undefined ? 0 : itemBytes(key, old)) + bytes;
    if (after > limits.total) {
      throw new StorageError(
        'quota',
        `Not saved: Release Lens storage is full (${describeBytes(after)} of ${describeBytes(limits.total)}). Export your data and delete what you no longer need in Options.`,
      );
    }
    try {
      await area.set({ [key]: value });
    } catch (e) {
      const message = errorText(e);
      // Another tab can fill the last bytes between our check and our write.
      const kind = /quota/i.test(message) ? 'quota' : 'write';
      throw new StorageError(kind, `Not saved: ${key} could not be written (${message}).`);
    }
  }

  private async setAside(name: AreaName, key: string, raw: unknown, reason: string): Promise<void> {
    const item: SetAside = { area: name, key, reason, at: this.now().toISOString(), raw };
    try {
      await this.areas.local.set({ [`${QUARANTINE_PREFIX}:${name}:${key}`]: item });
    } catch {
      return; // Could not keep a copy, so the original stays where it is.
    }
    await this.area(name).remove(key);
  }
}
