/**
 * The CLI's output formats. JSON is DESIGN.md's contract (`release-lens/annotations@1`),
 * one object for one file and an array for several; CSV is one row per annotation;
 * Markdown a section per release with a table of its annotations and its insights.
 */
import type { Annotation } from '../core/model.js';
import type { AnnotationsOutput } from './annotate-file.js';

export const FORMATS = ['json', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export interface FileResult {
  file: string;
  output: AnnotationsOutput;
}

/** What an annotation says beyond its text: the expansion, value, date or role. */
export function detail(a: Annotation): string {
  switch (a.kind) {
    case 'acronym':
      return a.expansion ? `${a.expansion} (${a.source ?? 'unknown'})` : '';
    case 'person':
      return a.role ?? '';
    case 'organization':
    case 'place':
    case 'document':
      return a.name && a.name !== a.text ? a.name : '';
    case 'money':
      return `${a.value} ${a.currency}`;
    case 'percent':
      return a.points ? `${a.value} percentage points` : `${a.value}%`;
    case 'quantity':
      return `${a.value} ${a.unit}`;
    case 'date':
      return a.iso;
    case 'year':
      return String(a.value);
    case 'phone':
    case 'email':
      return a.value;
  }
}

function csvCell(value: string | number): string {
  const s = String(value);
  // A leading =, +, - or @ would be a formula in a spreadsheet: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function toCsv(results: readonly FileResult[]): string {
  const rows = [['file', 'url', 'id', 'kind', 'text', 'start', 'end', 'detail']];
  for (const { file, output } of results) {
    for (const a of output.annotations) rows.push([file, output.url, a.id, a.kind, a.text, String(a.start), String(a.end), detail(a)]);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

function mdCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function toMarkdown(results: readonly FileResult[]): string {
  return results
    .map(({ file, output }) => {
      const { release } = output;
      const lines = [`## ${mdCell(release.title || file)}`, '', `- file: ${mdCell(file)}`, `- url: ${mdCell(output.url)}`];
      if (release.published) lines.push(`- published: ${release.published}`);
      if (release.agency) lines.push(`- agency: ${mdCell(release.agency)}`);
      lines.push(`- a release: ${release.isRelease ? 'yes' : 'no'} (${release.layout})`, '', '| id | kind | text | detail |', '| --- | --- | --- | --- |');
      for (const a of output.annotations) lines.push(`| ${a.id} | ${a.kind} | ${mdCell(a.text)} | ${mdCell(detail(a))} |`);
      if (output.insights.length) {
        lines.push('', '### Insights', '');
        for (const i of output.insights) lines.push(`- ${mdCell(i.summary)} (${mdCell(i.formula)})`);
      }
      return lines.join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

export function render(results: readonly FileResult[], format: Format): string {
  if (format === 'csv') return toCsv(results);
  if (format === 'md') return toMarkdown(results);
  const json = results.length === 1 && results[0] ? results[0].output : results.map((r) => ({ file: r.file, ...r.output }));
  return `${JSON.stringify(json, null, 2)}\n`;
}
