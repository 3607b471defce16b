/**
 * People, with their titles as the text gives them: `Secretary of Commerce Carlos M.
 * Gutierrez` (title before the name), `Karen S. Doyle, Under Secretary of Commerce for
 * ...` (title after it), `Contact: Ruth Adler`, `Dr. Elena Marsh`. Later mentions by
 * surname (`said Gutierrez`, `Under Secretary Mancuso`) are the same person, with the
 * same role; a Chinese name is written family name first (`Vice Minister Wei Jiangguo`,
 * later `Wei`).
 */
import type { AnnotationDraft } from '../model.js';
import { contactRowNames } from './contact-rows.js';
import { HEADLINE_VERB } from './headline-words.js';
import { byLetters, type Letters } from './letters.js';
import { pointsOutside, wordOccurrences } from './spans.js';

type PersonDraft = Extract<AnnotationDraft, { kind: 'person' }>;

const TITLE =
  '(?:Secretary|Minister|Premier|Ambassador|Administrator|Director|Commissioner|Chairman|Chairwoman|Chair|President|Senator|Sen\\.|Representative|Rep\\.|Governor|Gov\\.|Mayor|Economist|Officer|CEO|Counselor|Counsel|Undersecretary|Spokesman|Spokeswoman|Spokesperson|Attorney|Judge|Chancellor|Dean|Professor|Congressman|Congresswoman|Councilman|Councilwoman|Councilmember|Supervisor|Superintendent|Treasurer|Comptroller|Admiral|Adm\\.)';
/** Titles as a role after a name is written: `Jane Roe, president of the Acme Corporation`. */
const LOWER_TITLE =
  'president|chief executive officer|chief executive|chief economist|chief|director|chairman|chairwoman|chair|founder|co-founder|owner|manager|economist|administrator|secretary|commissioner|professor|spokesman|spokeswoman|spokesperson|partner|head|mayor|governor|analyst|principal|dean|officer';
/** Words that may come before a title inside a role: `Acting NOAA Administrator`, `China's Minister of Commerce`. */
const ROLE_WORD = "(?:[A-Z][A-Za-z.'’-]{0,30}|of|for|and|&|the|on|to|in)";
/** A role word between a title and the name it comes before: no full stop but an initialism's ("U.S."), so "… for Export Enforcement. Martin Luther King" is two sentences. */
const ROLE_WORD_BEFORE_NAME = "(?:[A-Z][A-Za-z'’-]{0,30}|(?:[A-Z]\\.){1,3}|of|for|and|the|on|to|in)";
const SUFFIX = '(?:,?\\s(?:Jr\\.|Sr\\.|II|III|IV))?';
const HONORIFIC = '(?:Dr|Mr|Ms|Mrs)\\.';
/** `Rita Ross, Ph.D., assistant administrator`: a degree between a name and its role. */
const CREDENTIAL = '(?:,\\s(?:Ph\\.D\\.|M\\.D\\.|J\\.D\\.|Esq\\.))?';
/** The rest of a role after its title word. */
const ROLE_REST = new RegExp(`${TITLE}(?:\\s${ROLE_WORD}){0,14}`, 'y');
const ROLE_WORD_ALONE = new RegExp(`^${ROLE_WORD}$`);

/** The patterns that read names, which may be written in any script. */
const namePatterns = byLetters(({ upper, lower, letter }: Letters) => {
  const token = `(?:${upper}${lower}+(?:${upper}${lower}+)?(?:-${upper}${lower}+)?|${upper}['’]${upper}${lower}+|(?:${upper}\\.){1,3})`;
  const name = `${token}(?:\\s${token}){1,3}${SUFFIX}`;
  /** A name on one line: a contact block puts the office on the next. */
  const lineName = `${token}(?:[^\\S\\n]${token}){1,3}${SUFFIX}`;
  // "acting secretary of commerce": a department named in lower case after "of".
  const lowerRole = `(?:the\\s|an?\\s)?((?:[a-z][a-z-]*\\s){0,2}(?:${LOWER_TITLE})(?:\\s(?:of|at|for|and|the|[A-Z][\\w.&’'-]*|(?<=\\bof\\s)(?:commerce|state|labor|agriculture|energy|defense|transportation|the\\s+treasury|the\\s+interior)\\b))*)`;
  return {
    /** From a title word on: `Secretary of Commerce Carlos M. Gutierrez`, `Vice Minister Wei Jiangguo`. */
    titleOn: new RegExp(`${TITLE}(?:\\s(?:of|for)\\s(?:the\\s)?${ROLE_WORD_BEFORE_NAME}(?:\\s${ROLE_WORD_BEFORE_NAME}){0,6}?)?\\s(?:${HONORIFIC}\\s)?(${name})(?!${letter})`, 'uy'),
    /** A name and a comma just before a role: `Karen S. Doyle, ` + `Under Secretary ...`. */
    nameCommaBefore: new RegExp(`(?<!${letter})(?:${HONORIFIC}\\s)?(${name}),\\s(?:the\\s)?((?:${ROLE_WORD}\\s){0,3})$`, 'u'),
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
    /** A byline: `By John Ward, a writer in the International Trade Administration’s Office of Public Affairs.` */
    byline: new RegExp(`(?:^|\\n)[^\\S\\n]*By[^\\S\\n]+(${lineName})(?:,[^\\S\\n](?:an?[^\\S\\n])?([a-z][^.\\n]{2,100}))?(?=[,.\\n]|$)`, 'gu'),
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
    more: new RegExp(`(?:/|,|and|&)[^\\S\\n]?(${lineName})`, 'gu'),
    tokenAt: new RegExp(`\\s?(${token})(?!${letter})`, 'uy'),
    suffixAt: new RegExp(`^,?\\s(?:Jr\\.|Sr\\.|II|III|IV)(?!${letter})`, 'u'),
    initial: new RegExp(`^${upper}\\.$`, 'u'),
    letter: new RegExp(letter, 'u'),
    wordBefore: new RegExp(`${upper}${letter}*\\s$`, 'u'),
    wordAfter: new RegExp(`^\\s${upper}${lower}`, 'u'),
  };
});
type NamePatterns = ReturnType<typeof namePatterns>;

const CHINESE_FAMILY_NAMES = new Set(
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Wen Bo Qian Dai Xi Gu Kong Lai Lei Long Mao Qiu Shi Tan Xiong Yan Yin Bai Bo Fan Hou Meng Qin Shao Wan Xia Xue'.split(' '),
);
/** Role words that trail a name but are not part of the role: `..., said`. */
const ROLE_END = /\s(?:said|says|announced|noted|added|today|who|which|and\s(?!Director|Administrator)[a-z]).*$|[,.;:]$/;
/** Words of titles and offices, never of a name: `Under Secretary for Industry and Security Daniel Ferraro`. */
const ROLE_NOUNS = new Set(
  'Security Enforcement Administration Trade Development Information Property Commerce Affairs Industry Economic Export Import International Communications Oceans Atmosphere Technology Standards Policy Analysis Intellectual Division Office Bureau Department Agency Service Services Center Program Programs Indicators Census Public Relations Operations Management Budget Legislative Intergovernmental Congressional Compliance Strategic Planning Manufacturing Innovation Global Markets Minority Business National Marine Fisheries Weather Research Telecommunications Patents Trademarks Director Administrator Secretary Minister Commissioner Deputy Acting Assistant Under Chief Senior Special Counsel General Affairs Team Staff Unit Desk Group'.split(' '),
);
const NOT_NAMES = new Set([
  // "In May, Secretary Pritzker launched …": a sentence's opening time is no name before a title.
  ...['In', 'On', 'During', 'Since', 'By', 'Last', 'Next', 'Early', 'Late', 'Earlier', 'Later'],
  ...['The', 'This', 'These', 'That', 'Under', 'For', 'Today', 'Commerce', 'Department', 'Secretary', 'Office', 'Bureau', 'United', 'States', 'China', 'Vice', 'Minister'],
  // Nouns of title-case headlines, never a person's: "Administrator Grant Funding Opportunity Opens".
  ...'Funding Fund Funds Opportunity Opportunities Competition Challenge Prize Winners Applications Application Grants Awards Initiative Report Data Summit Forum Week Plan Rule Council Board Committee Commission Institute Partnership Network Alliance Project Projects Hub Hubs Named'.split(' '),
  // Head words of a company's name: "President of the Acme Widget Company" names no person "Widget Company".
  ...'Company Corporation Corp. Inc. LLC Ltd. Association Foundation University Bank Group Industries Technologies Holdings Enterprises'.split(' '),
  // Units of an agency a header lists beside a telephone number: "Retail Indicator Branch: 301-763-2713".
  ...'Branch Division Section Staff Desk Unit Team'.split(' '),
]);

interface Person {
  name: string;
  role?: string;
  surname: string;
}

function surnameOf(name: string, role: string | undefined): string {
  const tokens = name.replace(/,?\s(?:Jr\.|Sr\.|II|III|IV)$/, '').split(/\s+/);
  const [first, ...rest] = tokens;
  const chineseContext = !role || /Minister|Premier|MOFCOM|China|Chinese|PRC|Ministry/.test(role);
  if (first && rest.length === 1 && CHINESE_FAMILY_NAMES.has(first) && chineseContext) return first;
  return tokens[tokens.length - 1] ?? name;
}

function cleanRole(role: string): string | undefined {
  const cleaned = role
    .replace(/(?<=[A-Za-z]{2})\.\s.*$/, '')
    .replace(ROLE_END, '')
    .replace(/^(?:the|and|by|with|of)\s/i, '')
    .trim();
  return cleaned.length >= 3 ? cleaned : undefined;
}

function plausibleName(name: string, p: NamePatterns): boolean {
  const tokens = name.split(/\s+/);
  const bad = (t: string) => NOT_NAMES.has(t) || ROLE_NOUNS.has(t) || HEADLINE_VERB.test(t);
  // "S.N. Menon": a run of initials stands for the given names.
  const named = tokens.filter((t) => !p.initial.test(t)).length;
  return !tokens.some(bad) && (named >= 2 || (named === 1 && tokens.length >= 2 && /^(?:\S\.){2,}$/.test(tokens[0] ?? '')));
}

/**
 * The name that starts at `at`, after any office words the pattern took for a name
 * (`Industry and Security Daniel Ferraro` → role words `Security`, name `Daniel Ferraro`),
 * up to four tokens and a suffix. Returns the office words too.
 */
function nameAt(text: string, at: number, p: NamePatterns): { office: string; name: string } {
  const office: string[] = [];
  const tokens: string[] = [];
  let position = at;
  for (;;) {
    p.tokenAt.lastIndex = position;
    const m = p.tokenAt.exec(text);
    if (!m) break;
    const token = m[1] ?? '';
    if (tokens.length === 0 && (ROLE_NOUNS.has(token) || /^(?:and|of|for)$/.test(token))) office.push(token);
    else if (tokens.length < 4 && !HEADLINE_VERB.test(token)) tokens.push(token);
    else break;
    position = p.tokenAt.lastIndex;
  }
  const suffix = p.suffixAt.exec(text.slice(position, position + 6));
  return { office: office.join(' '), name: tokens.join(' ') + (suffix ? suffix[0] : '') };
}

/** Where a title word occurs: the role patterns are anchored there, so prose without titles costs nothing. */
const TITLE_WORD = new RegExp(`(?<![A-Za-z])${TITLE}(?![A-Za-z])`, 'g');

/** The words of a role before its title word (`Under`, `MOFCOM Vice`), read backwards, stopping at `floor`. */
function roleStart(text: string, titleAt: number, floor: number): number {
  const from = Math.max(floor, titleAt - 160);
  const words = [...text.slice(from, titleAt).matchAll(/[^\s—–]+/g)];
  let start = titleAt;
  for (let i = words.length - 1, taken = 0; i >= 0 && taken < 12; i--, taken++) {
    const w = words[i];
    if (!w) break;
    const word = w[0];
    if (!ROLE_WORD_ALONE.test(word) || (word.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(word))) break;
    // Only whitespace may join the role's words: "WASHINGTON—Commerce Secretary" starts at Commerce.
    const gapEnd = start === titleAt ? titleAt - from : (words[i + 1]?.index ?? 0);
    if (!/^[^\S\n]+$/.test(text.slice(from + w.index + word.length, from + gapEnd))) break;
    start = from + w.index;
  }
  return start;
}

const SPACE = /\s/g;

/**
 * Whether `preceding` can end in `Name, ` and the role's first words: after its last comma
 * (role words hold none) come at most five spaces, one after the comma, one after "the"
 * and one after each of three words. Most title words fail this, and are spared the
 * name-before-role pattern, whose compilation alone costs ~3 ms on a page's first call.
 */
function mayEndInNameComma(preceding: string): boolean {
  const comma = preceding.lastIndexOf(',');
  return comma >= 0 && (preceding.slice(comma).match(SPACE)?.length ?? 0) <= 5;
}

/** Where each person is first named in full, with the role the text gives. */
export function findPeople(text: string): Person[] {
  const p = namePatterns(text);
  const people = new Map<string, Person>();
  const add = (name: string, role: string | undefined) => {
    if (!plausibleName(name, p)) return;
    const known = people.get(name);
    if (known) {
      if (!known.role && role) known.role = role;
      return;
    }
    people.set(name, { name, surname: surnameOf(name, role), ...(role ? { role } : {}) });
  };
  let floor = 0;
  for (const t of text.matchAll(TITLE_WORD)) {
    if (t.index < floor) continue;
    p.titleOn.lastIndex = t.index;
    const m = p.titleOn.exec(text);
    const found = m ? nameAt(text, t.index + m[0].length - (m[1] ?? '').length, p) : undefined;
    if (m && found && plausibleName(found.name, p)) {
      const role = text.slice(roleStart(text, t.index, floor), t.index + m[0].length - (m[1] ?? '').length).trimEnd();
      add(found.name, cleanRole(found.office ? `${role} ${found.office}` : role));
      floor = t.index + m[0].length;
      continue;
    }
    const preceding = text.slice(Math.max(floor, t.index - 120), t.index);
    const before = mayEndInNameComma(preceding) ? p.nameCommaBefore.exec(preceding) : null;
    if (before) {
      ROLE_REST.lastIndex = t.index;
      const rest = ROLE_REST.exec(text)?.[0] ?? '';
      add(before[1] ?? '', cleanRole(`${before[2] ?? ''}${rest}`));
    }
  }
  for (const m of text.matchAll(p.honorific)) add(m[1] ?? '', undefined);
  for (const m of [...text.matchAll(p.spoken), ...text.matchAll(p.leading)]) add(m[1] ?? '', m[2] ? cleanRole(m[2].replace(/(?:\s(?:of|at|for|and|the))+$/, '')) : undefined);
  for (const m of text.matchAll(p.listed)) if (/\s(?:of|at)\s/.test(m[2] ?? '')) add(m[1] ?? '', cleanRole((m[2] ?? '').replace(/(?:\s(?:of|at|for|and|the))+$/, '')));
  for (const m of text.matchAll(p.legislator)) add(m[1] ?? '', undefined);
  for (const m of text.matchAll(p.byline)) add(m[1] ?? '', m[2] ? cleanRole(m[2]) : undefined);
  for (const m of text.matchAll(p.saying)) add(m[1] ?? m[2] ?? '', undefined);
  for (const m of text.matchAll(p.contact)) {
    add(m[1] ?? '', 'contact');
    for (const other of (m[2] ?? '').matchAll(p.more)) add(other[1] ?? '', 'contact');
  }
  for (const m of text.matchAll(p.phoned)) add(m[1] ?? '', 'contact');
  for (const m of text.matchAll(p.headerBlock)) add(m[1] ?? '', 'contact');
  // A header row whose names ran together: each name is a contact, and no run of two of them is a person.
  const rowNames = contactRowNames(text);
  for (const name of rowNames) add(name, 'contact');
  for (const name of people.keys()) if (rowNames.some((n) => n !== name && name.includes(n))) people.delete(name);
  return [...people.values()];
}

/** Where a full name is written, its words apart by any white space: a name may be broken across a line. */
function nameSpans(text: string, name: string, p: NamePatterns): Array<{ start: number; end: number }> {
  const spans = wordOccurrences(text, name, (c) => p.letter.test(c)).map((at) => ({ start: at, end: at + name.length }));
  if (!name.includes(' ') || !/[^\S ]/.test(text)) return spans;
  const words = name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const broken = new RegExp(`(?<!${p.letter.source})${words.join('\\s+')}(?!${p.letter.source})`, 'gu');
  const found = new Set(spans.map((s) => s.start));
  for (const m of text.matchAll(broken)) if (!found.has(m.index) && /[^\S ]/.test(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans.sort((a, b) => a.start - b.start);
}

function occurrences(text: string, needle: string, p: NamePatterns): number[] {
  const found = wordOccurrences(text, needle, (c) => p.letter.test(c));
  // A surname alone must not be the start or end of a longer name.
  return found.filter((at) => {
    const before = text.slice(Math.max(0, at - 20), at);
    if (p.wordBefore.test(before) && !/(?:Secretary|Minister|Premier|Administrator|Director|Ambassador|Dr\.|Mr\.|Ms\.|Mrs\.|Commissioner|said)\s$/.test(before)) return false;
    return !p.wordAfter.test(text.slice(at + needle.length, at + needle.length + 3));
  });
}

/** Every mention of every person: the full name and the surname alone. */
export function findPersonMentions(text: string): AnnotationDraft[] {
  const drafts: PersonDraft[] = [];
  const p = namePatterns(text);
  for (const person of findPeople(text)) {
    const base = { kind: 'person', name: person.name, ...(person.role ? { role: person.role } : {}) } as const;
    const full = nameSpans(text, person.name, p).map((s) => ({ ...base, text: text.slice(s.start, s.end), ...s }));
    const short = pointsOutside(occurrences(text, person.surname, p), full).map((at) => ({ ...base, text: person.surname, start: at, end: at + person.surname.length }));
    drafts.push(...full, ...short);
  }
  return drafts.sort((a, b) => a.start - b.start);
}
