/** Release fixtures as the library gets them: annotated by the same pipeline, handed over as recordings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateHtml } from '../../src/cli/annotate-file.js';
import { recordingOf, type Recording } from '../../src/core/library/record.js';
import { FIXTURES, FOUNDING_NAME } from './founding.js';

export const NOW = new Date('2026-12-01T12:00:00Z');

export function fixtureRecording(name: string, url?: string): Recording {
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as { url: string };
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const out = annotateHtml(html, { url: url ?? expected.url, anyPage: false, now: NOW });
  return recordingOf(out.release, out.text, out.annotations, out.insights);
}

export const foundingRecording = (url?: string): Recording => fixtureRecording(FOUNDING_NAME, url);

export const TRADE_STATEMENT_NAMES = ['2015-09', '2016-02', '2016-03', '2016-05'].map((m) => `commerce-2014-2017-trade-statement-${m}`);
