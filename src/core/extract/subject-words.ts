/**
 * The words subjects are read with: the verbs after a clause's subject (what a figure is,
 * an auxiliary, or what someone did with it), the nouns that are never a subject's head,
 * the times that lead or trail a noun, and phrase(), which says whether words found
 * around a figure read as a noun phrase.
 */
import { MONTHS } from '../dates.js';

export const CHANGE_NOUN = '(?:increase|decrease|rise|decline|drop|fall|gain|reduction|growth|improvement|deterioration|leap|jump|surge|climb|rebound|dip|plunge)s?';
/** The way a change noun ("an increase", "the decline") says its figure moved. */
export const directionOfChangeNoun = (words: string): 'up' | 'down' => (/^(?:(?:an?|the)\s+)?(?:increase|rise|gain|growth|improvement|leap|jump|surge|climb|rebound)/i.test(words) ? 'up' : 'down');
export const NOT_A_SUBJECT_HEAD = /^(?:increase|decrease|rise|decline|drop|fall|gain|reduction|growth|change|rate|total|level|estimate|average|figure|maximum|minimum|high|low|record|sum|amount|value|cost|up|worth|availability|announcement|allocation|commitment|release|terms|dollars|pace)s?$/i;
export const PRONOUN = /^(?:it|they|there|this|these|those|that|which|who|he|she|we|i|you|its|their|our|one|each|all|both|some|many|most|such|here)$/i;
export const OPENER = /^(?:although|though|while|whereas|because|since|if|when|as|but|and|or|so|yet|then|also|however|today|here)\b/i;
export const WORD = "[\\w.'’&/-]+";
/** Where a phrase ends: a comma or colon, the text's end, or a full stop that closes no abbreviation ("U.S."). */
export const STOP = '(?:[,;:()]|(?<!\\b\\w)\\.(?=\\s|$)|$)';
/** Verbs after a clause's subject, by kind: what a figure is (measure), an auxiliary, or what someone did with it (action). */
export const MEASURE_VERBS =
  '(?<=\\bto\\s)(?:increase|decrease|rise|fall|grow|decline|reach|total|climb|drop|exceed|top|surpass|expand|shrink|contract|narrow|widen|improve|remain|jump|surge)|(?:increase|decrease|rise|fall|grow|decline|reach|total|climb|drop|exceed|top|surpass|expand|shrink|narrow|widen|jump|surge|hit)(?=\\s+(?:by\\s+)?(?:(?:US)?\\$|[-−]?\\d[\\d.,]*\\s?(?:%|[Pp]ercent|PERCENT)))|totall?ed|totals|totall?ing|reached|reaching|growing|rising|falling|increasing|decreasing|declining|narrowing|widening|climbing|dropping|rose|rises|risen|fell|falls|fallen|increased|increases|decreased|decreases|grew|grows|grown|declined|declines|dropped|drops|climbed|jumped|gained|narrowed|narrows|widened|widens|expanded|shrank|contracted|surged|amounted|accounted|accounting|accounts|account|constituted|constitutes|constitute|represented|represents|represent|stood|came|hit|exceeded|topped|surpassed|improved|improves|worsened|posted|remained|remains|equall?ed|contributed|contributes|contribute|accelerated|accelerating|decelerated|decelerating|slowed|slowing|turned(?=\\s+(?:up|down)\\b)|registered|registering|ranged|ranging|comprised|comprises|spent|spends|spend|was|were|is|are|be|been';
export const AUX = 'has|have|had|will|would|should|could|may|might|must|can|shall';
export const ACTION_VERBS =
  'announced|announces|announce|awarded|awards|award|awarding|granted|grants|invests|invested|investing|invest|received|receives|receive|recommending|recommended|recommends|provides|provided|provide|approved|allocated|committed|commits|issued|released|proposed|secured|secures|made|makes|gave|gives|offers|offered|requesting|requested|anticipates|funded|funding|set|sets|(?<!seasonally\\s)adjusted|launched|plans|seeks|impose[sd]?|assess(?:es|ed)?|levied|paid|pays?|fined|pledge[sd]?|donated|earned|leverag(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|spur(?:s|red|ring)?|attract(?:s|ed|ing)?|suspend(?:s|ed|ing)?|waiv(?:e|es|ed|ing)|adding|bringing|brings|brought|rais(?:e|es|ed|ing)|agreed';
export const VERB = new RegExp(`\\b(?:(${MEASURE_VERBS})|(${AUX})|(${ACTION_VERBS}))\\b`, 'gi');
export const VERB_AT_START = new RegExp(`^${VERB.source}`, 'i');
export const VERB_ANYWHERE = new RegExp(VERB.source, 'i');
/** "were the highest since …": words that open with a verb of measure or an auxiliary are a predicate, not a noun phrase (an action verb may be a noun: "grants"). */
const COPULA_OR_MOVE_AT_START = new RegExp(`^(?:was|were|is|are|be|been|rose|fell|increased|decreased|grew|declined|remained|reached|totall?ed|stood|came|${AUX})\\b`);
export const MONTH_WORD = `(?:${MONTHS.join('|')})`;
export const TRAILING_PERIOD = new RegExp(
  `(?:\\s+(?:in|for|during|through|over|on|of|between|since|from)\\s+(?:(?:the|a|this|its|last)\\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]quarter|first\\s+\\w+\\s+(?:months|quarters)|(?:first|second)\\s+half|year[-\\s]to[-\\s]date|${MONTH_WORD}|(?:19|20)\\d\\d|fiscal|FY|Q[1-4]|same\\s+(?:time\\s+)?period|month|quarter|year)\\b.*|\\s+year[-\\s]to[-\\s]date|\\s+(?:this|last)\\s+(?:month|quarter|year))$`,
  'i',
);
/** "May 2007 exports", "2006 exports", "Year-to-date exports": the time leads the noun; the subject is what follows. */
export const LEADING_PERIOD = new RegExp(`^(?:year[-\\s]to[-\\s]date\\s+|(?:(?:the\\s+)?(?:first|second|third|fourth)[\\s-]quarter(?:\\s+of)?\\s+|${MONTH_WORD}\\s+)?(?:19|20)\\d\\d(?:(?:,\\s*|,?\\s+and\\s+|\\/)(?:19|20)\\d\\d){0,4}\\s+)(?=[A-Za-z])`, 'i');
/** "the next fiscal year", "August 2008": a time alone names no subject. */
export const TIME_ONLY = new RegExp(`^(?:(?:the|a|this|that|next|last|previous|prior|coming|same|current|fiscal|calendar|first|second|third|fourth|whole|entire|past)\\s+)*(?:${MONTH_WORD}|(?:19|20)\\d\\d|years?|quarters?|months?|weeks?|period|half|decade|FY\\s?\\d{2,4})(?:,?\\s+(?:of\\s+)?(?:19|20)\\d\\d)?$`, 'i');

/** "… in October 2014International visitors inject …": a headline run into the body with no space ends a clause and a phrase (not "iPhone", "McDonald"). */
export const RUN_TOGETHER = /(?<=\b(?:19|20)\d\d|\b[a-z]{3,})(?=[A-Z][a-z])/g;
const RUN_TOGETHER_ONCE = new RegExp(RUN_TOGETHER.source);

/** "$512 million more (4 percent) than": a comparative is what the figure does, not what it measures. */
const COMPARATIVE = /^(?:(?:much|far|slightly|somewhat)\s+)?(?:more|less|fewer|higher|lower|greater|smaller|larger)$/i;

/** The kinds of thing a demonstrative points back to: "This industry", "These states". */
export const KIND_NOUN = '(?:industry|industries|sector|sectors|component|components|category|categories|state|states|region|regions|country|countries|group|segment|series|measure|index)';
/** "This industry": a demonstrative with a kind's name stands for a subject named before, and is none itself ("these landings" names its own). */
export const DEMONSTRATIVE = new RegExp(`^(?:this|these|that|those)\\s+${KIND_NOUN}$`, 'i');

/** "the rental vacancy rate", "the homeownership rate", "the unemployment rate": a rate its noun names is a subject; "the annual rate" is not. */
const NAMED_RATE = new RegExp(`^(?!(?:annual|annualized|monthly|quarterly|adjusted|average|overall|same|current|new|record|growth|revised|preliminary|advance|final|estimated|previous|prior|the|a|an|this|that|its|their|our|${MONTHS.join('|')})\\s)[a-z][a-z-]+\\s+rates?$`, 'i');

/** "44.8 million (15.3 percent)": a number names no subject. */
const BARE_COUNT = /^[\d.,]+\s+(?:thousand|million|billion|trillion)$/i;

/** A list item's marker: "- 2020 Yurok Tribe Chinook Salmon Fisheries: $405,778". */
const LIST_MARKER = /^[-–•*]\s+/;

/** A phrase found around a figure: its words must read as a noun phrase, not a time, a pronoun or a verb's. */
export function phrase(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const runTogether = RUN_TOGETHER_ONCE.exec(raw);
  const words = (runTogether ? raw.slice(0, runTogether.index) : raw).replace(LIST_MARKER, '').replace(/^(?:the\s+)?(?:and|or)\s+/i, '').replace(LEADING_PERIOD, '').replace(TRAILING_PERIOD, '').replace(/(?:[\s,]+(?:and|or))?[\s,]*$/i, '').trim();
  if (!/[A-Za-z]{2}/.test(words) || /\$/.test(words) || BARE_COUNT.test(words) || PRONOUN.test(words) || DEMONSTRATIVE.test(words) || COMPARATIVE.test(words) || OPENER.test(words) || TIME_ONLY.test(words) || COPULA_OR_MOVE_AT_START.test(words)) return undefined;
  const list = words.split(/\s+/);
  const head = list[list.length - 1] ?? '';
  return NOT_A_SUBJECT_HEAD.test(head) && !NAMED_RATE.test(list.slice(-2).join(' ')) ? undefined : words;
}
