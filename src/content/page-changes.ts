/**
 * The one way content code hears that the page changed: a MutationObserver on a part of
 * the page, shared by its subscribers. Pages change in bursts, so each subscriber is
 * handed a burst's records once the page has been quiet for its `quietMs` (and at most
 * `maxWaitMs` after the burst began, when given); with `quietMs` 0, at once. It observes
 * only while someone subscribes.
 */
export interface BurstTiming {
  quietMs: number;
  maxWaitMs?: number;
  /** The changes this subscriber counts; the others neither reach it nor keep it waiting. */
  counts?: (record: MutationRecord) => boolean;
}

type OnBurst = (records: MutationRecord[]) => void;

class Subscriber {
  private records: MutationRecord[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private began = 0;

  constructor(
    private readonly timing: BurstTiming,
    private readonly onBurst: OnBurst,
  ) {}

  take(all: MutationRecord[]): void {
    const { quietMs, maxWaitMs, counts } = this.timing;
    const records = counts ? all.filter(counts) : all;
    if (records.length === 0) return;
    if (this.records.length === 0) this.began = performance.now();
    this.records.push(...records);
    if (quietMs <= 0) return this.flush();
    clearTimeout(this.timer);
    const wait = maxWaitMs === undefined ? quietMs : Math.min(quietMs, Math.max(0, maxWaitMs - (performance.now() - this.began)));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.records = [];
  }

  private flush(): void {
    this.timer = undefined;
    const records = this.records;
    this.records = [];
    this.onBurst(records);
  }
}

export class PageChanges {
  private readonly subscribers = new Set<Subscriber>();
  private readonly observer: MutationObserver;

  constructor(
    private readonly root: Node,
    private readonly init: MutationObserverInit = { childList: true, subtree: true, characterData: true },
  ) {
    this.observer = new MutationObserver((records) => {
      for (const s of this.subscribers) s.take(records);
    });
  }

  /** Calls `onBurst` with each burst of changes, until `signal` aborts. */
  subscribe(timing: BurstTiming, onBurst: OnBurst, signal: AbortSignal): void {
    if (signal.aborted) return;
    const subscriber = new Subscriber(timing, onBurst);
    if (this.subscribers.size === 0) this.observer.observe(this.root, this.init);
    this.subscribers.add(subscriber);
    signal.addEventListener('abort', () => {
      subscriber.stop();
      this.subscribers.delete(subscriber);
      if (this.subscribers.size === 0) this.observer.disconnect();
    });
  }

  /** Drops the changes not handed out yet: those our own painting just made. */
  discardPending(): void {
    this.observer.takeRecords();
  }
}
