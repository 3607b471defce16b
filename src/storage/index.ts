/**
 * Release Lens storage: the one module that reads and writes extension storage.
 *
 * ```ts
 * import { openStorage, defineRecordType } from '../storage/index.js';
 * const store = openStorage();                       // one per context; holds no data
 * await store.putRecord(LEARNED, record);            // validate, check quota, write one item
 * await store.getRecord(LEARNED, 'MOFCOM');          // T | undefined (invalid → set aside)
 * const { records, problems } = await store.getRecords(LEARNED);
 * await store.deleteRecord(LEARNED, 'MOFCOM');
 * watchRecords(LEARNED, (ids) => …, signal);          // changes made by other contexts
 * ```
 *
 * - **Records, one item each.** A record type is `defineRecordType({prefix, schema,
 *   idOf, area?, migrations?})`; each record lives under `<prefix>:<id>` as
 *   `{schemaVersion, value}`. Writes replace one whole record and never read-modify-write
 *   a shared list, so ten tabs writing at once cannot lose each other's updates. Per-
 *   release data keys its records by `releaseKey(url)` (src/core/release-key.ts) or
 *   carries it as a field (facts: `fact:<id>` with a `releaseKey`).
 * - **Versions.** A record's shape changes by adding a pure migration to its type
 *   (`migrations[i]` turns version i+1 into i+2); reading migrates. The layout as a whole
 *   has `schemaVersion` in storage.local and its own ordered migrations (layout.ts).
 * - **Corruption.** A record that fails validation is set aside under
 *   `quarantine:<area>:<key>` (kept, exported by `exportAll`), reported in `problems`,
 *   and the valid records are still returned.
 * - **Quota.** Each write is checked first (10 MB local; 100 KB / 8 KB an item in sync)
 *   and fails with a `StorageError` (`kind: 'quota' | 'invalid' | 'write'`) whose message
 *   a user can act on; `usage()` says `nearlyFull` above 80 %, before writes fail.
 * - **Areas.** Settings (`kind:*`, `prefs:*`) in storage.sync; everything else in
 *   storage.local.
 */
import { storageAreas } from '../platform/browser.js';
import { ExtensionStorage } from './store.js';

export { defineRecordType, type RecordType } from './records.js';
export { ExtensionStorage, type Problem, type Records, type AreaUsage, type SetAside } from './store.js';
export { StorageError, describeBytes } from './errors.js';
export { watchRecords } from './watch.js';

export function openStorage(): ExtensionStorage {
  return new ExtensionStorage(storageAreas());
}
