/**
 * Binary search: the first index in [0, n) at which `holds` is true, taking it to be false
 * before some index and true from there on; `n` when it never holds. Lookups over
 * annotations, painted ranges and text nodes in reading order all use it.
 */
export function firstIndex(n: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
