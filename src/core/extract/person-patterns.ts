/**
 * The patterns that read people's names and the titles around them, in any script: a
 * title before a name, a role after it, a speech verb, a byline, a press contact.
 */
import { byLetters, type Letters } from './letters.js';

export const TITLE =
  '(?:Secretary|Minister|Premier|Ambassador|Administrator|Director|Commissioner|Chairman|Chairwoman|Chair|President|Senators|Senator|Sens\\.|Sen\\.|Representatives|Representative|Reps\\.|Rep\\.|Governor|Gov\\.|Mayor|Economist|Officer|CEO|COO|CFO|CTO|Counselor|Counsel|Undersecretary|Spokesman|Spokeswoman|Spokesperson|Attorney|Judge|Chancellor|Dean|Professor|Congressman|Congresswoman|Councilman|Councilwoman|Councilmember|Supervisor|Superintendent|Treasurer|Comptroller|Admiral|Adm\\.)';
/** Titles as a role after a name is written: `Jane Roe, president of the Acme Corporation`. */
const LOWER_TITLE =
  'president|undersecretary|chief executive officer|chief executive|chief economist|chief|director|chairman|chairwoman|chair|founder|co-founder|owner|manager|economist|administrator|secretary|commissioner|professor|spokesman|spokeswoman|spokesperson|partner|head|mayor|governor|analyst|principal|dean|officer';
/** Words that may come before a title inside a role: `Acting NOAA Administrator`, `China's Minister of Commerce`. */
const ROLE_WORD = "(?:[A-Z][A-Za-z.'’-]{0,30}|of|for|and|&|the|on|to|in)";
/** A role word between a title and the name it comes before: no full stop but an initialism's ("U.S."), so "… for Export Enforcement. Martin Luther King" is two sentences. */
const ROLE_WORD_BEFORE_NAME = "(?:[A-Z][A-Za-z'’-]{0,30}|(?:[A-Z]\\.){1,3}|of|for|and|the|on|to|in)";
/**
 * Where a title in lower case comes before a capital, as a name would follow it. A plain
 * scan, where a pattern that read the name too would try it at every letter of the text;
 * a word boundary, where a lookbehind would cost twice as much ("vice-president" is
 * checked where it is found).
 */
export const LOWER_TITLE_BEFORE_NAME = /\b(?:owner|(?:co-)?founder|president|chair(?:man|woman)|chief executive officer|(?:executive )?director|(?:general )?manager|spokes(?:man|woman|person)) (?=[A-Z])/g;
/** A header's unit, under the line that names its contacts and over their telephone number. */
export const HEADER_UNIT = /\b(?:Division|Branch|Office|Staff)\b/g;
const PHONE_ON_LINE = /^[^\n]{0,200}?(?:\(\d{3}\)[^\S\n]?|\d{3}[-.])\d{3}[-.]\d{4}(?!\d)/;

/** The contacts named at the end of the line above a header's unit, with a telephone number on the line below it. */
export function columnContacts(text: string, p: NamePatterns): string[] {
  const names: string[] = [];
  for (const unit of text.matchAll(HEADER_UNIT)) {
    const lineStart = text.lastIndexOf('\n', unit.index) + 1;
    const lineEnd = text.indexOf('\n', unit.index);
    if (lineStart === 0 || lineEnd < 0 || !PHONE_ON_LINE.test(text.slice(lineEnd + 1, lineEnd + 240))) continue;
    const above = text.slice(Math.max(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 240), lineStart - 1);
    const m = p.columnNames.exec(above);
    if (m) names.push(...[m[1], m[2]].filter((n): n is string => !!n));
  }
  return names;
}

/** An office held for the time being: `Dana Gartzke, Performing the Delegated Duties of the Assistant Secretary …`. */
export const DELEGATED = '[Pp]erforming\\s(?:the\\s)?(?:[A-Za-z-]+\\s){0,3}?(?:[Dd]uties|[Ff]unctions)\\sof\\s(?:the\\s)?';
const SUFFIX = '(?:,?\\s(?:Jr\\.|Sr\\.|II|III|IV))?';
const HONORIFIC = '(?:Dr|Mr|Ms|Mrs)\\.';
/** `Rita Ross, Ph.D., assistant administrator`: a degree between a name and its role. */
const CREDENTIAL = '(?:,\\s(?:Ph\\.D\\.|M\\.D\\.|J\\.D\\.|Esq\\.))?';
/** The rest of a role after its title word. */
export const ROLE_REST = new RegExp(`${TITLE}(?:\\s${ROLE_WORD}){0,14}`, 'y');
export const ROLE_WORD_ALONE = new RegExp(`^${ROLE_WORD}$`);

/** The patterns that read names, which may be written in any script. */
export const namePatterns = byLetters(({ upper, lower, letter }: Letters) => {
  // "Jordan St. John": a saint's name is a surname's first word.
  const token = `(?:St\\.(?=\\s${upper}${lower})|${upper}${lower}+(?:${upper}${lower}+)?(?:-${upper}${lower}+)?|${upper}['’]${upper}${lower}+|(?:${upper}\\.){1,3})`;
  const name = `${token}(?:\\s${token}){1,3}${SUFFIX}`;
  /** A name on one line: a contact block puts the office on the next. */
  const lineName = `${token}(?:[^\\S\\n]${token}){1,3}${SUFFIX}`;
  // "acting secretary of commerce": a department named in lower case after "of"; "assistant NOAA administrator": an agency's initials before the title.
  const lowerRole = `(?:the\\s|an?\\s)?((?:(?:[a-z][a-z-]*|[A-Z]{2,6})\\s){0,2}(?:${LOWER_TITLE})(?:\\s(?:of|at|for|and|the|[A-Z][\\w.&’'-]*|(?<=\\bof\\s)(?:commerce|state|labor|agriculture|energy|defense|transportation|the\\s+treasury|the\\s+interior)\\b))*)`;
  return {
    /** From a title word on: `Secretary of Commerce Carlos M. Gutierrez`, `Vice Minister Wei Jiangguo`, `Fredon Corporation President, Roger Sustar;` (after a comma, a name a list's punctuation ends). */
    titleOn: new RegExp(`${TITLE}(?:\\s(?:of|for)\\s(?:the\\s)?${ROLE_WORD_BEFORE_NAME}(?:\\s${ROLE_WORD_BEFORE_NAME}){0,6}?)?(?:,\\s(?:${HONORIFIC}\\s)?(${name})(?=[;,.])|\\s(?:${HONORIFIC}\\s)?(${name}))(?!${letter})`, 'uy'),
    /** A name and a comma just before a role: `Karen S. Doyle, ` + `Under Secretary ...`. */
    nameCommaBefore: new RegExp(`(?<!${letter})(?:${HONORIFIC}\\s)?(${name}),\\s(?:the\\s)?((?:${DELEGATED})?(?:${ROLE_WORD}\\s){0,3})$`, 'u'),
    /** A role in lower case right after a name: `…, Ph.D., undersecretary of commerce for oceans and atmosphere`. */
    roleAfter: new RegExp(`${CREDENTIAL},\\s(?:the\\s)?((?:[a-z][a-z-]*\\s){0,2}(?:${LOWER_TITLE})\\b[^.,;:“”"\\n]{0,120})`, 'uy'),
    /** Honorifics: `Dr. Elena Marsh`. */
    honorific: new RegExp(`${HONORIFIC}\\s(${name})(?!${letter})`, 'gu'),
    /** A name a speech verb introduces, with or without a role in lower case after it: `said Jane Roe, president of the Acme Corporation`, `said Jane Roe.` */
    spoken: new RegExp(`\\b(?:said|says|according\\s+to|featured|including)\\s(?:${HONORIFIC}\\s)?(${name})(?:${CREDENTIAL},\\s${lowerRole}|(?=[.;,]))`, 'gu'),
    /** A name that opens its sentence, with such a role after it: `Mary Major, director of the Census Bureau, said …`. */
    leading: new RegExp(`(?:^|[.!?”"]\\s|\\n)\\s*(?:${HONORIFIC}\\s)?(${name})${CREDENTIAL},\\s${lowerRole}`, 'gu'),
    /** A name a quotation's speech verb follows, or one that opens its sentence with its body or a relative clause before the verb: `…,” Olga Orr said`, `Paul Pratt of the Port Authority said`, `Quinn Quill, who leads the group, said`. */
    saying: new RegExp(`(?:[,.!?][”"]\\s+(${name})|(?:^|[.!?”"]\\s|\\n)\\s*(${name})(?:,\\s(?:who|whose)\\s[^.;:]{1,120}?,|\\s(?:of|from|at)\\s(?:the\\s)?${upper}[^.;:,]{0,80}?,?))\\s(?:said|says|added|noted|explained|stated|commented)\\b`, 'gu'),
    /** A name in a list, with a role of a named body after it: `…, and Mary-Kate Smith-Jones, president of Foo Inc.`. */
    listed: new RegExp(`(?:,\\s(?:and\\s)?|\\sand\\s|:\\s)(?:${HONORIFIC}\\s)?(${name}),\\s${lowerRole}`, 'gu'),
    /** A byline: `By John Ward, a writer in the International Trade Administration’s Office of Public Affairs.`, `By Paul Fucito : Office of the Chief Communications Officer`. */
    byline: new RegExp(`(?:^|\\n)[^\\S\\n]*By[^\\S\\n]+(${lineName})(?:,[^\\S\\n](?:an?[^\\S\\n])?([a-z][^.\\n]{2,100})|[^\\S\\n]*:[^\\S\\n]*(${upper}[^.\\n]{2,100}))?(?=[,.\\n]|$)`, 'gu'),
    /** A legislator's party and state after the name: `Maria Cantwell (D-Wash.)`. */
    legislator: new RegExp(`(?<!${letter})(${name})\\s\\((?:D|R|I)[-–]\\s?${upper}[A-Za-z.]{1,12}\\.?\\)`, 'gu'),
    /** Press contacts, one or more: `Contact: Ruth Adler`, `CONTACT - Richard Mills/Dan Nelso`, a "Contact" heading over a name. */
    contact: new RegExp(`(?<!${letter})(?:[Cc]ontacts?|CONTACTS?)(?:\\s*[:–—-]\\s*|\\s*\\n\\s*)(${lineName})((?:[^\\S\\n]?(?:/|,|and|&)[^\\S\\n]?${lineName})*)(?!${letter})`, 'gu'),
    /** A name with a telephone number after it, as a release's header lists its contacts: `James Rankin: (202) 606-5301`, `Rebecca DeNale (Data Products): (301) 763-2713`, a table's `| James Rankin | (301) 278-9087 |`. */
    phoned: new RegExp(`(?<!${letter})(${lineName})[^\\S\\n]*(?:\\([^()\\n]{1,60}\\)[^\\S\\n]*)?[:,|]?[^\\S\\n]*(?:\\(\\d{3}\\)[^\\S\\n]?|\\d{3}[-.])\\d{3}[-.]\\d{4}(?!\\d)`, 'gu'),
    /**
     * A header's contact block: a name alone on its line (or beside the release's number,
     * `Rebecca DeNale        CB16-78`), the office on the next line or two, then a telephone number.
     */
    headerBlock: new RegExp(`(?:^|\\n)[^\\S\\n]*(${lineName})(?:[^\\S\\n]{2,}[A-Z]{1,5}[-\\s]?\\d{2,4}-\\d{1,4})?[^\\S\\n]*\\n(?:[^\\S\\n]*${upper}[^\\n]{0,60}\\n){1,2}[^\\S\\n]*(?:\\(\\d{3}\\)[^\\S\\n]?|\\d{3}[-.])\\d{3}[-.]\\d{4}(?!\\d)`, 'gu'),
    /** A title in lower case before a name: `Mega Industries owner Peter Anania`, `company president Jane Roe`; read where `LOWER_TITLE_BEFORE_NAME` finds one. */
    nameAfterLowerTitle: new RegExp(`(?:${HONORIFIC}\\s)?(${name})(?!${letter})`, 'uy'),
    /** A speaker's thanks: `Thank you, John Castellani, for …`, `I’d like to thank Steve Lamar and …`, `Thanks also to Ramiro Cavazos, …`. */
    thanked: new RegExp(`(?:\\b[Tt]hank\\syou,?|\\bthank|\\b[Tt]hanks\\salso\\sto)\\s(?:${HONORIFIC}\\s)?(${name})(?!${letter})`, 'gu'),
    /** A roster's line: `Dr. Gerald Bell, Meteorologist; Gerry.Bell@noaa.gov`. */
    rosterLine: new RegExp(`(?:^|\\n)[^\\S\\n]*(?:${HONORIFIC}[^\\S\\n])?(${lineName}),[^\\S\\n]+(${upper}${lower}+(?:[^\\S\\n]+${letter}+){0,4})[^\\S\\n]*[;,][^\\S\\n]*[\\w.+-]+@[\\w-]+\\.[\\w.]+`, 'gu'),
    /** The next of names a plural title goes before: `Reps. Suzanne Kosmas and Alan Grayson`. */
    coordinated: new RegExp(`(?:,\\s(?:and\\s)?|\\sand\\s)(${name})(?!${letter})`, 'uy'),
    /** The names that end the line above a header's division: `…Office of Public Affairs      Raemeka Mayo or Stephen Cooper`. */
    columnNames: new RegExp(`(?:^|[^\\S\\n]{3})(${lineName})(?:[^\\S\\n]+(?:or|and)[^\\S\\n]+(${lineName}))?[^\\S\\n]*$`, 'u'),
    more: new RegExp(`(?:/|,|and|&)[^\\S\\n]?(${lineName})`, 'gu'),
    tokenAt: new RegExp(`\\s?(${token})(?!${letter})`, 'uy'),
    suffixAt: new RegExp(`^,?\\s(?:Jr\\.|Sr\\.|II|III|IV)(?!${letter})`, 'u'),
    initial: new RegExp(`^${upper}\\.$`, 'u'),
    letter: new RegExp(letter, 'u'),
    wordBefore: new RegExp(`${upper}${letter}*\\s$`, 'u'),
    wordAfter: new RegExp(`^\\s${upper}${lower}`, 'u'),
  };
});
export type NamePatterns = ReturnType<typeof namePatterns>;
