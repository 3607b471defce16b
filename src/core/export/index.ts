/** The export formats, each with what a download needs: its media type and file extension. */
import type { Fact } from '../facts.js';
import { toCsv } from './csv.js';
import { toJson } from './json.js';
import { toMarkdown } from './markdown.js';
import { toTsv } from './tsv.js';
import { toWebAnnotation } from './web-annotation.js';

export const EXPORT_FORMATS = ['json', 'csv', 'markdown', 'jsonld', 'tsv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface FormatInfo {
  label: string;
  mime: string;
  extension: string;
  render(facts: readonly Fact[], now: Date): string;
}

export const FORMATS: Record<ExportFormat, FormatInfo> = {
  json: { label: 'JSON', mime: 'application/json', extension: 'json', render: toJson },
  csv: { label: 'CSV', mime: 'text/csv;charset=utf-8', extension: 'csv', render: (facts) => toCsv(facts) },
  markdown: { label: 'Markdown', mime: 'text/markdown;charset=utf-8', extension: 'md', render: toMarkdown },
  jsonld: { label: 'Web Annotation (JSON-LD)', mime: 'application/ld+json', extension: 'jsonld', render: toWebAnnotation },
  tsv: { label: 'Tab-separated', mime: 'text/tab-separated-values;charset=utf-8', extension: 'tsv', render: (facts) => toTsv(facts) },
};

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `release-lens-facts-<release or all-releases>-<date>.<ext>`: safe on every file system. */
export function exportFileName(format: ExportFormat, scope: { title: string } | 'all', now: Date): string {
  const what = scope === 'all' ? 'all-releases' : slug(scope.title) || 'release';
  return `release-lens-facts-${what}-${now.toISOString().slice(0, 10)}.${FORMATS[format].extension}`;
}
