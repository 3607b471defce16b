/**
 * What a figure measures, as a short noun phrase from the sentence's own words. Readers
 * find it in a few places, tried in this order:
 *
 * - the phrase a change names: "an increase in the goods deficit of $0.6 billion";
 * - the phrase a figure labels: "capital goods ($0.8 billion)", "Insurance Services -- $1.5
 *   billion", a list item "Atlanta, Georgia: To provide …, $100,000";
 * - the noun the figure is "of": "a goods and services deficit of $63.8 billion", or the
 *   balance it follows: "a trade surplus nearly $64 billion";
 * - what a share is a part of, when the share leads its clause: "42 percent of all U.S.
 *   exports";
 * - the clause's grammatical subject before a verb of measure: "U.S. exports increased …",
 *   without the clause around it ("Today's report shows that …", "Year-to-date, …"), or
 *   the noun phrase a relative clause follows ("real GDP, which grew at 3.4 percent");
 * - what money is for, when the clause's subject is an agent: "NIST has $3 million in
 *   funding to support the centers".
 *
 * A pronoun, a clause opener or a verb is never a subject: such a figure gets none.
 */
import { figureNoun } from './figure-nouns.js';
import { FRONTED_WHOLE } from './roles.js';
import { AUX, CHANGE_NOUN, DEMONSTRATIVE, directionOfChangeNoun, KIND_NOUN, LEADING_PERIOD, MONTH_WORD, OPENER, phrase, PRONOUN, STOP, TRAILING_PERIOD, VERB, VERB_ANYWHERE, VERB_AT_START, WORD } from './subject-words.js';

export { VERB };


/** "Advance estimates of U.S. retail and food services sales", also after a headline run into the sentence ("Advance Estimates of U.S. Retail … Advance estimates of …"). */
const ESTIMATES_OF = /^(?:.*\s)?(?:the\s+)?(?:(?:advance|preliminary|revised|final|latest)\s+)?estimates?\s+of\s+/i;
const SUBORDINATOR = /^(?:(?:although|though|whereas|because|since|if|when|as|but|and|so|yet|also|however|while),?\s+)+/i;
/** A sentence whose subject is "It" or "They": a reader takes it from the sentence before. */
/** "It", "They", "This", or a demonstrative with a kind's name: "This industry contributed 2.50 percentage points …". */
const PRONOUN_LEAD = new RegExp(`^[^A-Za-z]*(?:It|They|(?:This|These)(?:\\s+${KIND_NOUN})?)\\s+(?=\\S)`);
const CHANGE_LEAD = new RegExp(`^[^A-Za-z]*(?:This|That|The)\\s+${CHANGE_NOUN}\\b`);

/** "an increase in the goods deficit of": the change's subject between "in" and "of". */
const CHANGE_IN_OF = new RegExp(`\\b(?:an?\\s+)?${CHANGE_NOUN}\\s+in\\s+((?:${WORD}\\s+){0,7}?${WORD})\\s+(?:of|by)\\s+(?:about\\s+|nearly\\s+|roughly\\s+|some\\s+|over\\s+)?$`, 'i');
/** "increasing exports by nearly 43 percent": the verb's object is what changed. */
/** A verb that moves what follows it, up or down; its stem says which (`movedUp`). */
const MOVE_VERB = '\\b(increas|rais|boost|grow|lift|expand|ramp(?:ing|ed|s)?\\s+up|reduc|cut|lower|decreas)(?:ing|ed|es|e|s)?';
const movedUp = (stem: string | undefined): boolean => /^(?:increas|rais|boost|grow|lift|expand|ramp)/i.test(stem ?? '');
const MOVED_BY = new RegExp(`${MOVE_VERB}\\s+((?:${WORD},?\\s+){0,9}?${WORD}),?\\s+by\\s+(?:about\\s+|nearly\\s+|roughly\\s+|almost\\s+|more\\s+than\\s+|over\\s+|some\\s+)?$`, 'i');
/** "expand this program to $20 million", "bringing the total grant award to nearly $2.1 million": what reaches the level. */
const MOVED_TO = new RegExp(`(?:${MOVE_VERB}|\\b(?:bring(?:ing|s)?|brought|push(?:ing|ed|es)?|tak(?:ing|es)|took))\\s+((?:${WORD}\\s+){0,4}?${WORD})\\s+to\\s+(?:about\\s+|nearly\\s+|roughly\\s+|almost\\s+|more\\s+than\\s+|over\\s+)?$`, 'i');
const UP_DOWN_LABEL = /\(\s*(?:(up|down)\s+(?:(?:more\s+than|nearly|about|almost|over|roughly)\s+)?|(\+|[-−](?=\s*$)))\s*$/i;
/** "capital goods (", "services -- ": the phrase right before a figure in parentheses or after a dash. */
const LABELLED = /((?:[\w.'’&/-]+,?\s+){0,7}?[\w.'’&/-]+)\s*(?:\(\s*|\s(?:--|—|–)\s*)$/;
const LABEL_BOUNDARY = /^(?:.*(?:[;:()—–]|--|\b(?:in|of|for|with|from|including|included|includes|include|such\s+as|to|on)\s))?\s*,?\s*(?:and\s+|or\s+)?/i;
const CHANGE_IN_LABEL = new RegExp(`\\b(?:(?:an?|the)\\s+)?(?:(?:monthly|quarterly|annual|yearly)\\s+)?(${CHANGE_NOUN})\\s+in\\s+((?:${WORD}\\s+){0,13}?${WORD})$`, 'i');
/** "a goods and services deficit of $", "last year’s goods and services export total of $", "had sales of $": a determiner, a possessive or "had", up to five words, then "of". */
const NOUN_OF = new RegExp(`(?:\\b(?:a|an|the|its|their|total|combined|and|had|has|have)|[A-Za-z]['’]s)\\s+((?:${WORD}\\s+){0,4}?${WORD})\\s+of\\s+(?:about\\s+|nearly\\s+|roughly\\s+|almost\\s+|approximately\\s+|at\\s+least\\s+|more\\s+than\\s+|over\\s+|some\\s+|up\\s+to\\s+)?$`, 'i');
/** "a balance of trade surplus nearly $64 billion": a surplus or deficit followed by its amount, no "of" between. */
const BALANCE_BEFORE = new RegExp(`\\b(?:a|an|the|its)\\s+((?:${WORD}\\s+){0,5}?(?:surplus|deficit))\\s+(?:about|nearly|roughly|almost|approximately|more\\s+than|over|of)?\\s*$`, 'i');
/** After a figure: "in funding to support the centers", "More for Ike/Gustav Recovery Efforts", "of economic output", "for high-value research …". */
const OF_WHAT = new RegExp(`^\\s+of\\s+((?:[\\w.'’&/-]+\\s+){0,8}?[\\w.'’&/-]+?)(?=\\s*${STOP}|\\s(?:are|were|is|was|will|would|to|in|from|have|has|had|that|who|which|live|work|reside|say|said|by\\s+(?:19|20)\\d\\d)\\b)`, 'i');
/** "fund five projects for almost $1.3 million": the money is what the counted projects get. */
const COUNT_FOR = /\b((?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\s+(?:[A-Za-z-]+\s+){0,3}?(?:projects?|grants?|awards?|investments?|loans?|contracts?))\s+for\s+(?:about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+|approximately\s+)?$/i;
/** A line of title-case words (a headline in capitals is no label), nothing else, then the figure after a space or a line break or two. */
const LABEL_LINE = /(?:^|\n)[ \t]*((?:[A-Z][a-z][\w'’-]*)(?:[ \t]+(?:[A-Z][a-z][\w'’-]*|of|and|for|the|in|on)){1,6})(?:[ \t]+|[ \t]*(?:\n[ \t]*){1,2})$/;
/** "exported a record $", "imported about $": money a country or its businesses traded, with nothing after it saying in what. */
const TRADED = /\b(ex|im)port(?:ed|s)\s+(?:(?:a\s+record|an\s+estimated|a\s+total\s+of|about|nearly|almost|approximately|roughly|some|more\s+than|over)\s+)*$/i;
const LIST_LEAD = /^\s*(?:[•*·-]\s*)?([A-Z][^:]{1,60}):\s.*,\s*$/;

/** "has $3 million": have as a main verb is possession, an action. */
const HAVE_MAIN = /^\s+(?!been\b|\w+(?:ed|en)\b|grown\b|risen\b|come\b|hit\b|set\b)/i;
export const CLAUSE_BREAK = /(?:^|[;:—–]|(?<!,\s*[\w-]+(?:\s[\w-]+)?|\s(?:to|from|of|in|with|by)),\s*and\b|,\s*(?:while|but(?!\s+not\b)|whereas|as(?!\s+well\s+as\b))\b|,\s*which\b|\bwhile\b|\bwhereas\b|,\s*(?:causing|leading|pushing|driving|sending|lifting|with)\b)/gi;
/** The breaks after which a clause's own subject comes before a participle or infinitive: "causing the deficit to increase", "with the deficit growing". */
export const OWN_SUBJECT_BREAK = /(?:causing|leading|pushing|driving|sending|lifting|with)$/i;
/** Past this many words a subject drops a participle's place; past the most, it is no subject but a clause. */
const LONG_SUBJECT_WORDS = 12;
const MAX_SUBJECT_WORDS = 16;
const LEADING_ADVERBIAL = /^(?:(?:so\s+far|compared\s+(?:to|with)|among|across|in|on|during|for|as|year[-\s]to[-\s]date|year[-\s]over[-\s]year|combined|today|although|though|while|since|within|by|at|through|however|meanwhile|overall|also|under|after|before|with|from|excluding|including|moreover|additionally|in\s+addition|as\s+a\s+result|separately|conversely|similarly|likewise|by\s+contrast|nevertheless|nonetheless|together|earlier|last|this|that|first|second|finally|specifically|originally|actually|indeed|notably|currently)\b[^,]{0,80},\s+|according\s+to\b[^,]{0,200},\s+|(?:partially\s+|partly\s+)?offsetting\b[^,]{0,80},\s+)+/i;
/** "through June of this year exports are up", "This month the deficit …": a time that leads its clause without a comma. */
const LEADING_TIME = new RegExp(`^(?:(?:through|during|in|since)\\s+${MONTH_WORD}(?:\\s+of\\s+(?:this\\s+year|(?:19|20)\\d\\d)|,?\\s+(?:19|20)\\d\\d)?|(?:this|last)\\s+(?:month|quarter|year))\\s+(?=[a-z])`, 'i');
/** "According to the new Commerce report, 2014 Metropolitan Area Export Overview, metro area exports": the report's name after its source. */
const REPORT_NAME = /^(?:(?:19|20)\d\d\s+)?(?:[A-Z][\w.'’&-]*\s+){0,8}[A-Z][\w.'’&-]*,\s+(?=\S)/;
/** "The October figure is 1.1 percent below …": a figure named by its period alone is the one the sentence before measured. */
const FIGURE_TIME = `(?:${MONTH_WORD}(?:\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d|annual|monthly|quarterly|(?:first|second|third|fourth)[\\s-]quarter)`;
const FIGURE_LEAD = new RegExp(`^[^A-Za-z]*The\\s+(?:${FIGURE_TIME}\\s+(?:to|through)\\s+)?${FIGURE_TIME}\\s+(?:(?:percent(?:age)?\\s+)?change|figure|estimate|level|total)\\s+(?=\\S)`);
const TRAILING_AUX = new RegExp(`(?:\\s+(?:${AUX}|been|be|not|also|already|now|just|still|virtually))+\\s*$`, 'i');
/** "sales in May": the month, not the auxiliary, and the time trails the subject. */
const MONTH_MAY = /\s+(?:in|for|during|through|of|since)\s+May$/;
/** "Disposable personal income (DPI)": the acronym or gloss in parentheses is no part of what a reader calls it. */
const TRAILING_PARENTHETICAL = /(?<=\S)\s*\([^()]*\)$/;
/** "Per capita personal income (personal income divided by population) in large counties": a gloss of words inside the subject is no part of it. */
const INNER_GLOSS = /\s*\([^()\d]*\s[^()\d]*\)(?=\s)/g;
const TRAILING_ASIDE = /,\s+(?:adjusted|seasonally|not|but|which|revised|excluding|including|according)\b[^]*$/i;
/** "… by international visitors traveling in the United States": where a subject runs long, a participle's place is what it leaves out. */
const TRAILING_PLACE_PARTICIPLE = /\s+(?:[a-z]+ing|located|based)\s+(?:in|to|from|at|within|across|outside|throughout)\s+[^,;]*$/;

/** A figure or a year in a clause's words: then they are no subject. A count may be in one ("Exports from 50 U.S. Metropolitan Areas"). */
const FIGURE_IN_WORDS = /\$|%|\d[.,]\d|\b(?:19|20)\d\d\b|\d\s*(?:percent|trillion|billion|million|thousand)\b|\d{4,}|\d+(?:st|nd|rd|th)?-|[A-Za-z]\d|\d[A-Za-z]/i;

/** "The average of real GDP and real GDI, a supplemental measure … that equally weights GDP and GDI,": the appositive only describes the subject. */
const TRAILING_APPOSITIVE = /(?<=[^,\s]),\s+(?:an?|the|our|its|their)\s+[^,]+,\s*$/i;

/** A clause's words up to its verb, made into a subject, or nothing if they do not read as one. */
export function cleanSubject(raw: string): string | undefined {
  let words = raw
    .replace(TRAILING_APPOSITIVE, '')
    .replace(/^[^A-Za-z$]*(?:[A-Z][A-Z .,]+(?:—|–|--|\s-\s))?/, '')
    // "Page 1 of 6 Real GDP …": a PDF's page header run into the sentence.
    .replace(/^Page\s+\d+\s+of\s+\d+\s+/, '')
    // "HOUSING STARTS Privately-owned housing starts", "Annual Revisions Current Account The U.S. current-account deficit": a section's heading run into its first sentence.
    .replace(/^(?:[A-Z]{2,}\s+){2,4}["“]?(?=[A-Z][a-z])|^.*\b[A-Z][\w-]*\s+(?=The\s)/, '')
    // "Today's report shows that …" opens a clause; "Earnings in that industry" is a determiner; "economies that have trade agreements" a relative clause.
    .replace(/^.*\b(?<!\b(?:in|of|for|on|at|by|with|from|to|and)\s)that\s+(?!(?:have|has|had|are|is|was|were|will|would|can|could|export|exported|import|imported)\b)/i, '')
    .replace(/^.*\b(?:shows?|showed|reported|indicates?|indicated|says|said|finds|found|confirms?|confirmed|announces|announced|reports)\s+/i, '')
    .replace(/^[\s,]+|[\s,]+$/g, '');
  const according = /^according\s+to\b/i.test(words);
  words = words.replace(LEADING_ADVERBIAL, '').replace(LEADING_TIME, '');
  if (according) words = words.replace(REPORT_NAME, '');
  words = words.replace(INNER_GLOSS, '').replace(ESTIMATES_OF, '').replace(MONTH_MAY, '').replace(TRAILING_AUX, '').replace(TRAILING_ASIDE, '').replace(TRAILING_PARENTHETICAL, '').replace(TRAILING_PERIOD, '').replace(/^[\s,"“”]+|[\s,"“”]+$/g, '');
  // "Although imports fell …": the subordinate clause's own subject, not its opener.
  words = words.replace(SUBORDINATOR, '').replace(LEADING_PERIOD, '');
  if (!words || FIGURE_IN_WORDS.test(words) || OPENER.test(words) || DEMONSTRATIVE.test(words)) return undefined;
  if (words.split(/\s+/).length > LONG_SUBJECT_WORDS) words = words.replace(TRAILING_PLACE_PARTICIPLE, '');
  const list = words.split(/\s+/);
  if (list.length > MAX_SUBJECT_WORDS || PRONOUN.test(list[0] ?? '') && list.length === 1) return undefined;
  if (/^(?:there|it)$/i.test(list[0] ?? '')) return undefined;
  // "from February but": a preposition's object and a conjunction are no noun phrase.
  if (/^(?:from|to|than|by|at|on|with)$/i.test(list[0] ?? '') || /^(?:and|but|or|while)$/i.test(list[list.length - 1] ?? '')) return undefined;
  return words;
}


export interface Around {
  /** The sentence up to the figure, from the end of the figure before it (or the sentence's start). */
  before: string;
  /** The sentence after the figure, up to the next figure (or the sentence's end). */
  after: string;
  /** The whole sentence (a line, for list items) and where the figure ends in it. */
  sentence: string;
  start: number;
  end: number;
  isPercent: boolean;
  /** A share verb right before it ("accounted for"): then the clause's subject is the part. */
  shareVerbBefore: boolean;
  /** The clause's grammatical subject, asked for only when a label needs it. */
  clauseSubject?: () => string | undefined;
  isMoney?: boolean;
  /** The partner the figure before it was labelled with ("with China (7.3 percent) and …"). */
  partnerBefore?: Partner;
}

/** What the words right around a figure say it measures, before the clause's subject is tried. */
/** The endings the patterns below need, tested first: a pattern anchored at the end is tried from every position, so most figures skip it. */
const ENDS_IN_OF = /\b(?:of|by)\s+(?:\S+\s+){0,2}$/;
const ENDS_IN_TO = /\bto\s+(?:\S+\s+){0,2}$/;
const BOUND_IN_LABEL = /\(\s*(?:nearly|about|almost|approximately|roughly|over|more\s+than|less\s+than)\s+$/i;
const ENDS_IN_LABEL = /(?:\(\s*|\s(?:--|—|–)\s*)$/;

export interface Partner {
  head: string;
  prep: string;
}

/**
 * "exports to China ($12.1 billion)", "has improved with China (7.3 percent) and the European
 * Union (5.4 percent)": a label after "to", "from" or "with" is the partner of what the
 * words before it (or the clause's subject, after a verb) measure, and a label coordinated
 * right after such a figure has the same.
 */
function partnerOf(prefix: string, near: string, x: Around): Partner | undefined {
  if (x.partnerBefore && /^\s*\)\s*,?\s*(?:and|or)?\s*$/i.test(prefix) && /^\s*\)/.test(near)) return x.partnerBefore;
  const prep = /\b(with|to|from|of)\s+$/i.exec(prefix);
  if (!prep) return undefined;
  const words = prefix
    .slice(0, prep.index)
    .replace(/^.*(?:[;:()—–,]|--)/, '')
    .trim()
    .split(/\s+/)
    .slice(-6)
    .join(' ')
    .replace(/^(?:(?:with|for|in|on|and|including|of|both|record|new)\s+)+/i, '');
  const own = words && !/\d|\$/.test(words) && !VERB_ANYWHERE.test(words) ? phrase(words) : undefined;
  const head = own ?? (prep[1]?.toLowerCase() === 'with' && prefix.trim() ? x.clauseSubject?.() : undefined);
  return head && /^[A-Za-z]/.test(head) ? { head, prep: (prep[1] as string).toLowerCase() } : undefined;
}

export function localSubject(x: Around): { subject?: string; changeIn?: boolean; direction?: 'up' | 'down'; partner?: Partner } {
  const near = x.before.slice(-160);
  const endsInOf = ENDS_IN_OF.test(near);
  const changeIn = endsInOf ? CHANGE_IN_OF.exec(near) : null;
  const changed = changeIn && !/^(?:real|nominal|current[-\s]dollar|constant[-\s]dollar)\s+(?:terms|dollars)$/i.test(changeIn[1] ?? '') ? phrase(changeIn[1]) : undefined;
  if (changed) return { subject: changed, changeIn: true, direction: directionOfChangeNoun(changeIn?.[0] ?? '') };
  const moved = endsInOf ? MOVED_BY.exec(near) : null;
  const movedWhat = moved ? phrase(moved[2]) : undefined;
  if (movedWhat) return { subject: movedWhat, changeIn: true, direction: movedUp(moved?.[1]) ? 'up' : 'down' };
  // "wants to expand this program to $20 million": the level what is moved reaches.
  const reached = ENDS_IN_TO.test(near) ? MOVED_TO.exec(near) : null;
  const reachedWhat = reached && !/\b\w+ly\b|^(?:by|from|up|down|over|in|at)\b/i.test(reached[2] ?? '') ? phrase((reached[2] as string).replace(/^(?:this|that|the|its|our)\s+/i, '')) : undefined;
  if (reachedWhat) return { subject: reachedWhat };
  // "Rental Vacancy Rate⏎⏎6.2%", "Homeowner Vacancy Rate 0.9%": a chart's or a table's label over or before a figure alone on its line.
  const labelLine = /^[ \t]*(?:\n|$)/.test(x.after) ? LABEL_LINE.exec(x.before) : null;
  const overLabel = labelLine ? phrase(labelLine[1]) : undefined;
  if (overLabel) return { subject: overLabel };
  // "The United States exported a record $2.3 trillion last year": what the verb says the money is.
  const traded = x.isMoney && !/^\s+(?:in|of|worth)\b/i.test(x.after) ? TRADED.exec(near) : null;
  if (traded) return { subject: /^ex/i.test(traded[1] ?? '') ? 'exports' : 'imports' };
  const counted = x.isMoney ? COUNT_FOR.exec(x.sentence.slice(Math.max(0, x.start - 120), x.start)) : null;
  if (counted) return { subject: counted[1] as string };
  const named = figureNoun({ before: near, after: x.after, sentenceBefore: x.sentence.slice(0, x.start), isMoney: x.isMoney === true, hyphenated: /\d-/.test(x.sentence.slice(x.start, x.end)) });
  if (named.subject) return { subject: named.subject };
  // "San Antonio (up more than 33 percent from 2011)", "New Mexico (+42 percent)": a label's change, read as the label.
  const upDown = UP_DOWN_LABEL.exec(near);
  // "U.S. exports to Quebec in 2010 (nearly $18 billion)": a bound inside the parentheses labels the figure as well.
  const labelNear = upDown ? `${near.slice(0, upDown.index)}(` : near.replace(BOUND_IN_LABEL, '(');
  const unabbreviated = ENDS_IN_LABEL.test(labelNear) ? labelNear.replace(/\s*\([A-Z&]{2,}\)\s*(?=\(\s*$)/, ' ') : '';
  const labelled = unabbreviated ? LABELLED.exec(unabbreviated) : null;
  if (labelled) {
    const written = unabbreviated.slice(0, labelled.index + labelled[0].length).replace(/\s*(?:\(|--|—|–)\s*$/, '');
    // "U.S. exports to Alberta in 2010 ($12 billion)": the label's time is no part of it, if a label is left.
    const untimed = written.replace(TRAILING_PERIOD, '');
    const text = untimed !== written && phrase(untimed.replace(LABEL_BOUNDARY, '')) ? untimed : written;
    const label = text.replace(LABEL_BOUNDARY, '');
    const found = phrase(label.replace(/^(?:both|either)\s+/i, ''));
    const partner = found ? partnerOf(text.slice(0, text.length - label.length), near, x) : undefined;
    if (partner) return { subject: `${partner.head} ${partner.prep} ${found}`, partner };
    // "… were the highest since August 2008 ($43.7 billion)": a figure labelled by a time is the clause's subject then.
    const timed = !found && TRAILING_PERIOD.test(` ${label}`) ? x.clauseSubject?.()?.replace(new RegExp(`^${MONTH_WORD}\\s+(?=[a-z])`), '') : undefined;
    if (timed) return { subject: timed };
    // "The monthly increase in the export value for goods and services between February and March 2011 ($7.7 billion)": a change.
    const changeInLabel = CHANGE_IN_LABEL.exec(text);
    if (found && changeInLabel) return { subject: found, changeIn: true, direction: directionOfChangeNoun(changeInLabel[1] ?? '') };
    if (found && upDown) return { subject: found, changeIn: true, direction: /^(?:up|\+)$/i.test(upDown[1] ?? upDown[2] ?? '') ? 'up' : 'down' };
    if (found) return { subject: found };
  }
  if (/^\s*$/.test(x.sentence.slice(x.end).replace(/[.;]\s*$/, ''))) {
    const lead = LIST_LEAD.exec(x.sentence.slice(0, x.start));
    if (lead) return { subject: phrase(lead[1]) };
  }
  const nounOf = endsInOf ? NOUN_OF.exec(near) : null;
  if (nounOf && !/\b(?:more|less|fewer)\s+than\s+(?:the\s+)?[\w\s]*$/i.test(near.slice(0, nounOf.index + 1))) {
    // "the nation and an annual payroll of", "the sector had sales of": the noun is the one right before "of".
    const found = phrase((nounOf[1] as string).replace(/^.*\b(?:and\s+the|an?|had|has|have)\s+/i, ''));
    if (found) return { subject: found };
  }
  const balance = x.isMoney ? BALANCE_BEFORE.exec(near) : null;
  const balanced = balance ? phrase(balance[1]) : undefined;
  if (balanced) return { subject: balanced };
  const whole = x.isPercent ? FRONTED_WHOLE.exec(x.before) : null;
  const wholeSubject = whole ? phrase(whole[1]) : undefined;
  if (wholeSubject) return { subject: wholeSubject };
  if (x.isPercent && !x.shareVerbBefore) {
    const of = OF_WHAT.exec(x.after);
    if (of && !/\b(?:the\s+)?(?:total|overall)\b/i.test(of[1] ?? '')) {
      const found = phrase(of[1]);
      if (found) return { subject: found };
    }
  }
  return {};
}

/** Whether a verb match is an action (its subject is an agent, not what a figure measures). */
export function isAction(m: RegExpExecArray | RegExpMatchArray, sentence: string): boolean {
  if (m[3] !== undefined) return true;
  if (m[2] !== undefined && /^ha(?:s|ve|d)$/i.test(m[0])) return HAVE_MAIN.test(sentence.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 30));
  return false;
}

/** Where a sentence's subject is found: the sentence before, or the paragraph's first. */
export type Lead = 'sentence' | 'paragraph';

/**
 * Where the sentence's subject stands for what the text before measured, if it does: "It" or "They"
 * right before a verb ("It rose 4 percent") or the change itself ("This increase, …,
 * followed a 1.4 percent September decrease") for the sentence before's; a figure named by
 * its period ("The October figure is …", "The January to February 2000 percent change was
 * revised …") for the paragraph's, the series it opened with.
 */
export function antecedentLead(sentence: string): Lead | undefined {
  if (CHANGE_LEAD.test(sentence)) return 'sentence';
  const pronoun = PRONOUN_LEAD.exec(sentence);
  const lead = pronoun ?? FIGURE_LEAD.exec(sentence);
  if (!lead || !VERB_AT_START.test(sentence.slice(lead[0].length, lead[0].length + 20))) return undefined;
  return pronoun ? 'sentence' : 'paragraph';
}
