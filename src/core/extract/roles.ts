/**
 * A figure's role from the words right around it: a change ("up 32%", "increased by 44%",
 * "grew at an annual rate of 3.8 percent", "a 4.8% decrease", "…, or 0.9 percent"), the
 * base a change starts from ("from $192.5 billion", "than April exports of $115.9
 * billion"), a share ("30% of", "accounted for 4.1 percent"), else a level. A margin of
 * error ("±1.2%") has no role, and a rate "revised up from 4.8 percent" is the same rate as
 * the figure before it, an earlier estimate.
 */
import { MONTHS } from '../dates.js';
import { PLUS_MINUS } from './numbers.js';
import { VERB_ANYWHERE } from './subject-words.js';
import type { Measure } from '../model.js';

const UP_WORDS = '(?<!\\b(?:set|made|make|makes|sign|signed|step|stepped|pick|picked|back|revised)\\s)up(?!\\s+to\\b)|increas\\w*|rose|rise[sn]?|rising|gr[eo]w\\w*|climb\\w*|gain\\w*|jump\\w*|surg\\w*|widen\\w*|expand\\w*|higher|more(?!\\s+than\\b)|overstat\\w*';
const DOWN_WORDS = 'down|decreas\\w*|fell|fall\\w*|declin\\w*|drop\\w*|slipp?\\w*|plung\\w*|narrow\\w*|shr[aiu]nk\\w*|contract\\w*|lower|less(?!\\s+than\\b)|fewer(?!\\s+than\\b)|reduc\\w*|cut|understat\\w*';
const FILLER = '(?:\\s+(?:by|of|at|an?|annual|rate|in\\s+real\\s+terms|nearly|about|almost|around|roughly|approximately|some|over|more\\s+than|less\\s+than|at\\s+least|just|an\\s+estimated|seasonally\\s+adjusted))*';
/** A direction word right before the figure: "up 32%", "increased by 44%", "an increase of 5%". */
const CUE_BEFORE = new RegExp(`\\b(?:(${UP_WORDS})|(${DOWN_WORDS}))${FILLER}\\s*$`, 'i');
/** "added 6.4 percentage points to", "subtracted 2.4 percentage points from": a contribution, up or down. */
export const ADDED = /\b(?:(add(?:ed|s|ing)?)|(subtract(?:ed|s|ing)?|shaved|took))\s+(?:about\s+|nearly\s+|almost\s+)?$/i;
const PASSED_BY = /\b(?:exceed|surpass|top|outpac|outpert?form|better)\w*\s+[^,;:()]{1,60}?\s+by\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|just\s+)?$/i;
/** "YTD figures lag 2010 by 3.5 percent": what fell short of something, by how much. */
const LAGGED_BY = /\b(?:lag(?:s|ged|ging)?|trail(?:s|ed|ing)?)\s+[^,;:()]{1,60}?\s+by\s+(?:about\s+|nearly\s+|almost\s+|just\s+)?$/i;
/** "improved by 15 percent": better means smaller for a deficit, larger for most else. */
const IMPROVED_BEFORE = new RegExp(`\\b(?:(improv\\w*)|(worsen\\w*|deteriorat\\w*))${FILLER}\\s*$`, 'i');
/** "has improved with China (7.3 percent)": a figure in parentheses in a clause that moved. */
const ANY_CUE = new RegExp(`\\b(?:(${UP_WORDS}|improv\\w*)|(${DOWN_WORDS}))\\b`, 'i');
/** A direction noun right after it: "a 4.8% decrease", "32% higher", "$0.5 billion more than". */
const CUE_AFTER = new RegExp(`^\\s*(?:(?:${MONTHS.join('|')}|monthly|quarterly|annual|yearly)\\s+)?(?:(increase|rise|gain|jump|leap|surge|climb|rebound|growth|widening|higher|more(?!\\s+(?:for|in|to|of|from)\\b)|above)|(decrease|decline|drop|fall|dip|plunge|reduction|cut|lower|less|below|narrowing))\\b`, 'i');
/** "…, or 0.9 percent", "$3.3 billion (less than 0.1 percent)": the second figure of a change restates the first. */
const RESTATES = /^(?:\s*(?:at\s+an?\s+(?:seasonally\s+adjusted\s+)?annual(?:ized)?\s+rate|in\s+real\s+terms))?[\s,(]*(?:(?:or|and)\s*(?:by\s+)?(?:about|nearly|roughly|almost|approximately)?|\(\s*(?:less\s+than|more\s+than|about|nearly|roughly)?)\s*$/i;
/** "Of all the U.S. companies that export, 59 percent …": the whole named first. */
export const FRONTED_WHOLE = /(?:^|[.;:"“]\s*|\b(?:In\s+fact|Indeed|Today),\s+)[Oo]f\s+(?:all\s+)?(?:the\s+)?([^,]{3,80}),\s*$/;
/** "increased at an annual rate of 2.8 percent", "grew at a 3.2 percent annual rate", "5.2 percent at an annual rate". */
const ANNUAL_BEFORE = /\bannual(?:ized)?\s+rate\s+of\s+(?:about\s+|nearly\s+)?$/i;
const ANNUAL_AFTER = /^\s*(?:(?:at\s+an?\s+(?:seasonally\s+adjusted\s+)?)?annual(?:ized)?\s+rate|annualized)\b/i;
/** "from $192.5 billion", "than the $63.3 billion", "from the revised August total of $42.8 billion"; "ranged from 7.6 percent" starts a range, no base. */
const BASE_BEFORE = /\b(?:(?<!\brang(?:e|es|ed|ing)\s)from|compared\s+(?:with|to)|(?<!\b(?:more|less|fewer)\s)than|versus|vs\.)\s*(?:about\s+|nearly\s+|roughly\s+)?$|\b(?:from|compared\s+(?:with|to)|than|versus|above|below)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w.'’-]+\s+){0,5}?(?:of|at)\s+(?:about\s+|nearly\s+|roughly\s+)?$|\b(?:from|than|versus|above|below)\s+the\s+$|\b(?:than|from|versus|above|below)\s+(?:the\s+)?(?:rate|level|figure|estimate|total)\s+(?:in|during|for|of)\s+[^()]{3,40}\(\s*$/i;
/** "with the percent change ranging from 5.0 percent …", "with growth ranging from 1.6 percent": a range of changes. */
const CHANGE_RANGE_FROM = /\b(?:(?:percent(?:age)?\s+)?change|changes|growth|growth\s+rates?)\s+(?:in\s+[^,;:()]{1,60}?\s+)?(?:that\s+)?rang(?:e|es|ed|ing)\s+from\s+(?:an?\s+)?$/i;
/** "State personal income growth averaged 0.9 percent", "Growth in real GDP was 2.2 percent", "The … percentage change was revised from the preliminary estimate of -9.1 percent": a rate of growth is a change. */
const GROWTH_WAS = /\b(?:growth|percent(?:age)?\s+change)(?:\s+in\s+[^,;:()]{1,60}?)?\s+(?:(?:rate\s+)?(?:averaged|was|were|is|of|measured|reached|slowed\s+to|accelerated\s+to|was\s+revised\s+(?:up\s+|down\s+)?from\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?estimate\s+of))\s+(?:an?\s+)?(?:about\s+|nearly\s+|roughly\s+)?$/i;
/** "dropped from a 5-percent pace in the first quarter": a pace of growth is a change. */
const PACE_AFTER = /^\s*(?:annual(?:ized)?\s+)?(?:pace|growth\s+rate)\b/i;
/** "… ranging from 5.0 percent at an annual rate in Idaho to –4.2 percent": the range's other end. */
const RANGE_TO = /^[^;:()]{0,80}\bto\s+(?:an?\s+)?$/i;
const SHARE_BEFORE = /\b(?:accounted\s+for|accounts?\s+for|accounting\s+for|constitut(?:e|es|ed|ing)|represent(?:s|ed|ing)?|made\s+up|makes?\s+up|comprised?|share\s+of|equal\s+to|contribut\w+)\s*(?:about\s+|nearly\s+|almost\s+|approximately\s+|roughly\s+|some\s+|over\s+|more\s+than\s+|only\s+|just\s+)?$/i;
const SHARE_AFTER = /^\s*(?:of|share)\b/i;
/** "Our FTAs are only 7.5 percent of global GDP": a copula, when "of" follows, names the part. */
const COPULA_BEFORE = /\b(?:are|is|was|were)(?:\s+(?:only|just|about|nearly|roughly|almost|some|over|more\s+than))*\s*$/i;
/** "68 (28%)": a share of a count beside it. */
const SHARE_IN_PARENTHESES = /\d\s*\(\s*$/;
/** "One hundred fifty U.S. metropolitan areas (40.9 percent)": a share of things counted in words. */
const SHARE_OF_WORDS_COUNT = /(?:^\s*|[.;:]\s+|\b(?:and|of|with)\s+)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[\s-]+(?:hundred|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))*\s+[^()\d,;]{2,60}s\s*\(\s*$/i;
const COORDINATED_LABEL = /^\s*\)\s*,?\s*(?:and|or)?\s+[^()\d;:.]{1,80}\(\s*$/i;
const GAPPED = /^\s+and\s+((?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+$/;

/** "… rose 18 percent and soybean prices 17 percent": the subject of a clause whose verb is the one before it, left out. */
export function gappedSubject(before: string): string | undefined {
  const m = GAPPED.exec(before);
  return m && !VERB_ANYWHERE.test(m[1] ?? '') && !/\b(?:by|of|in|to|from|at|for|than)\b/.test(m[1] ?? '') ? m[1] : undefined;
}

const COORDINATED_MOVE = /^\s+in\s+(?:the\s+)?[a-z][^,;:()$\d]{0,60}?\s+and\s+(?:(?:about|nearly|almost)\s+)?$/;
const MARGIN = new RegExp(`${PLUS_MINUS}\\s*$`);
const REVISED_FROM = /\brevised\s+(?:up|down|upward|downward|higher|lower)?\s*from\s*(?:(?:the|an?)\s+(?:[a-z]+\s+){0,2}?(?:estimate|rate|figure)\s+of\s+)?$/i;
const SHRINKING_IS_BETTER = /\b(?:deficit|debt|unemployment|jobless|poverty|gap|loss(?:es)?|backlog)\b/i;

export interface RoleReading {
  role?: Measure['role'];
  direction?: 'up' | 'down';
  /** A margin of error: no measure at all. */
  none?: boolean;
  /** An earlier estimate of the figure before it: the same subject, period and base. */
  revises?: boolean;
  /** A share verb right before it: the clause's subject is the part. */
  shareVerb?: boolean;
  /** The first end of a range of changes ("growth ranging from 1.6 percent"): the figure after "to" is a change too. */
  changeRange?: boolean;
}

/** A percent change stated at an annual rate (a quarter's change compounded over the year). */
export function isAnnualRate(before: string, after: string): boolean {
  return ANNUAL_AFTER.test(after) || ANNUAL_BEFORE.test(before);
}

export function roleOf(x: { before: string; after: string; isPercent: boolean; previous: Measure | undefined; subjectHint?: string; afterCount?: boolean; previousStartsChangeRange?: boolean }): RoleReading {
  const before = x.before.slice(-160);
  if (MARGIN.test(before)) return { none: true };
  if (x.isPercent && (GROWTH_WAS.test(before) || PACE_AFTER.test(x.after))) return { role: 'change' };
  if (x.isPercent && CHANGE_RANGE_FROM.test(before)) return { role: 'change', changeRange: true };
  if (x.isPercent && x.previousStartsChangeRange && RANGE_TO.test(before)) return { role: 'change' };
  // "Canada (+2.7 percent)", "revised from +1.1 percent", a budget line's "+ $38 million": a figure written with a plus sign is a rise.
  if (/(?:^|[\s(])\+\s*$/.test(before)) return { role: 'change', direction: 'up' };
  if (REVISED_FROM.test(before) && x.previous?.role === 'change') return { role: 'change', revises: true, ...(x.previous.direction ? { direction: x.previous.direction } : {}) };
  const cue = CUE_BEFORE.exec(before) ?? CUE_AFTER.exec(x.after);
  if (cue) return { role: 'change', direction: cue[1] === undefined ? 'down' : 'up' };
  // "exceeding the first quarter of 2013 by 3.2 percent": what a figure passed something by.
  if (PASSED_BY.test(before)) return { role: 'change', direction: 'up' };
  if (LAGGED_BY.test(before)) return { role: 'change', direction: 'down' };
  // "This added 6.4 percentage points to personal income growth": points a contribution moves what it is added to (money "added to the economy" is a level).
  const added = ADDED.exec(before);
  if (added && x.isPercent && /^\s+(?:to|from|off)\b/i.test(x.after)) return { role: 'change', direction: added[1] ? 'up' : 'down' };
  const improved = IMPROVED_BEFORE.exec(before);
  if (improved) {
    const better = improved[1] !== undefined;
    const shrinks = SHRINKING_IS_BETTER.test(x.subjectHint ?? before);
    return { role: 'change', direction: better === shrinks ? 'down' : 'up' };
  }
  const inParentheses = /\(\s*$/.test(before) && !/\d\s*\(\s*$/.test(before);
  const clauseCue = inParentheses ? ANY_CUE.exec(before.split(/[;:.]/).pop() ?? '') : null;
  if (clauseCue) {
    const improved = /^improv/i.test(clauseCue[0]);
    const up = improved ? !SHRINKING_IS_BETTER.test(before) : clauseCue[1] !== undefined;
    return { role: 'change', direction: up ? 'up' : 'down' };
  }
  // "improved with China (7.3 percent) and the European Union (5.4 percent)": the next item of the list moved too.
  if (inParentheses && x.previous?.role === 'change' && COORDINATED_LABEL.test(before)) return { role: 'change', ...(x.previous.direction ? { direction: x.previous.direction } : {}) };
  if (x.previous?.role === 'change' && RESTATES.test(before)) return { role: 'change', ...(x.previous.direction ? { direction: x.previous.direction } : {}) };
  // "up 15 percent in the number of arrivals and 9 percent in spending", "wheat prices rose 18 percent and soybean prices 17 percent": the same move, in another measure.
  if (x.previous?.role === 'change' && (COORDINATED_MOVE.test(before) || gappedSubject(before) !== undefined)) return { role: 'change', ...(x.previous.direction ? { direction: x.previous.direction } : {}) };
  if (BASE_BEFORE.test(before)) return { role: 'base' };
  if (x.isPercent) {
    const of = SHARE_AFTER.test(x.after);
    const shareVerb = SHARE_BEFORE.test(before) || (of && COPULA_BEFORE.test(before));
    if (shareVerb || of || FRONTED_WHOLE.test(before) || SHARE_IN_PARENTHESES.test(before) || SHARE_OF_WORDS_COUNT.test(before) || (x.afterCount && /^\s*\(\s*$/.test(before))) return { role: 'share', shareVerb };
  }
  return { role: 'level' };
}
