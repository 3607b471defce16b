/**
 * The CLI's output formats. JSON is DESIGN.md's contract (`release-lens/annotations@1`),
 * one object for one file and an array for several; CSV is one row per annotation;
 * Markdown a section per release with a table of its annotations and its insights. CSV
 * and Markdown are written (and page text escaped) by the same code as the facts export.
 */
import { csvText } from '../core/export/csv.js';
import { oneLine } from '../core/export/markdown.js';
import type { Cell } from '../core/export/table.js';
import { kindOf } from '../core/kinds.js';
import { libraryFile } from '../core/library/library-file.js';
import { recordingOf, storedRelease } from '../core/library/record.js';
import type { AnnotationsOutput } from './annotate-file.js';

export const FORMATS = ['json', 'csv', 'md', 'library'] as const;
export type Format = (typeof FORMATS)[number];

export interface FileResult {
  file: string;
  output: AnnotationsOutput;
}

function toCsv(results: readonly FileResult[]): string {
  const rows: Cell[][] = [['file', 'url', 'id', 'kind', 'text', 'start', 'end', 'detail']];
  for (const { file, output } of results) {
    for (const a of output.annotations) rows.push([file, output.url, a.id, a.kind, a.text, a.start, a.end, kindOf(a).cell(a)]);
  }
  return csvText(rows);
}

function toMarkdown(results: readonly FileResult[]): string {
  return results
    .map(({ file, output }) => {
      const { release } = output;
      const lines = [`## ${oneLine(release.title || file)}`, '', `- file: ${oneLine(file)}`, `- url: ${oneLine(output.url)}`];
      if (release.published) lines.push(`- published: ${release.published}`);
      if (release.agency) lines.push(`- agency: ${oneLine(release.agency)}`);
      lines.push(`- a release: ${release.isRelease ? 'yes' : 'no'} (${release.layout})`, '', '| id | kind | text | detail |', '| --- | --- | --- | --- |');
      for (const a of output.annotations) lines.push(`| ${a.id} | ${a.kind} | ${oneLine(a.text)} | ${oneLine(kindOf(a).cell(a))} |`);
      if (output.insights.length) {
        lines.push('', '### Insights', '');
        for (const i of output.insights) lines.push(`- ${oneLine(i.summary)} (${oneLine(i.formula)})`);
      }
      return lines.join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

/** A library file (`release-lens/library@1`) of the pages that are releases, read at `now`, for the library page to import. */
function toLibrary(results: readonly FileResult[], now: Date): string {
  const releases = results
    .filter(({ output }) => output.release.isRelease)
    .map(({ output }) => storedRelease(recordingOf(output.release, output.text, output.annotations, output.insights), now));
  return `${JSON.stringify(libraryFile(releases, now))}\n`;
}

export function render(results: readonly FileResult[], format: Format, now = new Date()): string {
  if (format === 'library') return toLibrary(results, now);
  if (format === 'csv') return toCsv(results);
  if (format === 'md') return toMarkdown(results);
  const json = results.length === 1 && results[0] ? results[0].output : results.map((r) => ({ file: r.file, ...r.output }));
  return `${JSON.stringify(json, null, 2)}\n`;
}
