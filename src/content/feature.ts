/**
 * In-page behaviours are feature modules (refined-github style): each folder in
 * `features/` holds one feature and the helpers only it uses; its `index.ts` exports one
 * `Feature` whose id is the folder's name, and `init` ties every listener, observer and
 * element it adds to `signal`, so aborting it leaves nothing behind.
 */
import type { ContentLink } from '../messages/links.js';
import type { ExtensionStorage } from '../storage/index.js';
import type { Settings } from '../storage/settings.js';
import type { Annotator } from './annotator.js';
import type { FactPinsLink } from './fact-pins.js';

export interface FeatureContext {
  doc: Document;
  annotator: Annotator;
  settings: Settings;
  store: ExtensionStorage;
  /** The page's calls: those it answers (`link.inbox`), and to the background and panels. */
  link: ContentLink;
  /** Pinning findings as facts: provided by the facts feature, used by the cards. */
  pins: FactPinsLink;
  /** Turns Release Lens off for this page: every feature is aborted and the page is left as it was. */
  turnOff(): void;
}

export interface Feature {
  /** The name of the feature's folder. */
  id: string;
  /** Pages it runs on: every page the content script loads in, or only releases. */
  runsOn: 'every-page' | 'releases';
  init(ctx: FeatureContext, signal: AbortSignal): void | Promise<void>;
}

/** Starts each feature that applies to the page; one failing does not stop the others. */
export async function startFeatures(features: readonly Feature[], ctx: FeatureContext, signal: AbortSignal): Promise<void> {
  const isRelease = ctx.annotator.findings.snapshot().state === 'ready';
  for (const feature of features) {
    if (signal.aborted) return;
    if (feature.runsOn === 'releases' && !isRelease) continue;
    try {
      const start = performance.now();
      const started = feature.init(ctx, signal);
      // The synchronous part is a task of ours on the page's main thread: measured, so benchmarks can say how long.
      performance.measure(`release-lens:feature:${feature.id}`, { start, end: performance.now() });
      await started;
    } catch (error) {
      console.error(`Release Lens: feature ${feature.id} failed to start`, error);
    }
  }
}
