/**
 * Custom acronyms to and from files: JSON (`release-lens/acronyms@1`) and CSV
 * (`abbr,expansion,description,url`, RFC 4180 quoting). Every imported row is validated;
 * bad rows are reported by line and the good ones kept. Pure, so tested in Node.
 */
import { csvText } from '../core/export/csv.js';
import { CustomAcronym } from '../storage/acronyms.js';
import { summarizeIssues } from '../storage/versioned.js';
import { errorText } from '../core/error-text.js';

export const ACRONYMS_FORMAT = 'release-lens/acronyms@1';
const COLUMNS = ['abbr', 'expansion', 'description', 'url'] as const;

export interface Imported {
  acronyms: CustomAcronym[];
  errors: string[];
}

export function acronymsToJson(acronyms: readonly CustomAcronym[]): string {
  return `${JSON.stringify({ format: ACRONYMS_FORMAT, acronyms }, null, 2)}\n`;
}

export function acronymsToCsv(acronyms: readonly CustomAcronym[]): string {
  return csvText([COLUMNS, ...acronyms.map((a) => COLUMNS.map((c) => a[c] ?? ''))]);
}

/** RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

function unguard(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function validate(candidate: Record<string, unknown>, where: string, out: Imported): void {
  const cleaned = Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== '' && v !== undefined && v !== null));
  const parsed = CustomAcronym.safeParse(cleaned);
  if (parsed.success) out.acronyms.push(parsed.data);
  else out.errors.push(`${where}: ${summarizeIssues(parsed.error)}`);
}

export function parseAcronymFile(text: string): Imported {
  const out: Imported = { acronyms: [], errors: [] };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      return { acronyms: [], errors: [`not valid JSON: ${errorText(e)}`] };
    }
    const list = Array.isArray(data) ? data : (data as { acronyms?: unknown }).acronyms;
    if (!Array.isArray(list)) return { acronyms: [], errors: ['JSON without an "acronyms" list'] };
    list.forEach((item, i) => validate(typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {}, `item ${i + 1}`, out));
    return out;
  }
  const rows = parseCsv(trimmed);
  const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
  if (!header.includes('abbr') || !header.includes('expansion')) {
    return { acronyms: [], errors: ['CSV needs a header row with at least "abbr" and "expansion"'] };
  }
  rows.slice(1).forEach((cells, i) => {
    const record: Record<string, unknown> = {};
    header.forEach((h, c) => {
      if ((COLUMNS as readonly string[]).includes(h)) record[h] = unguard((cells[c] ?? '').trim());
    });
    validate(record, `line ${i + 2}`, out);
  });
  return out;
}
