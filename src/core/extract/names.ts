/**
 * Organizations, places and named documents, found in runs of capitalized words: a run
 * with an organization's head word (`Department of Commerce`, `Census Bureau`, `Acme
 * Widget Company`) is an organization, one ending in a document's head word (`Export
 * Administration Regulations`, `CHIPS and Science Act of 2022`) a document, and a run
 * that is a known place (`Beijing`, `BEIJING, CHINA`, `United Arab Emirates`) a place.
 * `Section 232` and `Executive Order 13222` are documents too. One linear scan: the run
 * pattern has bounded repetition, and each run is read word by word.
 */
import type { AnnotationDraft } from '../model.js';
import { HEADLINE_VERB } from './headline-words.js';
import { LONGEST_PLACE_WORDS, PLACES } from './gazetteer.js';
import { byLetters } from './letters.js';
import { MONTHS, MONTH_ABBREVIATIONS } from '../dates.js';

// Latin letters of every language ("Türkiye", "Škoda", "Łódź", "Nguyễn"), as ranges: a
// Unicode property class makes this, the scan run on every capital, half again slower.
const LATIN = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u1E00-\\u1EFF';
const WORD = `[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F\\u1E00-\\u1EFF][${LATIN}0-9'’.&-]{0,40}`;
const CONNECTOR = '(?:of|the|and|for|on|in|&)';
const RUN = new RegExp(`(?<![${LATIN}0-9])${WORD}(?:\\s(?:${CONNECTOR}\\s){0,2}${WORD}){0,9}`, 'g');
const ORGANIZATION_HEAD =
  /^(?:Department|Ministry|Bureau|Office|Administration|Agency|Commission|Council|Institute|University|Corporation|Company|Inc\.?|Corp\.?|Co\.|LLC|Ltd\.?|Association|Chamber|Bank|Service|Board|Center|Centre|Foundation|Committee|Partnership|Organization|Organisation|Fund|Union|Network|Authority|Group|Laboratory|Laboratories|Agencies|Enterprises|Industries|Holdings|Technologies|Technology\s+Co\.)$/;
const DOCUMENT_HEAD = /^(?:Act|Regulations|Agreement|Treaty|Convention|Accord|Guidelines|Rule|Order|Memorandum|Framework|Strategy|Report|Initiative|Register|Code|Declaration|Protocol|Charter|Plan|List)$/;
const sectionOrOrder = byLetters(
  ({ letter }) => new RegExp(`(?<!${letter})(?:Section\\s\\d{1,4}[A-Za-z]?|Executive\\sOrder\\s\\d{4,6}|Public\\sLaw\\s\\d{2,3}-\\d{1,4}|\\d{1,2}\\sCFR\\s(?:[Pp]arts?\\s)?\\d{1,4}(?:[.-]\\d{1,4})?)`, 'gu'),
);
const LEADING = /^(?:The|A|An|This|These|Under|For|By|In|On|At|With|From|Today|When|While)\s/;
const SENTENCE_STOP = new RegExp(`(?<=[a-z]{2})(?<!\\b(?:Inc|Corp|Co|Ltd|Bros|Dept|Jr|Sr|St))\\.\\s(?=[A-Z])|\\s(?=(?:The|This|These|Today|When|While)\\s)`, 'g');
const LINE_OR_SENTENCE_STOP = new RegExp(`${SENTENCE_STOP.source}|\\n`, 'g');
const MONTH_WORD = new RegExp(`^(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\\.?(?:['’]s)?$`);
const YEAR_AFTER = /^\sof\s(?:19|20)\d\d/;

interface Span {
  start: number;
  end: number;
}

type Word = { word: string; start: number; end: number };

/** A word as a head word is looked up: without its possessive, its comma or a sentence's full stop ("Industries."; not "Inc."). */
const bare = (word: string): string => word.replace(/[,;:’']s?$|(?<=[a-z]{3})\.$/, '');

function words(run: string, offset: number): Word[] {
  return [...run.matchAll(/\S+/g)].map((m) => ({ word: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/** The last word that heads an organization or a document, and which. */
function head(list: Array<{ word: string }>): { index: number; kind: 'organization' | 'document' } | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const w = bare(list[i]?.word ?? '');
    if (DOCUMENT_HEAD.test(w) && i > 0) return { index: i, kind: 'document' };
    if (ORGANIZATION_HEAD.test(w) && (i > 0 || /^(?:of|for|on)$/.test(list[i + 1]?.word ?? ''))) return { index: i, kind: 'organization' };
  }
  return undefined;
}

/** "U.S. Technologies", "American Industries": a head word with only a place before it names no body. */
function onlyPlaceBefore(list: Array<{ word: string }>, headIndex: number): boolean {
  return headIndex === 1 && !/^(?:of|for|on)$/.test(list[2]?.word ?? '') && /^(?:U\.S\.|US|American|Chinese|Foreign|Domestic|Global|National|Federal|New|Our|All|Many|Other)$/.test(list[0]?.word ?? '');
}

function placesIn(text: string, list: Array<{ word: string; start: number; end: number }>): AnnotationDraft[] {
  const found: AnnotationDraft[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let n = Math.min(LONGEST_PLACE_WORDS, list.length - i); n >= 1; n--) {
      const first = list[i];
      const last = list[i + n - 1];
      if (!first || !last) continue;
      const written = text.slice(first.start, last.end).replace(/(?:['’]s|[,.;:])$/, '');
      const name = PLACES.get(written.toLowerCase());
      if (name) {
        found.push({ kind: 'place', text: written, start: first.start, end: first.start + written.length, name });
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/**
 * The runs of capitalized words, split where an "and" joins two names rather than naming
 * one: before "the", or between two bodies each with its head word ("the Department of
 * Commerce and China's Ministry of Commerce"; not "Bureau of Industry and Security").
 */
function* runs(text: string): Generator<{ 0: string; index: number }> {
  for (const whole of text.matchAll(RUN)) {
    const lineStart = whole.index === 0 || text[whole.index - 1] === '\n';
    const stops = /\. |\n|\s(?:Th|To|Wh)/.test(whole[0]);
    for (const m of stops ? sentencesOf(whole[0], whole.index, lineStart) : [whole]) {
      let start = 0;
      for (const and of m[0].matchAll(/ and (?:the )?/g)) {
        const left = m[0].slice(start, and.index);
        const right = m[0].slice(and.index + and[0].length);
        if (!and[0].endsWith('the ') && !(namesABody(left) && hasHead(right.split(/ and /)[0] ?? ''))) continue;
        yield { 0: left, index: m.index + start };
        start = and.index + and[0].length;
      }
      yield { 0: m[0].slice(start), index: m.index + start };
    }
  }
}

/**
 * "… Bureau of Economic Analysis. In the first quarter": a full stop after a word (not
 * "Inc." or "U.S.") ends the run, and so does a sentence's opening word ("… Enforcement
 * Cases\nThe Bureau of Industry and Security", "WASHINGTON The Department …"). A run that
 * starts a line is a header's or a headline's: each of its lines is a name of its own
 * ("Jewel Jordan\nPublic Information Office"), where a name wrapped mid-line is one.
 */
function* sentencesOf(run: string, index: number, lineStart: boolean): Generator<{ 0: string; index: number }> {
  let start = 0;
  for (const stop of run.matchAll(lineStart ? LINE_OR_SENTENCE_STOP : SENTENCE_STOP)) {
    yield { 0: run.slice(start, stop.index), index: index + start };
    start = stop.index + stop[0].length;
  }
  yield { 0: run.slice(start), index: index + start };
}

/**
 * The left of an "and" names a whole body if the name it ends with has its head word:
 * "the Department of Commerce and …", not "Commerce’s National Telecommunications and
 * Information Administration".
 */
function namesABody(left: string): boolean {
  const tail = left.split(/['’]s\s/).pop() ?? left;
  return hasHead(left) && tail.split(/\s/).some((w) => ORGANIZATION_HEAD.test(bare(w)));
}

function hasHead(run: string): boolean {
  return run.split(' ').some((w, i) => i > 0 && ORGANIZATION_HEAD.test(bare(w)));
}

export function findNames(text: string): AnnotationDraft[] {
  const drafts: AnnotationDraft[] = [];
  for (const m of runs(text)) {
    if (!m[0].includes(' ')) {
      // One word: only a place can it be; look it up without splitting.
      const written = m[0].replace(/(?:['’]s|[,.;:])$/, '');
      const name = PLACES.get(written.toLowerCase());
      if (name) drafts.push({ kind: 'place', text: written, start: m.index, end: m.index + written.length, name });
      continue;
    }
    const lead = LEADING.exec(m[0]);
    const run = lead ? m[0].slice(lead[0].length) : m[0];
    for (const list of clauses(words(run, m.index + (lead?.[0].length ?? 0)))) drafts.push(...named(text, list));
  }
  for (const m of text.matchAll(sectionOrOrder(text))) drafts.push({ kind: 'document', text: m[0], start: m.index, end: m.index + m[0].length, name: m[0] });
  return drafts.sort((a: Span, b: Span) => a.start - b.start);
}

/** Headline verbs that are as often plural nouns inside a name ("Small Business Awards Program"). */
const ALSO_A_PLURAL_NOUN = /^(?:Awards|Issues|Releases|Notes|Grants|Names|Marks|Remarks|Thanks|Tours|Targets|Supports|Sets|Travels|Leads|Signs|Calls|Requests|Opens|Joins|Meets|Hosts)$/;
const CONNECTOR_WORD = new RegExp(`^${CONNECTOR}$`);

/**
 * A title-case headline's verbs end one name and start the next: "… to Undermine Entity
 * List", "Secretary Applauds Continued Growth …". Inside a run only a verb's -s form after
 * its subject is one ("Locke Outlines …"; not "National Travel and Tourism Strategy"), and
 * one that is as often a plural noun only after a body ("NTIA Awards …", "Commerce Issues …").
 */
function clauses(all: Word[]): Word[][] {
  const found: Word[][] = [];
  let start = 0;
  all.forEach((w, i) => {
    const leading = i === start;
    if ((!leading && !w.word.endsWith('s')) || !HEADLINE_VERB.test(w.word)) return;
    const before = all[i - 1]?.word ?? '';
    const afterABody = /^(?:Commerce|[A-Z]{2,}s?)$/.test(before) || ORGANIZATION_HEAD.test(before);
    if (!leading && ((ALSO_A_PLURAL_NOUN.test(w.word) && !afterABody) || CONNECTOR_WORD.test(before))) return;
    if (i > start) found.push(all.slice(start, i));
    start = i + 1;
  });
  if (start < all.length) found.push(all.slice(start));
  return found;
}

const PERSON_TITLE = /^(?:CEO|President|Chairman|Chairwoman|Chair|Director|Founder|Co-founder|Owner|Officer|Manager|Partner|Head|Dean|Principal|Executive)$/;

/**
 * A head word that ends a name reaches back no further than an "in" or "on": "Growth in
 * U.S. Technologies" names no body "Growth in …", nor is "India on the Entity List" a title;
 * nor further than a person's title and its "of" ("CEO of Acme Corp.").
 */
function afterInOrOn(list: Word[], headIndex: number): number {
  for (let i = headIndex - 1; i > 0; i--) {
    const word = list[i]?.word ?? '';
    // "CEO of Acme Corp.", "President of the Acme Company": a title is the person's, the body what follows it.
    const afterTitle = /^(?:of|at)$/.test(word) && PERSON_TITLE.test(list[i - 1]?.word ?? '');
    if (afterTitle || /^(?:in|on)$/.test(word)) return list[i + 1]?.word === 'the' ? i + 2 : i + 1;
  }
  return 0;
}

/** One clause of a run: an organization or a document if it has a head word, else the places in it. */
function named(text: string, whole: Word[]): AnnotationDraft[] {
  let list = whole;
  let found = head(list);
  let from = 0;
  if (found && !/^(?:of|for|on)$/.test(list[found.index + 1]?.word ?? '')) {
    from = afterInOrOn(list, found.index);
    list = list.slice(from);
    found = { ...found, index: found.index - from };
  }
  if (!found || (found.kind === 'organization' && onlyPlaceBefore(list, found.index))) return placesIn(text, whole);
  // "Commerce Department and MOFCOM": the name stops at its head word unless "of ..." follows.
  const headIndex = found.index;
  let endIndex = headIndex;
  if (found.kind === 'organization' && /^(?:of|for|on)$/.test(list[headIndex + 1]?.word ?? '')) {
    endIndex = list.length - 1;
    // A title-case headline runs on into its verb: "Department of Commerce’s NTIA Awards …".
    const verb = list.findIndex((w, i) => i > headIndex && HEADLINE_VERB.test(w.word));
    if (verb > 0) endIndex = verb - 1;
    // A date is no part of a name: "the Department of Commerce on Aug. 3", "… Commerce’s November report".
    const month = list.findIndex((w, i) => i > headIndex && i <= endIndex && MONTH_WORD.test(w.word));
    if (month > 0) endIndex = month - 1;
    while (endIndex > headIndex && CONNECTOR_WORD.test(list[endIndex]?.word ?? '')) endIndex--;
    const and = list.findIndex((w, i) => i > headIndex && w.word === 'and' && /^(?:the|[A-Z]{2,})$/.test(list[i + 1]?.word ?? ''));
    if (and > 0) endIndex = and - 1;
  }
  const first = list[0];
  const last = list[endIndex];
  if (!first || !last) return placesIn(text, whole);
  const written = text.slice(first.start, last.end).replace(/[,;:’']s?$|[,;:]$|(?<=[a-z]{3})\.$/, '');
  let end = first.start + written.length;
  const year = found.kind === 'document' ? YEAR_AFTER.exec(text.slice(end, end + 9)) : null;
  if (year) end += year[0].length;
  if (!written.includes(' ')) return placesIn(text, whole);
  return [...placesIn(text, whole.slice(0, from)), { kind: found.kind, text: text.slice(first.start, end), start: first.start, end, name: text.slice(first.start, end) }];
}
