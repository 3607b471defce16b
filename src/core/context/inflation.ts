/**
 * inflation: a dollar amount the text ties to a calendar year, in the dollars of the
 * latest year of the CPI-U table, naming the years, the index values and the caveats.
 * Years the table does not cover get nothing. Shown to three significant figures (or one
 * more than the amount's own): an index ratio is an estimate, not an exact conversion.
 */
import type { Cpi } from './cpi.js';
import type { Fig } from './figures.js';
import { calendarYear } from '../periods.js';
import { formatUsd, plain, roundSig } from './format.js';
import { about, type Draft } from './draft.js';

export function inflationInsights(figures: Fig[], cpi: Cpi): Draft[] {
  const insights: Draft[] = [];
  for (const f of figures) {
    if (f.a.kind !== 'money' || (f.m.role !== 'level' && f.m.role !== 'base')) continue;
    const year = calendarYear(f.m.period);
    if (year === undefined || year >= cpi.latestYear) continue;
    const then = cpi.index(year);
    const now = cpi.index(cpi.latestYear);
    if (then === undefined || now === undefined) continue;
    const value = (f.a.value * now) / then;
    const sig = Math.min(3, f.p.sigFigs + 1);
    insights.push({
      kind: 'inflation',
      summary: `${f.a.text} in ${year} is about ${formatUsd(roundSig(value, sig), sig)} in ${cpi.latestYear} dollars (CPI-U ${now} in ${cpi.latestYear} / ${then} in ${year}).`,
      value: Math.round(value),
      unit: `USD ${cpi.latestYear}`,
      formula: `${plain(f.a.value)} × ${now} / ${then}`,
      inputs: [f.a.id],
      ...about(f.m.subject, f.m.period),
      caveats: [`Source: ${cpi.source}.`, ...cpi.caveatsFor(year, cpi.latestYear)],
    });
  }
  return insights;
}
