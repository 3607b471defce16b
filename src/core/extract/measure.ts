/**
 * What each money, percent and quantity figure measures, as far as its own sentence says:
 * the subject ("U.S. exports to China"), the period ("2006"), the direction ("up"), its
 * role (a level, a change, the base a change starts from, or a share) and the period a
 * change is measured from. Context relates figures only through these, so a figure whose
 * sentence does not say gets no measure field rather than a guess.
 */
import { splitSentences } from '../context/sentences.js';
import type { Annotation, Measure } from '../model.js';

type Figure = Extract<Annotation, { kind: 'money' | 'percent' | 'quantity' }>;

const UP_WORDS = '(?<!\\b(?:set|made|make|makes|sign|signed|step|stepped|pick|picked|back)\\s)up(?!\\s+to\\b)|increas\\w*|rose|rise[sn]?|rising|gr[eo]w\\w*|climb\\w*|gain\\w*|jump\\w*|surg\\w*|widen\\w*|expand\\w*|higher|more(?!\\s+than\\b)';
const DOWN_WORDS = 'down|decreas\\w*|fell|fall\\w*|declin\\w*|drop\\w*|slipp?\\w*|plung\\w*|narrow\\w*|shr[aiu]nk\\w*|contract\\w*|lower|less(?!\\s+than\\b)|fewer(?!\\s+than\\b)|reduc\\w*|cut';
const FILLER = '(?:\\s+(?:by|of|nearly|about|almost|around|roughly|approximately|some|over|more\\s+than|less\\s+than|just|an\\s+estimated))*';
/** A direction word right before the figure: "up 32%", "increased by 44%", "an increase of 5%". */
const CUE_BEFORE = new RegExp(`\\b(?:(${UP_WORDS})|(${DOWN_WORDS}))${FILLER}\\s*$`, 'i');
/** A direction noun right after it: "a 4.8% decrease", "32% higher". */
const CUE_AFTER = new RegExp(`^\\s*(?:(increase|rise|gain|jump|growth|higher|more)|(decrease|decline|drop|fall|reduction|cut|lower|less))\\b`, 'i');
const ANY_CUE_G = new RegExp(`\\b(?:(${UP_WORDS})|(${DOWN_WORDS}))\\b`, 'gi');
/** "…, or 0.9 percent": the second figure of a change restates the first. */
const RESTATES = /^[\s,(]*(?:or|and)\s*(?:by\s+)?$/i;
const BASE_BEFORE = /\b(?:from|compared\s+(?:with|to)|(?<!\b(?:more|less|fewer)\s)than|versus|vs\.)\s*(?:about\s+|nearly\s+|roughly\s+)?$/i;
const SHARE_BEFORE = /\b(?:accounted\s+for|accounts?\s+for|represent(?:s|ed|ing)?|made\s+up|makes?\s+up|comprised?|share\s+of|equal\s+to)\s*(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+|more\s+than\s+)?$/i;
const SHARE_AFTER = /^\s*(?:of|share)\b/i;

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const PERIOD = new RegExp(`\\b(?:in|for|during|through|of)\\s+(?:(?:the\\s+)?(?:fiscal|calendar)\\s+year\\s+|FY\\s?|${MONTH}\\s+)?((?:19|20)\\d\\d)\\b`, 'i');
const BASE_PERIOD = new RegExp(`\\b(?:from|since|over|compared\\s+(?:with|to)|than(?:\\s+in)?|versus)\\s+(?:${MONTH}\\s+)?((?:19|20)\\d\\d)\\b`, 'i');

/** The verbs after a clause's subject, and the breaks that start a new clause. */
const VERB = /\b(?:totall?ed|totals|reached|rose|rises|fell|falls|increased|increases|decreased|decreases|grew|grows|declined|declines|dropped|climbed|jumped|gained|narrowed|widened|expanded|shrank|contracted|surged|amounted|accounted|represented|stood|came|hit|exceeded|topped|surpassed|was|were|is|are|will|would|has|have|had)\b/gi;
const CLAUSE_BREAK = /(?:^|[;:—–]|,\s*(?:while|and|but|whereas|as)\b|,\s*which\b|\bwhile\b|\bwhereas\b)/gi;
const LEAD_IN = /^(?:[\s,]*(?:in|during|for|by|at|on|as\s+of|through)\s+(?:the\s+)?(?:(?:fiscal|calendar)\s+year\s+|FY\s?)?(?:\w+\s+)?(?:19|20)\d\d,?)+/i;
const MAX_SUBJECT_WORDS = 12;

export function isFigure(a: Annotation): a is Figure {
  return a.kind === 'money' || a.kind === 'percent' || a.kind === 'quantity';
}

export function measureFigures(text: string, annotations: Annotation[]): Annotation[] {
  const out = annotations.slice();
  let cursor = 0;
  for (const sentence of splitSentences(text)) {
    const inSentence: number[] = [];
    while (cursor < out.length && (out[cursor]?.start ?? Infinity) < sentence.end) {
      if (isFigure(out[cursor] as Annotation)) inSentence.push(cursor);
      cursor++;
    }
    if (inSentence.length === 0) continue;
    const s = { start: sentence.start, text: text.slice(sentence.start, sentence.end) };
    const figures = inSentence.map((i) => out[i] as Figure);
    const measures = measureSentence(s, figures);
    inSentence.forEach((index, k) => {
      const measure = measures[k];
      if (measure && Object.keys(measure).length > 0) out[index] = { ...(out[index] as Figure), measure };
    });
  }
  return out;
}

interface SentenceText {
  start: number;
  text: string;
}

/**
 * The period a sentence opens with: PERIOD matching at its first word. The leftmost match
 * cannot start earlier (PERIOD starts with a word), so it is the one at the first word if
 * there is one; one pattern fewer to compile on a page's first call.
 */
function leadPeriodOf(sentence: string): string | undefined {
  let first = 0;
  while (first < sentence.length && !isWordChar(sentence[first])) first++;
  const m = PERIOD.exec(sentence);
  return m && m.index === first ? m[1] : undefined;
}

/** `compute`'s value, computed on first use only. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [compute(), true];
    return value;
  };
}

/**
 * Everything a figure reads from its sentence as a whole (the subject before it, the
 * base period, the sentence's direction) is found once per sentence: reading it again
 * for every figure made a long sentence with many figures quadratic.
 */
function measureSentence(s: SentenceText, figures: Figure[]): Measure[] {
  // A period the sentence opens with ("In 2006, exports …") covers all its figures.
  const leadPeriod = leadPeriodOf(s.text);
  const sentenceBasePeriod = once(() => BASE_PERIOD.exec(s.text)?.[1]);
  const subjectBefore = subjectsIn(s.text);
  const measures: Measure[] = [];
  figures.forEach((f, k) => {
    const from = k === 0 ? 0 : (figures[k - 1] as Figure).end - s.start;
    const to = k + 1 < figures.length ? (figures[k + 1] as Figure).start - s.start : s.text.length;
    const before = s.text.slice(from, f.start - s.start);
    const after = s.text.slice(f.end - s.start, to);
    const previous = measures[k - 1];
    const m: Measure = {};

    const cue = CUE_BEFORE.exec(before) ?? CUE_AFTER.exec(after);
    if (cue) {
      m.role = 'change';
      m.direction = directionOf(cue);
    } else if (previous?.role === 'change' && RESTATES.test(before)) {
      m.role = 'change';
      if (previous.direction) m.direction = previous.direction;
    } else if (BASE_BEFORE.test(before)) {
      m.role = 'base';
    } else if (f.kind === 'percent' && (SHARE_BEFORE.test(before) || SHARE_AFTER.test(after))) {
      m.role = 'share';
    } else {
      m.role = 'level';
    }

    const ownPeriod = PERIOD.exec(cutAtBasePeriod(after))?.[1] ?? (m.role === 'base' ? undefined : leadPeriod);
    if (ownPeriod) m.period = ownPeriod;
    const subject = subjectBefore(f.start - s.start);
    if (subject) m.subject = subject;
    if (m.role === 'change') {
      const basePeriod = BASE_PERIOD.exec(after)?.[1] ?? sentenceBasePeriod();
      if (basePeriod && basePeriod !== m.period) m.basePeriod = basePeriod;
    }
    measures.push(m);
  });
  // A figure with no period of its own shares that of its clause's other figures:
  // "$55 billion in 2006, up 32% from 2005" dates the 32% to 2006 too. Figures that borrow
  // a period borrow the first dated one's, so that is the one each subject lends.
  const dated = new Map<string | undefined, string>();
  for (const m of measures) if (m.period && m.role !== 'base' && !dated.has(m.subject)) dated.set(m.subject, m.period);
  for (const m of measures) {
    const period = m.period || m.role === 'base' ? undefined : dated.get(m.subject);
    if (period) m.period = period;
  }
  // A level moved the way its clause's change did: "rose 1.5% to $180.1 billion" is up.
  const changes = new Map<string | undefined, number[]>();
  measures.forEach((m, i) => {
    if (m.role !== 'change' || !m.direction) return;
    const same = changes.get(m.subject);
    if (same) same.push(i);
    else changes.set(m.subject, [i]);
  });
  const sentenceWide = once(() => sentenceDirection(s.text, measures));
  measures.forEach((m, k) => {
    if (m.role !== 'level' && m.role !== 'base') return;
    const near = nearestChange(measures, changes.get(m.subject) ?? [], k);
    const direction = m.role === 'level' ? (near?.direction ?? sentenceWide()) : undefined;
    if (direction) m.direction = direction;
  });
  return measures;
}

/** The change nearest to figure `k` among `changes` (ascending indices); the earlier on a tie. */
function nearestChange(measures: Measure[], changes: number[], k: number): Measure | undefined {
  const after = firstAbove(changes, (i) => i, k);
  const [below, above] = [changes[after - 1], changes[after]];
  const nearest = below === undefined ? above : above === undefined || k - below <= above - k ? below : above;
  return nearest === undefined ? undefined : measures[nearest];
}

/** The first position in `sorted` whose key is above `bound` (binary search). */
function firstAbove<T>(sorted: readonly T[], key: (item: T) => number, bound: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(sorted[mid] as T) > bound) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** With no change figure, a sentence with one direction word moved that way ("decreased to … from …"). */
function sentenceDirection(text: string, measures: Measure[]): 'up' | 'down' | undefined {
  if (measures.some((m) => m.role === 'change')) return undefined;
  const cues = [...text.matchAll(ANY_CUE_G)].map(directionOf);
  return cues.length > 0 && cues.every((c) => c === cues[0]) ? cues[0] : undefined;
}

/** Which of a cue pattern's two groups matched: its up words or its down words. */
function directionOf(cue: RegExpExecArray): 'up' | 'down' {
  return cue[1] === undefined ? 'down' : 'up';
}

/** "in 2006, up 32% from 2005": the figure's own period stops where a base period starts. */
function cutAtBasePeriod(after: string): string {
  const m = BASE_PERIOD.exec(after);
  return m ? after.slice(0, m.index) : after;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_');
}

/**
 * The subject before a figure at an offset of `sentence`: the words between the start of
 * the figure's clause and the verb before the figure ("U.S. exports to China totaled $55
 * billion" → "U.S. exports to China"). A clause with no subject of its own (", up 32%
 * from 2005") borrows that of the last clause before it with one. The sentence's verbs and clause breaks
 * are found once: a verb wholly before the figure is found alike in the whole sentence
 * and in the text up to the figure, unless a word runs on into the figure; and no clause
 * break spans the start of a verb.
 */
function subjectsIn(sentence: string): (offset: number) => string | undefined {
  const verbs = [...sentence.matchAll(VERB)];
  const breakEnds = [...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length);
  const subjectAt = new Map<number, string | undefined>();
  const clauseSubjectAt = (verbAt: number): string | undefined => {
    if (!subjectAt.has(verbAt)) {
      const lastBreak = firstAbove(breakEnds, (end) => end, verbAt) - 1;
      subjectAt.set(verbAt, clauseSubject(sentence.slice(breakEnds[lastBreak] ?? 0, verbAt)));
    }
    return subjectAt.get(verbAt);
  };
  // latest[j]: the subject of the last verb up to the j-th that has one.
  const latest: Array<string | undefined> = [];
  return (offset) => {
    if (isWordChar(sentence[offset - 1]) && isWordChar(sentence[offset])) {
      const head = [...sentence.slice(0, offset).matchAll(VERB)];
      for (let i = head.length - 1; i >= 0; i--) {
        const subject = clauseSubjectAt((head[i] as RegExpExecArray).index);
        if (subject) return subject;
      }
      return undefined;
    }
    const last = firstAbove(verbs, (v) => v.index + v[0].length, offset) - 1;
    for (let j = latest.length; j <= last; j++) latest.push(clauseSubjectAt((verbs[j] as RegExpExecArray).index) ?? latest[j - 1]);
    return latest[last];
  };
}

/** The clause from its start (after any lead-in) up to its verb, if it reads as a subject. */
function clauseSubject(clause: string): string | undefined {
  const words = clause
    .replace(/^[^A-Za-z$]*(?:[A-Z][A-Z .,]+—)?/, '')
    .replace(LEAD_IN, '')
    .replace(/^[\s,]+|[\s,]+$/g, '');
  if (!words || /\d|\$/.test(words)) return undefined;
  const count = words.split(/\s+/).length;
  return count <= MAX_SUBJECT_WORDS ? words : undefined;
}
