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
import { columnContacts, DELEGATED, LOWER_TITLE_BEFORE_NAME, namePatterns, ROLE_REST, ROLE_WORD_ALONE, TITLE, type NamePatterns } from './person-patterns.js';
import { pointsOutside, wordOccurrences } from './spans.js';

type PersonDraft = Extract<AnnotationDraft, { kind: 'person' }>;

const CHINESE_FAMILY_NAMES = new Set(
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Wen Bo Qian Dai Xi Gu Kong Lai Lei Long Mao Qiu Shi Tan Xiong Yan Yin Bai Bo Fan Hou Meng Qin Shao Wan Xia Xue'.split(' '),
);
/** Role words that trail a name but are not part of the role: `..., said`. */
const ROLE_END = /\s(?:said|says|announced|noted|added|today|who|which|and\s(?!Director|Administrator|atmosphere\b)[a-z]).*$|[,.;:]$/;
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
  // Titles, which a speech verb's name may start with: "said Governor Dan McKee" names Dan McKee; "President Biden" names no one in full.
  ...'President Governor Senator Representative Mayor Ambassador Chairman Chairwoman Congressman Congresswoman Councilman Councilwoman Councilmember Supervisor Superintendent Treasurer Comptroller Admiral Undersecretary Professor'.split(' '),
]);

interface Person {
  /** The name in full, with the most words the text gives it. */
  name: string;
  /** Every way the text writes the name in full: "Donald L. Evans", later "Donald Evans". */
  written: Set<string>;
  role?: string;
  surname: string;
}

/** A name without its middle initials or its suffix, which a release drops as often as it gives them. */
function nameKey(name: string, p: NamePatterns): string {
  if (!name.includes('.') && !/\s[JS]r$/.test(name)) return name;
  const tokens = name.replace(/,?\s(?:Jr|Sr)\.?$/, '').split(' ');
  return tokens.filter((t, i) => i === 0 || i === tokens.length - 1 || !p.initial.test(t)).join(' ');
}

function surnameOf(name: string, role: string | undefined): string {
  const tokens = name.replace(/,?\s(?:Jr\.|Sr\.|II|III|IV)$/, '').split(/\s+/);
  const [first, ...rest] = tokens;
  const chineseContext = !role || /Minister|Premier|MOFCOM|China|Chinese|PRC|Ministry/.test(role);
  if (first && rest.length === 1 && CHINESE_FAMILY_NAMES.has(first) && chineseContext) return first;
  const last = tokens[tokens.length - 1] ?? name;
  return tokens[tokens.length - 2] === 'St.' ? `St. ${last}` : last;
}

/**
 * A role's words before an "and" belong to it only if they hold a title or an office's
 * "of" or "for" ("Under Secretary for Industry and Security"); "Locke and Census Bureau
 * Director" is two people's.
 */
function afterOthersAnd(role: string): string {
  const and = role.indexOf(' and ');
  if (and < 0) return role;
  const before = role.slice(0, and);
  return TITLE_WORD_ALONE.test(before) || /\b(?:of|for|on|to)\b/.test(before) ? role : role.slice(and + 5);
}

function cleanRole(role: string): string | undefined {
  const cleaned = afterOthersAnd(
    role
      .replace(/(?<=[A-Za-z]{2})\.\s.*$/, '')
      .replace(ROLE_END, '')
      .replace(/^(?:the|and|by|with|of|to)\s/i, '')
      .replace(/\s(?:and|of|for|the)$/, ''),
  )
    // "U.S. Commerce Secretary Secretary Gary Locke": a word written twice is written once.
    .replace(/\b([A-Z][a-z]+) \1\b/g, '$1')
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
 * (`Industry and Security Daniel Ferraro` → role words `Security`, name `Daniel Ferraro`;
 * `National Economic Council Lawrence Summers` → `Economic Council`, `Lawrence Summers`),
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
    // A line break may split a name, but one whose given name and surname are read ends there ("… Gutierrez\nWashington International …").
    if (m[0].startsWith('\n') && tokens.filter((t) => !p.initial.test(t)).length >= 2) break;
    if (tokens.length === 0 && (ROLE_NOUNS.has(token) || NOT_NAMES.has(token) || /^(?:and|of|for)$/.test(token))) office.push(token);
    else if (tokens.length < 4 && !HEADLINE_VERB.test(token)) tokens.push(token);
    else break;
    position = p.tokenAt.lastIndex;
  }
  const suffix = p.suffixAt.exec(text.slice(position, position + 6));
  return { office: office.join(' '), name: tokens.join(' ') + (suffix ? suffix[0] : '') };
}

/** Where a title word occurs: the role patterns are anchored there, so prose without titles costs nothing. */
const TITLE_WORD = new RegExp(`(?<![A-Za-z])${TITLE}(?![A-Za-z])`, 'g');
const TITLE_WORD_ALONE = new RegExp(TITLE_WORD.source);
/** Capitalized words that open a sentence's clause, never a role's: "According to U.S. Deputy Secretary …". */
const NOT_ROLE_WORD = /^(?:According|Also|Today|Yesterday|When|While|Following|After|Before|Meanwhile|Joining|Joined)$/;

/** The words of a role before its title word (`Under`, `MOFCOM Vice`), read backwards, stopping at `floor`. */
function roleStart(text: string, titleAt: number, floor: number): number {
  const from = Math.max(floor, titleAt - 160);
  const words = [...text.slice(from, titleAt).matchAll(/[^\s—–]+/g)];
  let start = titleAt;
  for (let i = words.length - 1, taken = 0; i >= 0 && taken < 12; i--, taken++) {
    const w = words[i];
    if (!w) break;
    const word = w[0];
    if (!ROLE_WORD_ALONE.test(word) || NOT_ROLE_WORD.test(word) || (word.endsWith('.') && !/^(?:[A-Z]\.)+$/.test(word))) break;
    // Only whitespace may join the role's words: "WASHINGTON—Commerce Secretary" starts at Commerce.
    const gapEnd = start === titleAt ? titleAt - from : (words[i + 1]?.index ?? 0);
    if (!/^[^\S\n]+$/.test(text.slice(from + w.index + word.length, from + gapEnd))) break;
    start = from + w.index;
  }
  return start;
}

const SPACE = /\s/g;
/** "Performing the Delegated Duties of the …" is no words of a role to count. */
const DELEGATED_OFFICE = new RegExp(DELEGATED);

/**
 * Whether `preceding` can end in `Name, ` and the role's first words: after its last comma
 * (role words hold none) come at most five spaces, one after the comma, one after "the"
 * and one after each of three words. Most title words fail this, and are spared the
 * name-before-role pattern, whose compilation alone costs ~3 ms on a page's first call.
 */
function mayEndInNameComma(preceding: string): boolean {
  const comma = preceding.lastIndexOf(',');
  return comma >= 0 && (preceding.slice(comma).replace(DELEGATED_OFFICE, ' ').match(SPACE)?.length ?? 0) <= 5;
}

/** "retired Navy Vice Adm. Conrad C. Lautenbacher, Ph.D., undersecretary of commerce …": the office after the name is the role, not the rank before it. */
function officeOverRank(text: string, nameEnd: number, role: string | undefined, p: NamePatterns): string | undefined {
  if (!role || !/\b(?:Adm|Admiral|Gen|General)\.?$/.test(role)) return role;
  p.roleAfter.lastIndex = nameEnd;
  const office = p.roleAfter.exec(text)?.[1];
  return office ? (cleanRole(office.replace(/(?:\s(?:of|at|for|and|the))+$/, '')) ?? role) : role;
}

const PLURAL_TITLE = /^(?:Senators|Sens\.|Representatives|Reps\.)$/;

/** The names after the first that a plural title or a speaker's thanks goes before, each with its role; returns where they end. */
function addCoordinated(text: string, at: number, role: string | undefined, p: NamePatterns, add: (name: string, role: string | undefined) => void): number {
  let position = at;
  for (;;) {
    p.coordinated.lastIndex = position;
    const m = p.coordinated.exec(text);
    if (!m) return position;
    add(m[1] ?? '', role);
    position = p.coordinated.lastIndex;
  }
}

/** Where each person is first named in full, with the role the text gives. */
export function findPeople(text: string): Person[] {
  const p = namePatterns(text);
  const people = new Map<string, Person>();
  const add = (name: string, role: string | undefined) => {
    if (!plausibleName(name, p)) return;
    const key = nameKey(name, p);
    const known = people.get(key);
    if (known) {
      if (!known.role && role) known.role = role;
      known.written.add(name);
      if (name.length > known.name.length) known.name = name;
      return;
    }
    people.set(key, { name, written: new Set([name]), surname: surnameOf(name, role), ...(role ? { role } : {}) });
  };
  let floor = 0;
  for (const t of text.matchAll(TITLE_WORD)) {
    if (t.index < floor) continue;
    p.titleOn.lastIndex = t.index;
    const m = p.titleOn.exec(text);
    const written = m?.[1] ?? m?.[2] ?? '';
    const found = m ? nameAt(text, t.index + m[0].length - written.length, p) : undefined;
    if (m && found && plausibleName(found.name, p)) {
      const role = text.slice(roleStart(text, t.index, floor), t.index + m[0].length - written.length).trimEnd();
      const cleaned = officeOverRank(text, text.indexOf(found.name, t.index) + found.name.length, cleanRole(found.office ? `${role} ${found.office}` : role), p);
      add(found.name, cleaned);
      floor = t.index + m[0].length;
      if (PLURAL_TITLE.test(t[0])) floor = addCoordinated(text, text.indexOf(found.name, t.index) + found.name.length, cleaned, p, add);
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
  for (const t of text.matchAll(LOWER_TITLE_BEFORE_NAME)) {
    if (text[t.index - 1] === '-') continue;
    p.nameAfterLowerTitle.lastIndex = t.index + t[0].length;
    const m = p.nameAfterLowerTitle.exec(text);
    if (m) add(m[1] ?? '', cleanRole(text.slice(roleStart(text, t.index, 0), t.index + t[0].length - 1)));
  }
  for (const m of text.matchAll(p.honorific)) add(m[1] ?? '', undefined);
  for (const m of text.matchAll(p.thanked)) {
    add(m[1] ?? '', undefined);
    addCoordinated(text, m.index + m[0].length, undefined, p, add);
  }
  for (const m of [...text.matchAll(p.spoken), ...text.matchAll(p.leading)]) add(m[1] ?? '', m[2] ? cleanRole(m[2].replace(/(?:\s(?:of|at|for|and|the))+$/, '')) : undefined);
  for (const m of text.matchAll(p.listed)) if (/\s(?:of|at)\s/.test(m[2] ?? '')) add(m[1] ?? '', cleanRole((m[2] ?? '').replace(/(?:\s(?:of|at|for|and|the))+$/, '')));
  for (const m of text.matchAll(p.legislator)) add(m[1] ?? '', undefined);
  if (text.includes('@')) for (const m of text.matchAll(p.rosterLine)) add(m[1] ?? '', m[2]);
  for (const m of text.matchAll(p.byline)) add(m[1] ?? '', m[2] || m[3] ? cleanRole(m[2] ?? m[3] ?? '') : undefined);
  for (const m of text.matchAll(p.saying)) add(m[1] ?? m[2] ?? '', undefined);
  for (const m of text.matchAll(p.contact)) {
    add(m[1] ?? '', 'contact');
    for (const other of (m[2] ?? '').matchAll(p.more)) add(other[1] ?? '', 'contact');
  }
  for (const m of text.matchAll(p.phoned)) add(m[1] ?? '', 'contact');
  for (const m of text.matchAll(p.headerBlock)) add(m[1] ?? '', 'contact');
  for (const name of columnContacts(text, p)) add(name, 'contact');
  // A header row whose names ran together: each name is a contact, and no run of two of them is a person.
  const rowNames = contactRowNames(text);
  for (const name of rowNames) add(name, 'contact');
  for (const [key, person] of people) if (rowNames.some((n) => n !== person.name && person.name.includes(n))) people.delete(key);
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

/** Where the person is named in full, in any of the ways the text writes it; a shorter form inside a longer one ("Monk Jr" in "Monk Jr.") is the longer. */
function fullSpans(text: string, person: Person, p: NamePatterns): Array<{ start: number; end: number }> {
  if (person.written.size === 1) return nameSpans(text, person.name, p);
  const all = [...person.written].flatMap((name) => nameSpans(text, name, p)).sort((a, b) => a.start - b.start || b.end - a.end);
  return all.filter((s, i) => !all.slice(0, i).some((o) => o.start <= s.start && s.end <= o.end));
}

function occurrences(text: string, needle: string, p: NamePatterns): number[] {
  const found = wordOccurrences(text, needle, (c) => p.letter.test(c));
  // A surname alone must not be the start or end of a longer name.
  return found.filter((at) => {
    // "Gerry.Bell@noaa.gov": a name inside an e-mail address is the address's.
    if (text[at - 1] === '.' || text[at + needle.length] === '@') return false;
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
    const full = fullSpans(text, person, p).map((s) => ({ ...base, text: text.slice(s.start, s.end), ...s }));
    const short = pointsOutside(occurrences(text, person.surname, p), full).map((at) => ({ ...base, text: person.surname, start: at, end: at + person.surname.length }));
    drafts.push(...full, ...short);
  }
  return drafts.sort((a, b) => a.start - b.start);
}
