/**
 * The contacts of a statistical release's header when its columns have run together into
 * one line, as text taken from a PDF reads: "Technical: Sarah Osborne Seth Markowitz (301)
 * 278-9459 … Media: Jeannine Aversa", "EMBARGOED … 2007 David G. Lenze Matthew von Kerczek
 * E-mail inquiries: (202) 606-9292", "CB09-109 Erica Filipek or Stephen Cooper Manufacturing and
 * Construction Division (301) 763-5160", "Clifford Woodruff (GDP) Matthew von Kerczek (Income)
 * Connie O’Connell 301-…". The names are read two words at a time (a given name
 * and a surname, with any initials or "von" between), and only when the whole run divides
 * into names that way; a run that does not is left alone.
 */
import { byLetters, type Letters } from './letters.js';

const PARTICLE = '(?:von|van|de|der|del|da|di|du|la|le)';

const rowPatterns = byLetters(({ upper, lower }: Letters) => {
  const word = `${upper}(?:${lower}+|['’]${upper}${lower}+)(?:-${upper}${lower}+)?`;
  const part = `(?!(?:Division|Branch|Office|Staff)\\b)(?:${word}|${upper}\\.|${PARTICLE})`;
  // "Clifford Woodruff (GDP) Matthew von Kerczek (Income)": a contact's topic after the name.
  const item = `${part}(?:[^\\S\\n]+\\([^()\\n]{1,30}\\))?`;
  return {
    /** After "Technical:" or "Media:" (or both), the embargo line's year, the release's number ("CB09-109") or the number before; up to a telephone number, "E-mail", the next heading or the contacts' division. */
    row: new RegExp(`(?:\\b(?:Technical|Media|Contacts?)[^\\S\\n]*:[^\\S\\n]*(?:(?:Technical|Media)[^\\S\\n]*:[^\\S\\n]*)?|\\bEMBARGOED\\b[^\\n]{0,80}?\\b(?:19|20)\\d\\d[^\\S\\n]+|\\b(?:CB|BEA)[^\\S\\n]?\\d{2}-\\d{2,3}[^\\S\\n]+|\\d{3}[-−.]\\d{4}[^\\S\\n]+(?=${upper}))(${item}(?:[^\\S\\n]+(?:or[^\\S\\n]+|and[^\\S\\n]+)?${item}){1,11})(?=[^\\S\\n]*:?[^\\S\\n]+(?:\\(\\d{3}\\)|\\d{3}[-−.]\\d{3,4}\\b|E-?[Mm]ail\\b|(?:Media|Technical)[^\\S\\n]*:|(?:${word}[^\\S\\n]+(?:and[^\\S\\n]+)?){1,4}(?:Division|Branch|Office|Staff)\\b))`, 'gu'),
    word: new RegExp(`^${word}$`, 'u'),
    initial: new RegExp(`^${upper}\\.$`, 'u'),
    particle: new RegExp(`^${PARTICLE}$`),
  };
});

/** The names of every contact row, in order. */
export function contactRowNames(text: string): string[] {
  if (!/Technical|Media|Contact|EMBARGOED|CB ?\d|BEA ?\d/.test(text)) return [];
  const p = rowPatterns(text);
  return [...text.matchAll(p.row)].flatMap((m) => splitNames((m[1] ?? '').replace(/\([^()]*\)/g, ' ').trim().split(/\s+/).filter((w) => w !== 'or' && w !== 'and'), p) ?? []);
}

/** "Sarah Osborne Seth Markowitz" → two names; undefined unless every word has its place in one. */
function splitNames(words: string[], p: ReturnType<typeof rowPatterns>): string[] | undefined {
  const names: string[] = [];
  let i = 0;
  while (i < words.length) {
    const given = words[i] ?? '';
    if (!p.word.test(given)) return undefined;
    let j = i + 1;
    while (j < words.length && p.initial.test(words[j] ?? '')) j++;
    while (j < words.length && p.particle.test(words[j] ?? '')) j++;
    const surname = words[j];
    if (surname === undefined || !p.word.test(surname)) return undefined;
    names.push(words.slice(i, j + 1).join(' '));
    i = j + 1;
  }
  return names.length > 0 ? names : undefined;
}
