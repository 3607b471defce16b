/** Text as one line reads it: trimmed, every run of whitespace (line breaks, a page's indentation) one space. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
