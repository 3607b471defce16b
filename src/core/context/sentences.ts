/** Sentence boundaries, so context only relates figures that one sentence relates. */
export interface Sentence {
  start: number;
  end: number;
}

// A period ends a sentence unless it closes an abbreviation such as "U.S.", "Dec." or "St.". A
// line break ends one too (headlines, list items), unless the next line goes on with a
// lower-case word, a digit, a dollar sign, a margin of error or a figure in parentheses: text wrapped at a
// fixed width ("a deficit of $63.8 billion, $0.5 billion⏎more than the $63.3 billion", "up 0.5 percent⏎(±0.5
// percent)*", "increased $44.6 billion⏎(0.3 percent)").
const BOUNDARY = /(?<!\b[A-Z])(?<!\b(?:Dept|Sec|Gov|Mr|Ms|Dr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|St|Mt|Ft|Sen|Rep|Gen|Lt|Col|Capt|Prof))[.!?]["”’]?(?=\s)|\n(?![ \t]*(?:[a-z\d$]|\(\s*(?:±|\+\/-|[\d$])))/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (end > start) sentences.push({ start, end });
    start = end;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}
