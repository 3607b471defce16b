/**
 * What money is for when its clause's subject did something with it ("awarded $2 million
 * for broadband planning", "invests $855,000 in seven centers", "$30 million transferred
 * to NIST"): the purpose, read from the words after the figure.
 */
import { phrase, STOP } from './subject-words.js';

const FOR_WHAT = new RegExp(`^\\s+(?:more\\s+)?(?:in|of|for)\\s+((?:[\\w.'’&/-]+\\s+){0,9}?[\\w.'’&/-]+?)(?=\\s*${STOP}|\\s(?:per|through|by|under|from|during|since|across|as|at|when|which|who|that|in|to|will|would|is|are|was|were|and\\s+(?:will|is|are|was|were|[a-z]+ed|nearly|about|almost|over|more\\s+than)|once|until|unless|because|all\\s+over|over\\s+(?:a|an|the|\\d+)|around|abroad|overseas|internationally|worldwide|supports|sustains|creates|generates|means)\\b)`, 'i');
const TO_VERB_OBJECT = new RegExp(`^\\s+to\\s+(?:expand|support|fund|help|create|build|improve|establish|provide|develop|strengthen)\\s+((?:[\\w.'’&/-]+\\s+){0,7}?[\\w.'’&/-]+?)(?=\\s*${STOP}|\\s(?:to|for|in|through|by|and|with)\\b)`, 'i');

/** One instrument money takes, which says what it is only with what it is for: "a grant", "an award". */
const ONE_INSTRUMENT = /^an?\s+(?:grant|award|loan|contract|cooperative\s+agreement)$/i;
/** A form money takes ("grants", "funding"): "invests $2 million in grants" is no investment in grants. */
const FUNDING_FORM = /^(?:an?\s+|the\s+)?(?:grants?|awards?|funding|funds|loans?|investments?|assistance|contracts?|cooperative\s+agreements?|financing)\b/i;
/** "… a grant to one or more organizations to provide additional fellowships": what the money provides. */
const PROVIDES_LATER = new RegExp(`^[^;:]*?\\bto\\s+(?:provide|fund|support|create|establish|expand|build|develop)\\s+(?:(?:additional|new|more)\\s+)?((?:[\\w.'’&/-]+\\s+){0,7}?[\\w.'’&/-]+?)(?=\\s*${STOP}|\\s(?:to|for|in|through|by|with)\\b)`, 'i');
/** "$30 million transferred to NIST from other agencies": the money is what the participle says happened to it. */
const MONEY_PARTICIPLE = new RegExp(
  `^\\s+((?:transferred|allocated|appropriated|obligated|disbursed|distributed|raised|spent|leveraged|collected|loaned|reserved|earmarked|set\\s+aside|made\\s+available)\\s+(?:to|from|by|for|on|through|under)\\s+(?:[\\w.'’&/-]+\\s+){0,9}?[\\w.'’&/-]+?)(?=\\s*${STOP}|\\s(?:will|would|is|are|was|were|has|have|and|which|who|that|to\\s+(?:invest|support|fund|help|create|build|provide|expand|improve|develop|establish|pay|cover|purchase|hire|train)\\b))`,
  'i',
);
const INVESTED_IN = new RegExp(`^\\s+invested\\s+in\\s+((?:[\\w.'’&/-]+\\s+){0,6}?[\\w.'’&/-]+?)(?=\\s*${STOP}|\\s(?:to|for|through|by|under|from|during|since|as|at|that|which|will|is|are|was|were)\\b)`, 'i');
const INVEST_BEFORE = /\binvest(?:s|ed|ing)?\s+(?:(?:about|nearly|more\s+than|over|some|an\s+additional)\s+)?$/i;

/**
 * What money is for, when the clause's subject did something with it: "$27 million in
 * grants for Midwestern communities"; "invests $855,000 in seven centers" is an investment
 * in them; a bare form ("for a grant to … to provide fellowships") is what it provides.
 */
export function purposeSubject(after: string, before = ''): string | undefined {
  const participle = MONEY_PARTICIPLE.exec(after);
  if (participle) return phrase(`funds ${(participle[1] as string).replace(/\s+/g, ' ')}`);
  // "$3.4 Million Invested in Kentucky": an investment in it.
  const invested = INVESTED_IN.exec(after);
  const where = invested ? phrase(invested[1]) : undefined;
  if (where && !FUNDING_FORM.test(where)) return `investment in ${where}`;
  const m = FOR_WHAT.exec(after) ?? TO_VERB_OBJECT.exec(after);
  const found = m ? phrase(m[1]) : undefined;
  if (!found || !m) return undefined;
  if (ONE_INSTRUMENT.test(found)) {
    const provided = PROVIDES_LATER.exec(after.slice(m[0].length));
    const what = provided ? phrase(provided[1]) : undefined;
    return what ? `${found} for ${what}` : found;
  }
  if (/^\s+in\s/i.test(after) && INVEST_BEFORE.test(before) && !FUNDING_FORM.test(found)) return `investment in ${found}`;
  return found;
}
