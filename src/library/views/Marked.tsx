/** A sentence with the searched terms marked; every run is text, never markup. */
import type { Segment } from '../../core/library/search.js';

export function Marked({ segments }: { segments: readonly Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
