/**
 * One page's life with Release Lens: read and paint the page, start the features, and
 * on "turn off" abort them all and take every highlight, element and attribute away.
 */
import type { ContentLink } from '../messages/links.js';
import { KNOWN, loadAcronymSources } from '../storage/acronyms.js';
import { openStorage } from '../storage/index.js';
import { ANNOTATION_KINDS } from '../core/model.js';
import { WARM_UP_CHARS, warmUp } from '../core/warm-up.js';
import { DEFAULT_KIND_STYLES } from '../core/reading/kind-style.js';
import { DEFAULT_PREFERENCES, loadSettings, type Settings } from '../storage/settings.js';
import { adoptCategoryStyles } from './category-styles.js';
import { Annotator } from './annotator.js';
import { FactPinsLink } from './fact-pins.js';
import { startFeatures, type Feature } from './feature.js';
import { loadGlossary } from './glossary-loader.js';
import { leadingText } from '../page/text-map.js';
import { LATE_CONTENT_WAIT_MS, waitForRelease } from './page-watch.js';

/** The warm-up's time, outside the annotate measure: the benchmark shows it beside it. */
export const WARM_UP_MEASURE = 'release-lens:warm-up';

/** When settings cannot be read, the page is still annotated, with the defaults. */
export const FALLBACK_SETTINGS: Settings = {
  kinds: { ...DEFAULT_KIND_STYLES },
  hiddenKinds: ANNOTATION_KINDS.filter((k) => !DEFAULT_KIND_STYLES[k].visible),
  preferences: DEFAULT_PREFERENCES,
  problems: [],
};

export class PageSession {
  readonly annotator: Annotator;
  private controller: AbortController | null = null;
  /** While off, the page still answers the panel, which can turn Release Lens back on. */
  private offAnswers: AbortController | null = null;

  constructor(
    private readonly doc: Document,
    private readonly features: readonly Feature[],
    private readonly link: ContentLink,
  ) {
    this.annotator = new Annotator(doc);
  }

  get on(): boolean {
    return this.controller !== null;
  }

  async start(): Promise<void> {
    if (this.controller) return;
    const controller = new AbortController();
    this.controller = controller;
    this.offAnswers?.abort();
    this.offAnswers = null;
    const store = openStorage();
    const stored = Promise.all([
      loadSettings(store).catch(() => FALLBACK_SETTINGS),
      loadAcronymSources(store).catch(() => ({})),
      store.getRecords(KNOWN).then(({ records }) => records.map((r) => r.abbr), () => []),
    ]);
    const href = this.doc.location.href;
    const detection = await waitForRelease(this.doc, href, LATE_CONTENT_WAIT_MS, controller.signal);
    if (controller.signal.aborted) return;
    // The glossary only on releases; while it and the settings are on their way, the analysis warms up.
    const glossaryLoad = detection.bodyRoot ? loadGlossary() : undefined;
    if (detection.bodyRoot) {
      const start = performance.now();
      warmUp(leadingText(detection.bodyRoot, detection.excluded, WARM_UP_CHARS));
      performance.measure(WARM_UP_MEASURE, { start, end: performance.now() });
    }
    const [[settings, personal, known], glossary] = await Promise.all([stored, glossaryLoad]);
    if (controller.signal.aborted) return;
    adoptCategoryStyles(this.doc, settings.kinds, controller.signal);
    await this.annotator.run(href, settings.hiddenKinds, known, { ...personal, ...(glossary ? { glossary } : {}) }, detection);
    if (controller.signal.aborted) return;
    const ctx = { doc: this.doc, annotator: this.annotator, settings, store, link: this.link, pins: new FactPinsLink(), turnOff: () => this.stop() };
    await startFeatures(this.features, ctx, controller.signal);
  }

  stop(): void {
    this.controller?.abort();
    this.controller = null;
    this.annotator.teardown();
    this.answerWhileOff();
    this.link.panels.tell('snapshot-changed', { snapshot: this.annotator.findings.panelSnapshot() });
  }

  private answerWhileOff(): void {
    if (this.offAnswers) return;
    const { signal } = (this.offAnswers = new AbortController());
    const { inbox } = this.link;
    inbox.handle('get-snapshot', () => this.annotator.findings.panelSnapshot(), signal);
    inbox.handle(
      'set-enabled',
      async ({ enabled }) => {
        if (enabled) await this.start();
        return this.annotator.findings.panelSnapshot();
      },
      signal,
    );
  }
}
