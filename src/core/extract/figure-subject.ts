/**
 * One figure's subject within its sentence, in the order a reader looks: the base of the
 * figure before takes that figure's subject, then the words right around the figure
 * (subjects.ts), then the sentence before's subject when the sentence opens with "It" or
 * names the figure by its period alone, then the clause's grammatical subject
 * (subject-of-clause.ts), then what money is for, then the subject of the figure before
 * in the same clause.
 */
import type { Measure } from '../model.js';
import { sentenceSubjects } from './subject-of-clause.js';
import { localSubject, antecedentLead, type Lead, type Partner } from './subjects.js';
import { purposeSubject } from './purpose-subject.js';
import { gappedSubject } from './roles.js';
import { CHANGE_NOUN, directionOfChangeNoun, VERB_ANYWHERE } from './subject-words.js';

/** "$1.6 trillion of goods and services—nearly a 13.0 percent increase": a dash before a figure with no verb of its own restates what the one before measures. */
const DASH_APPOSITIVE = /^[^;:.]*[—–]\s*(?:(?:nearly|about|almost|roughly|approximately|more\s+than)\s+)?(?:an?\s+)?$/i;

/** "exports to Brazil were up 57.3%, Colombia up 31.2%": the next partner of a list that leaves out what moved. */
const NEXT_PARTNER = /^\s*,\s*(?:and\s+)?((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?:was\s+|were\s+)?(?:up|down)\s+(?:by\s+)?$/;
const PARTNER_HEAD = /^(.*\s(?:to|from|with|in))\s+(?:the\s+)?[A-Z][^,;:()]*$/;

/** "Valued at $5.5 billion, these landings represent …": a fronted participle's figure measures the main clause's subject. */
const FRONTED_VALUE = /^\W*(?:Valued|Estimated|Priced|Worth)\s+at\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+|approximately\s+)?$/i;

function mainSubject(text: string, after: number, subjectAt: (offset: number) => string | undefined): string | undefined {
  const comma = text.indexOf(',', after);
  const verb = comma < 0 ? null : VERB_ANYWHERE.exec(text.slice(comma));
  return verb ? subjectAt(comma + verb.index + verb[0].length) : undefined;
}

function nextPartner(before: string, previous: string | undefined): string | undefined {
  const next = previous ? NEXT_PARTNER.exec(before) : null;
  const head = next ? PARTNER_HEAD.exec(previous as string) : null;
  return next && head ? `${head[1]} ${next[1]}` : undefined;
}

/** Words between two figures that start another clause. */
const CLAUSE_GAP = /[;:—–]|,\s*(?:while|and|but|whereas|which)\b|\b(?:and|while|but|whereas)\s+(?:the\s+)?[A-Za-z]|\balong\s+with\b|\bin\s+addition\s+to\b/;

/** "the increase in real GDP was 3.5%": a change named as the clause's subject, then "was". */
const CHANGE_WAS = new RegExp(`\\b((?:the|an?)\\s+(?:(?:monthly|quarterly|annual)\\s+)?${CHANGE_NOUN})\\s+in\\s+[^,;:()$\\d]{1,80}?\\s+(?:was|were|is|are|has\\s+been)\\s+(?:about\\s+|nearly\\s+|roughly\\s+|only\\s+|just\\s+)?$`, 'i');

/** "This is 0.6 percent below …, and is 1.0 percent below …": a verb after "and" with no subject of its own goes on with the one before. */
const ELIDED_SUBJECT = /(?:,\s*|\s)(?:and|but)\s+(?:is|was|are|were)\s+(?:about\s+|nearly\s+|roughly\s+|also\s+)?$/i;

const GROWTH_SUBJECT = /\bgrowth(?:\s+rates?)?$/i;
/** "The percent change in X", also after a place it is among: "Among large counties the change in personal income". */
const PERCENT_CHANGE_IN = /^(?:(?:among|across)\s+[^,]{1,80}?\s+)?(?:the\s+)?(?:percent(?:age)?\s+)?change\s+in\s+(.{2,120})$/i;
const MATCHED_BY = /\b(?:matched|complemented|supplemented|leveraged)\s+(?:by|with)\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+|an\s+additional\s+)?$/i;

export interface FigureAt {
  kind: 'money' | 'percent' | 'quantity';
  /** The sentence's words from the figure before to this one, and from this one to the next. */
  before: string;
  after: string;
  start: number;
  end: number;
  role?: Measure['role'];
  shareVerb: boolean;
  previous?: Measure;
  /** A count right after the money: "$49,507,151 in 21 Public Works projects". */
  countAfter: boolean;
}

export interface FoundSubject {
  subject?: string;
  /** "an increase in the goods deficit of $0.6 billion": the figure is a change, this way. */
  changeIn?: boolean;
  direction?: 'up' | 'down';
}

/**
 * A reader of one sentence's subjects, figure by figure in order. `antecedent(lead)` is what
 * the text before measured: the sentence before's subject for "It", the paragraph's for a
 * figure named by its period ("The January to February percent change was revised …").
 */
export function figureSubjects(text: string, antecedent: (lead: Lead) => string | undefined): (x: FigureAt) => FoundSubject {
  const subjectBefore = sentenceSubjects(text);
  const lead = antecedentLead(text);
  let partner: Partner | undefined;
  let lastSubject: string | undefined;
  return (x) => {
    const local = localSubject({ before: x.before, after: x.after, sentence: text, start: x.start, end: x.end, isPercent: x.kind === 'percent', isMoney: x.kind === 'money', shareVerbBefore: x.shareVerb, clauseSubject: () => subjectBefore(x.start), ...(partner ? { partnerBefore: partner } : {}) });
    partner = local.partner;
    // A base is the earlier value of what the figure before it measures ("… from the 2015
    // median income of $57,230"); a figure with none of its own in the clause of the one
    // before ("… of $0.6 billion to $81.4 billion") measures the same.
    const sameClause = x.previous?.subject !== undefined && (!CLAUSE_GAP.test(x.before) || DASH_APPOSITIVE.test(x.before));
    // "It was $2.1 billion less than in July", "The October figure is …": within that
    // clause, what the text before measured.
    const borrowed = lead && !CLAUSE_GAP.test(text.slice(0, x.start)) ? antecedent(lead) : undefined;
    // "which is matched by $8,661,983 in local investments", "will be matched with $966,000 in local funds": the agent's money is what it is in, not what the clause's subject measures.
    const matching = x.kind === 'money' && MATCHED_BY.test(x.before) ? purposeSubject(x.after, x.before) : undefined;
    const subject =
      (x.role === 'base' && x.previous?.subject) ||
      nextPartner(x.before, x.previous?.subject) ||
      (x.previous?.role === 'change' ? gappedSubject(x.before) : undefined) ||
      (FRONTED_VALUE.test(text.slice(0, x.start)) ? mainSubject(text, x.end, subjectBefore) : undefined) ||
      local.subject ||
      matching ||
      borrowed ||
      subjectBefore(x.start) ||
      (ELIDED_SUBJECT.test(x.before) ? lastSubject : undefined) ||
      (x.kind === 'money' ? purposeSubject(x.countAfter ? text.slice(x.end, x.end + 240) : x.after, x.before) : undefined) ||
      (sameClause ? x.previous?.subject : undefined);
    if (subject && x.role !== 'base') lastSubject = subject;
    // "personal income growth ranged from 7.6 percent": a rate that measures growth is a change.
    if (x.kind === 'percent' && subject && GROWTH_SUBJECT.test(subject)) return { subject, changeIn: true };
    // "The percent change in PCE across all 50 states … ranged from 16.3 percent": a change in what it names.
    const changeIn = x.kind === 'percent' && subject ? PERCENT_CHANGE_IN.exec(subject) : null;
    if (changeIn) return { subject: (changeIn[1] as string).replace(/\s+(?:across|among|in|for)\s+(?:all\s+)?(?:the\s+)?(?:\d+\s+)?(?:states|regions|industries|countries)\b.*$/i, ''), changeIn: true };
    const changeWas = local.changeIn ? null : CHANGE_WAS.exec(x.before);
    if (changeWas) return { ...(subject ? { subject } : {}), changeIn: true, direction: directionOfChangeNoun(changeWas[1] ?? '') };
    return { ...(subject ? { subject } : {}), ...(local.changeIn ? { changeIn: true } : {}), ...(local.direction ? { direction: local.direction } : {}) };
  };
}
