/**
 * Markdown for notes apps: a section per release with its citation once, then each fact
 * under a heading — a figure as the sentence it stands in (quoted), its value and what it
 * measures, and the insights that use it; an insight in words with its working and each
 * input quoted and linked — the reader's note and tags, and a link that scrolls to the
 * passage. Page text and notes are escaped so they stay text.
 */
import type { PinnedAnnotation, PinnedInsight } from '../fact-pinned.js';
import { dateOf, textFragmentUrl } from '../facts-citation.js';
import type { Citation, Fact } from '../facts.js';
import { INSIGHT_LABELS } from '../insight-labels.js';
import { groupByRelease } from './group.js';

/** Backslash-escapes what CommonMark would read as markup inside a line. */
export function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<>{}|~!&#]/g, '\\$&');
}

/** Text that must stay on one line (titles, tags, values, table cells), escaped. */
export function oneLine(s: string): string {
  return escapeInline(s.replace(/\s+/g, ' ').trim());
}

/** Escapes a line, and the markers that would make it a list, heading or rule at its start. */
function escapeLine(line: string): string {
  return escapeInline(line).replace(/^(\s*)([-+=]|\d+(?=[.)]))/, (_m, space: string, marker: string) =>
    /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

/** A link destination: no spaces, angle brackets or parentheses left to end it early. */
export function safeUrl(url: string): string {
  return url.replace(/[\s<>()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function blockQuote(text: string): string {
  return lines(text)
    .map((l) => (l.trim() ? `> ${escapeLine(l.trim())}` : '>'))
    .join('\n');
}

/** Several lines kept as lines: a hard break (two spaces) between them. */
function paragraph(label: string, text: string): string {
  return `${label} ${lines(text).map(escapeLine).join('  \n')}`;
}

function link(label: string, url: string): string {
  return `[${label}](${safeUrl(url)})`;
}

/** Where the fact is in the release, and when it was read: the release's citation is given once, above. */
function whereLine(fact: Fact): string {
  const label = fact.pinned?.source === 'insight' ? 'Go to the passage' : 'Go to the quote';
  return `${link(label, textFragmentUrl(fact))} · captured ${dateOf(fact.captured)}`;
}

/** A passage's heading is its first words. */
const HEADING_LENGTH = 80;

function heading(fact: Fact): string {
  const p = fact.pinned;
  if (p?.source === 'insight') return `### ${oneLine(p.display || p.kind)}: ${INSIGHT_LABELS[p.kind]}`;
  const words = oneLine(fact.quote.exact);
  return `### ${words.length > HEADING_LENGTH ? `${words.slice(0, HEADING_LENGTH).replace(/\s+\S*$/, '')}…` : words}`;
}

function figureParts(p: PinnedAnnotation): string[] {
  const data = p.value === null ? p.kind : `${p.kind}, ${typeof p.value === 'number' ? p.value : oneLine(p.value)}${p.unit ? ` ${oneLine(p.unit)}` : ''}`;
  const lines = [`**Figure:** ${oneLine(p.display)} (${data})`];
  if (p.detail) lines.push(`**Detail:** ${oneLine(p.detail)}`);
  const m = p.measure;
  const measured = m && [m.subject, m.period && `period ${m.period}`, m.basePeriod && `from ${m.basePeriod}`, m.role, m.direction].filter(Boolean);
  if (measured && measured.length) lines.push(`**Measures:** ${measured.map((x) => oneLine(String(x))).join(' · ')}`);
  const parts = [lines.join('  \n')];
  const used = p.insights.filter((i) => i.included);
  if (used.length) {
    parts.push('**Insights that use it:**');
    parts.push(used.map((i) => `- ${oneLine(i.sentence)}  \n  ${oneLine(i.readable)}`).join('\n'));
  }
  return parts;
}

function insightParts(p: PinnedInsight): string[] {
  const lines: string[] = [];
  if (p.readable) lines.push(`**Working:** ${oneLine(p.readable)}`);
  if (p.formula) lines.push(`**As data:** ${code(p.formula)}${p.value === null ? '' : ` = ${p.value}${p.unit ? ` ${oneLine(p.unit)}` : ''}`}`);
  const about = [p.subject && `**Subject:** ${oneLine(p.subject)}`, p.period && `**Period:** ${oneLine(p.period)}`].filter(Boolean);
  if (about.length) lines.push(about.join(' · '));
  const parts = [oneLine(p.sentence)];
  if (lines.length) parts.push(lines.join('  \n'));
  if (p.inputs.length) {
    parts.push('**From the release:**');
    parts.push(
      p.inputs
        .map((input, i) => {
          const value = input.display && input.display !== input.quote.exact.trim() ? ` (${oneLine(input.display)})` : '';
          return `${i + 1}. “${oneLine(input.quote.exact)}”${value} in “${oneLine(input.sentence)}” ${link('Go to the quote', input.link)}`;
        })
        .join('\n'),
    );
  }
  return parts;
}

/** Inline code that stays one span: backticks cannot end it early. */
function code(s: string): string {
  return `\`${s.replace(/`/g, "'").replace(/\s+/g, ' ').trim()}\``;
}

function factBlock(fact: Fact): string {
  const p = fact.pinned;
  const body =
    p?.source === 'insight'
      ? insightParts(p)
      : [blockQuote(p?.sentence || fact.quote.exact), ...(p ? figureParts(p) : [])];
  const parts = [
    heading(fact),
    ...body,
    fact.note.trim() ? paragraph('**Note:**', fact.note.trim()) : null,
    fact.tags.length ? `**Tags:** ${fact.tags.map(oneLine).join(', ')}` : null,
    whereLine(fact),
  ];
  return parts.filter((part): part is string => part !== null).join('\n\n');
}

/** The release's citation, once: title, agency, date and address. */
function releaseCitation(c: Citation): string {
  const meta = [c.agency, c.published].filter(Boolean).map((m) => oneLine(m ?? ''));
  return `${meta.length ? `${meta.join(', ')}. ` : ''}<${safeUrl(c.url)}>`;
}

export function toMarkdown(facts: readonly Fact[], now: Date): string {
  const groups = groupByRelease(facts);
  const count = `${facts.length} ${facts.length === 1 ? 'fact' : 'facts'} from ${groups.length} ${groups.length === 1 ? 'release' : 'releases'}`;
  const out = ['# Facts from Release Lens', `Exported ${dateOf(now.toISOString())}: ${count}.`];
  for (const group of groups) {
    out.push(`## ${oneLine(group.citation.title || 'Untitled release')}`, releaseCitation(group.citation));
    for (const fact of group.facts) out.push(factBlock(fact));
  }
  return `${out.join('\n\n')}\n`;
}
