/**
 * The shipped BLS CPI-U annual averages (src/core/data/cpi-u-annual.json, with its source
 * and caveats). Only the years the table holds are ever used; there is no extrapolation.
 */
import * as z from 'zod';
import table from '../data/cpi-u-annual.json';

const CpiTable = z.object({
  series: z.string(),
  publisher: z.string(),
  authoritative_source: z.string(),
  annual_average: z.record(z.string().regex(/^\d{4}$/), z.number().positive()),
  year_caveats: z.record(z.string().regex(/^\d{4}$/), z.string()),
  general_caveats: z.array(z.string()),
});

export interface Cpi {
  source: string;
  latestYear: number;
  index(year: number): number | undefined;
  caveatsFor(...years: number[]): string[];
}

export function loadCpi(data: unknown = table): Cpi {
  const t = CpiTable.parse(data);
  const years = Object.keys(t.annual_average).map(Number);
  return {
    source: `${t.publisher}: ${t.authoritative_source}`,
    latestYear: Math.max(...years),
    index: (year) => t.annual_average[String(year)],
    caveatsFor: (...ys) => [...new Set(ys)].flatMap((y) => t.year_caveats[String(y)] ?? []).concat(t.general_caveats),
  };
}
