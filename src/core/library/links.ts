/**
 * Links back into a release: its address with a text fragment that scrolls the browser
 * to a sentence, and the sentence an offset falls in.
 */
import { splitSentences } from '../context/sentences.js';
import { linkToQuote } from '../facts-citation.js';

const CONTEXT_CHARS = 40;

/** The address that opens the release scrolled to `text[start, end)`. */
export function passageLink(url: string, text: string, start: number, end: number): string {
  return linkToQuote(url, {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
  });
}

/** The sentence around an offset, without the spaces or line break at its ends. */
export function sentenceAt(text: string, offset: number): { start: number; end: number } {
  const sentence = splitSentences(text).find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: text.length };
  const raw = text.slice(sentence.start, sentence.end);
  return { start: sentence.start + (raw.length - raw.trimStart().length), end: sentence.end - (raw.length - raw.trimEnd().length) };
}
