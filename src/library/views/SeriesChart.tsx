/**
 * A series drawn with uPlot (canvas): value by period, axes in the series' unit, a
 * tooltip naming the point's period, value and release, and a click on a point opens the
 * release at its sentence. The table beside it carries the same values for keyboards
 * and screen readers.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import { formatValue } from '../../core/library/series-index.js';
import type { Series, SeriesPoint } from '../../core/library/series.js';

/** The chart's drawing, as a performance measure the benchmark reads. */
export const CHART_MEASURE = 'release-lens:library-chart';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Ticks at months, quarters or years, as the span allows. */
const X_STEPS = [1 / 12, 0.25, 0.5, 1, 2, 5, 10, 20];

function xLabel(x: number, step: number): string {
  const year = Math.floor(x + 1e-9);
  if (step >= 1) return String(year);
  return `${MONTHS[Math.min(11, Math.round((x - year) * 12))] ?? ''} ${year}`;
}

function cssColour(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

interface Props {
  series: Series;
  title: string;
  linkOf(point: SeriesPoint): string;
}

export function SeriesChart({ series, title, linkOf }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const tip = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = box.current;
    const tooltip = tip.current;
    if (!el || !tooltip) return;
    const start = performance.now();
    let drawn = false;
    const { points, unit } = series;
    const fg = cssColour('--fg', '#111');
    const line = cssColour('--line', '#d0d0d0');
    const accent = cssColour('--accent', '#0b57d0');
    const axis = { stroke: fg, grid: { stroke: line, width: 1 }, ticks: { stroke: line, width: 1 } };
    // Room on both sides, so the first and last points are drawn whole rather than cut at the edge.
    const xs = points.map((p) => p.x);
    const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
    const pad = points.length === 1 ? 0.5 : Math.max((hi - lo) * 0.04, 1 / 24);
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth),
        height: 300,
        legend: { show: false },
        // Room on the right for the last tick's label.
        padding: [12, 28, 0, 0],
        scales: { x: { time: false, range: [lo - pad, hi + pad] } },
        axes: [
          { ...axis, incrs: X_STEPS, values: (_u, splits, _i, _space, step) => splits.map((x) => xLabel(x, step)) },
          { ...axis, size: 90, values: (_u, splits) => splits.map((v) => formatValue(v, unit)) },
        ],
        series: [{}, { label: title, stroke: accent, width: 2, points: { show: true, size: 8, fill: accent } }],
        cursor: { drag: { x: false, y: false }, points: { size: 11 } },
        hooks: {
          // uPlot draws in a microtask after it is made: the measure ends at the first draw.
          draw: [
            () => {
              if (drawn) return;
              drawn = true;
              performance.measure(CHART_MEASURE, { start, end: performance.now() });
            },
          ],
          setCursor: [
            (u) => {
              const i = u.cursor.idx;
              const point = i === null || i === undefined ? undefined : points[i];
              if (!point || u.cursor.left === undefined || u.cursor.left < 0) {
                tooltip.hidden = true;
                return;
              }
              tooltip.textContent = `${point.when}: ${formatValue(point.value, unit)} — ${point.release.title}`;
              tooltip.hidden = false;
              tooltip.style.left = `${Math.min(u.valToPos(point.x, 'x'), u.over.clientWidth - 200)}px`;
              tooltip.style.top = `${u.valToPos(point.value, 'y') + 12}px`;
            },
          ],
        },
      },
      [points.map((p) => p.x), points.map((p) => p.value)],
      el,
    );
    const open = (): void => {
      const i = plot.cursor.idx;
      const point = i === null || i === undefined ? undefined : points[i];
      if (point) window.open(linkOf(point), '_blank', 'noopener');
    };
    plot.over.addEventListener('click', open);
    plot.over.appendChild(tooltip);
    return () => {
      el.append(tooltip);
      plot.destroy();
    };
  }, [series, title]);

  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  return (
    <figure class="chart">
      <div
        ref={box}
        role="img"
        aria-label={`Chart of ${title}: ${series.points.length} points${first && last ? `, from ${first.when} to ${last.when}` : ''}. The table lists every value.`}
      />
      <div ref={tip} class="chart-tip" hidden aria-hidden="true" />
    </figure>
  );
}
