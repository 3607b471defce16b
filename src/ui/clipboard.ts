/**
 * Text onto the clipboard through the clipboard API: plain text alone (a table for a
 * spreadsheet), or a cited sentence as plain text and as HTML, so a rich editor pastes
 * the link and a plain one the address.
 */
import type { CitedCopy } from '../core/facts-copy.js';
import { errorText } from '../core/error-text.js';

export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export async function copyCited({ text, html }: CitedCopy): Promise<void> {
  // A browser without ClipboardItem still gets the words and the link.
  if (typeof ClipboardItem === 'undefined') return copyText(text);
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
  ]);
}

/** Why a copy failed, and what the reader can do about it. */
export function copyProblem(e: unknown): string {
  const why = errorText(e);
  return `Could not copy (${why}). Click the page or panel so it has focus, and try again.`;
}
