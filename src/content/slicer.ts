/**
 * Cooperative time slicing: long work checks `due()` as it goes and awaits `pause()` when
 * its slice is used up, so the page's own input, scripts and frames run in between and no
 * task of ours holds the main thread for long.
 */
const SLICE_MS = 12;

export class Slicer {
  private sliceStart = performance.now();
  /** Time spent waiting for the page between slices. */
  waited = 0;
  private longestSlice = 0;

  constructor(private readonly sliceMs = SLICE_MS) {}

  due(): boolean {
    return performance.now() - this.sliceStart >= this.sliceMs;
  }

  /** The longest stretch of work between pauses so far, the current one included. */
  get longest(): number {
    return Math.max(this.longestSlice, performance.now() - this.sliceStart);
  }

  async pause(): Promise<void> {
    const before = performance.now();
    this.longestSlice = Math.max(this.longestSlice, before - this.sliceStart);
    // A posted message, not scheduler.yield(): that resumes ahead of the page's own queued tasks, and the page's
    // timers and callbacks must get their turn too. (setTimeout is clamped to 4 ms after a few nested calls.)
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
    this.sliceStart = performance.now();
    this.waited += this.sliceStart - before;
  }
}
