/**
 * Markdown for notes apps: a section per release, each fact a block quote with the
 * reader's note and tags, what Release Lens found there, and a citation with a link
 * that scrolls to the quote. Page text and notes are escaped so they stay text.
 */
import { dateOf, textFragmentUrl } from '../facts-citation.js';
import type { Citation, Fact } from '../facts.js';
import { groupByRelease } from './group.js';

/** Backslash-escapes what CommonMark would read as markup inside a line. */
export function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<>{}|~!&#]/g, '\\$&');
}

/** Text that must stay on one line (titles, tags, values), escaped. */
function oneLine(s: string): string {
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

function citationLine(c: Citation, fact: Fact): string {
  const parts = [`*${oneLine(c.title || 'Untitled release')}*`, c.agency && oneLine(c.agency), c.published && oneLine(c.published)];
  return `— ${parts.filter(Boolean).join(', ')}. <${safeUrl(c.url)}>, captured ${dateOf(fact.captured)}. [Go to the quote](${safeUrl(textFragmentUrl(fact))})`;
}

function found(fact: Fact): string | null {
  const p = fact.pinned;
  if (!p) return null;
  const value = p.value === null ? '' : ` ${typeof p.value === 'number' ? p.value : oneLine(p.value)}${p.unit ? ` ${oneLine(p.unit)}` : ''}`;
  const detail = p.detail ? ` (${oneLine(p.detail)})` : '';
  const formula = p.formula ? ` = \`${p.formula.replace(/`/g, "'").replace(/\s+/g, ' ')}\`` : '';
  return `Release Lens: ${p.kind}${value}${detail}${formula}`;
}

function factBlock(fact: Fact): string {
  const parts = [
    blockQuote(fact.quote.exact),
    fact.note.trim() ? paragraph('**Note:**', fact.note.trim()) : null,
    fact.tags.length ? `**Tags:** ${fact.tags.map(oneLine).join(', ')}` : null,
    found(fact),
    citationLine(fact.citation, fact),
  ];
  return parts.filter((p): p is string => p !== null).join('\n\n');
}

export function toMarkdown(facts: readonly Fact[], now: Date): string {
  const out = [`# Facts from Release Lens`, `Exported ${dateOf(now.toISOString())}: ${facts.length} ${facts.length === 1 ? 'fact' : 'facts'}.`];
  for (const group of groupByRelease(facts)) {
    const c = group.citation;
    out.push(`## [${oneLine(c.title || 'Untitled release')}](${safeUrl(c.url)})`);
    const meta = [c.agency, c.published].filter(Boolean).map((m) => oneLine(m ?? ''));
    if (meta.length) out.push(meta.join(' · '));
    for (const fact of group.facts) out.push(factBlock(fact));
  }
  return `${out.join('\n\n')}\n`;
}
