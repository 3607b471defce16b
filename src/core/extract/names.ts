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

const WORD = "[A-Z][A-Za-z0-9'’.&-]{0,40}";
const CONNECTOR = '(?:of|the|and|for|on|in|&)';
const RUN = new RegExp(`(?<![A-Za-z0-9])${WORD}(?:\\s(?:${CONNECTOR}\\s){0,2}${WORD}){0,9}`, 'g');
const ORGANIZATION_HEAD =
  /^(?:Department|Ministry|Bureau|Office|Administration|Agency|Commission|Council|Institute|University|Corporation|Company|Inc\.?|Corp\.?|Co\.|LLC|Ltd\.?|Association|Chamber|Bank|Service|Board|Center|Centre|Foundation|Committee|Partnership|Organization|Organisation|Fund|Union|Network|Authority|Group|Laboratory|Laboratories|Agencies|Enterprises|Industries|Holdings|Technologies|Technology\s+Co\.)$/;
const DOCUMENT_HEAD = /^(?:Act|Regulations|Agreement|Treaty|Convention|Accord|Guidelines|Rule|Order|Memorandum|Framework|Strategy|Report|Initiative|Register|Code|Declaration|Protocol|Charter|Plan|List)$/;
const sectionOrOrder = byLetters(
  ({ letter }) => new RegExp(`(?<!${letter})(?:Section\\s\\d{1,4}[A-Za-z]?|Executive\\sOrder\\s\\d{4,6}|Public\\sLaw\\s\\d{2,3}-\\d{1,4}|\\d{1,2}\\sCFR\\s(?:[Pp]arts?\\s)?\\d{1,4}(?:[.-]\\d{1,4})?)`, 'gu'),
);
const LEADING = /^(?:The|A|An|This|These|Under|For|By|In|On|At|With|From|Today|When|While)\s/;
const YEAR_AFTER = /^\sof\s(?:19|20)\d\d/;

interface Span {
  start: number;
  end: number;
}

function words(run: string, offset: number): Array<{ word: string; start: number; end: number }> {
  return [...run.matchAll(/\S+/g)].map((m) => ({ word: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/** The last word that heads an organization or a document, and which. */
function head(list: Array<{ word: string }>): { index: number; kind: 'organization' | 'document' } | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const w = (list[i]?.word ?? '').replace(/[,;:’']s?$/, '');
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
    for (const m of whole[0].includes('. ') ? sentencesOf(whole[0], whole.index) : [whole]) {
      let start = 0;
      for (const and of m[0].matchAll(/ and (?:the )?/g)) {
        const left = m[0].slice(start, and.index);
        const right = m[0].slice(and.index + and[0].length);
        if (!and[0].endsWith('the ') && !(hasHead(left) && hasHead(right.split(/ and /)[0] ?? ''))) continue;
        yield { 0: left, index: m.index + start };
        start = and.index + and[0].length;
      }
      yield { 0: m[0].slice(start), index: m.index + start };
    }
  }
}

/** "… Bureau of Economic Analysis. In the first quarter": a full stop after a word (not "Inc." or "U.S.") ends the run. */
function* sentencesOf(run: string, index: number): Generator<{ 0: string; index: number }> {
  let start = 0;
  for (const stop of run.matchAll(/(?<=[a-z]{2})(?<!\b(?:Inc|Corp|Co|Ltd|Bros|Dept|Jr|Sr|St))\.\s(?=[A-Z])/g)) {
    yield { 0: run.slice(start, stop.index), index: index + start };
    start = stop.index + stop[0].length;
  }
  yield { 0: run.slice(start), index: index + start };
}

function hasHead(run: string): boolean {
  return run.split(' ').some((w, i) => i > 0 && ORGANIZATION_HEAD.test(w.replace(/[,;:’']s?$/, '')));
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
    // A headline's verb starts no name: "… to Undermine Entity List" names the Entity List.
    const all = words(run, m.index + (lead?.[0].length ?? 0));
    const skip = all.findIndex((w) => !HEADLINE_VERB.test(w.word));
    const list = skip > 0 ? all.slice(skip) : all;
    const found = head(list);
    if (found && !(found.kind === 'organization' && onlyPlaceBefore(list, found.index))) {
      // "Commerce Department and MOFCOM": the name stops at its head word unless "of ..." follows.
      let endIndex = found.index;
      if (found.kind === 'organization' && /^(?:of|for|on)$/.test(list[found.index + 1]?.word ?? '')) {
        endIndex = list.length - 1;
        // A title-case headline runs on into its verb: "Department of Commerce Announces ...".
        const verb = list.findIndex((w, i) => i > found.index && HEADLINE_VERB.test(w.word));
        if (verb > 0) endIndex = verb - 1;
        const and = list.findIndex((w, i) => i > found.index && w.word === 'and' && /^(?:the|[A-Z]{2,})$/.test(list[i + 1]?.word ?? ''));
        if (and > 0) endIndex = and - 1;
      }
      const first = list[0];
      const last = list[endIndex];
      if (first && last) {
        let end = last.end;
        const written = text.slice(first.start, end).replace(/[,;:’']s?$|[,;:]$/, '');
        end = first.start + written.length;
        const year = found.kind === 'document' ? YEAR_AFTER.exec(text.slice(end, end + 9)) : null;
        if (year) end += year[0].length;
        if (written.includes(' ')) {
          drafts.push({ kind: found.kind, text: text.slice(first.start, end), start: first.start, end, name: text.slice(first.start, end) });
          continue;
        }
      }
    }
    drafts.push(...placesIn(text, list));
  }
  for (const m of text.matchAll(sectionOrOrder(text))) drafts.push({ kind: 'document', text: m[0], start: m.index, end: m.index + m[0].length, name: m[0] });
  return drafts.sort((a: Span, b: Span) => a.start - b.start);
}
