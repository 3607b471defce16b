/**
 * A fact as a sentence a journalist can paste: the figure or insight in words, then the
 * release's title, agency and date and a link that scrolls to the passage — as plain
 * text and as HTML (the title a link). Pure; the clipboard is the caller's.
 */
import { textFragmentUrl } from './facts-citation.js';
import type { Fact } from './facts.js';
import { fold } from './fold.js';

export interface CitedCopy {
  text: string;
  html: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What the fact says: an insight's sentence and working, or the quoted sentence a figure stands in. */
function statement(fact: Fact): string {
  const p = fact.pinned;
  if (p?.source === 'insight') return [fold(p.sentence), p.readable ? `Working: ${fold(p.readable)}.` : ''].filter(Boolean).join(' ');
  return `“${fold(p?.sentence || fact.quote.exact)}”`;
}

export function citedCopy(fact: Fact): CitedCopy {
  const c = fact.citation;
  const title = fold(c.title) || 'Untitled release';
  const rest = [c.agency, c.published].filter((x): x is string => Boolean(x)).map(fold);
  const link = textFragmentUrl(fact);
  const said = statement(fact);
  const tail = rest.length ? `, ${rest.join(', ')}` : '';
  return {
    text: `${said} Source: ${title}${tail}. ${link}`,
    html: `<p>${escapeHtml(said)} Source: <a href="${escapeHtml(link)}">${escapeHtml(title)}</a>${escapeHtml(tail)}.</p>`,
  };
}
