/** Sentence boundaries, so context only relates figures that one sentence relates. */
export interface Sentence {
  start: number;
  end: number;
}

// A period ends a sentence unless it closes an abbreviation such as "U.S.", "Dec." or "St.",
// even with no space after it ("… over 2007.Imports also increased …"). A
// line break ends one too (headlines, list items), unless the next line goes on with a
// lower-case word, a digit, a dollar sign, a margin of error or a figure in parentheses: text wrapped at a
// fixed width ("a deficit of $63.8 billion, $0.5 billion⏎more than the $63.3 billion", "up 0.5 percent⏎(±0.5
// percent)*", "increased $44.6 billion⏎(0.3 percent)"), and a blank line a PDF's text put
// inside a sentence, before a lower-case word ("higher than the rate in the second⏎⏎quarter 2020").
const BOUNDARY = /(?<!\b[A-Z])(?<!\b(?:Dept|Sec|Gov|Mr|Ms|Dr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|St|Mt|Ft|Sen|Rep|Gen|Lt|Col|Capt|Prof))[.!?]["”’)]?(?=\s)|(?<=[a-z\d]{2})\.(?=[A-Z][a-z])|\n(?![ \t]*(?:[a-z\d$]|\(\s*(?:±|\+\/-|[\d$]))|[ \t]*\n[ \t]*[a-z])/g;

/** A line of text wrapped at a fixed width: of a width such releases wrap at, prose rather than a table's columns. */
const WRAPPED_LINE = /^[ \t]*\S(?:(?![ \t]{3})[^\n]){48,108}$/;

/**
 * Whether the line break at `at` only wraps a sentence: both lines are of a wrapping width
 * and the first ends in no stop ("… and disposable personal income⏎(DPI) increased …",
 * "… or 0.9 percent.  In⏎November, personal income …").
 */
function wrapsSentence(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at);
  if (!WRAPPED_LINE.test(line) || /[.!?:;]["”’]?\s*$/.test(line)) return false;
  const nextEnd = text.indexOf('\n', at + 1);
  // A paragraph's short last line ("Analysis.") is wrapped too when the lines before it are.
  const lineBefore = lineStart > 0 ? text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1) : '';
  return WRAPPED_LINE.test(text.slice(at + 1, nextEnd < 0 ? text.length : nextEnd)) || WRAPPED_LINE.test(lineBefore);
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    if (m[0] === '\n' && wrapsSentence(text, m.index)) continue;
    const end = m.index + m[0].length;
    if (end > start) sentences.push({ start, end });
    start = end;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}
