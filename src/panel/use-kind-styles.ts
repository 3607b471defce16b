/** The reader's category styles, so the panel's keys are drawn as the page draws them; kept current as settings change. */
import { useEffect, useState } from 'preact/hooks';
import type { AnnotationKind } from '../core/model.js';
import { DEFAULT_KIND_STYLES, type KindStyle } from '../core/reading/kind-style.js';
import { watchRecords, type ExtensionStorage } from '../storage/index.js';
import { KIND_SETTINGS, loadSettings } from '../storage/settings.js';

export function useKindStyles(store: ExtensionStorage): Readonly<Record<AnnotationKind, KindStyle>> {
  const [kinds, setKinds] = useState<Readonly<Record<AnnotationKind, KindStyle>>>(DEFAULT_KIND_STYLES);
  useEffect(() => {
    const controller = new AbortController();
    const read = async (): Promise<void> => setKinds((await loadSettings(store)).kinds);
    void read();
    watchRecords(KIND_SETTINGS, () => void read(), controller.signal);
    return () => controller.abort();
  }, []);
  return kinds;
}
