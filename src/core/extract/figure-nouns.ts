/**
 * Subjects a figure's neighbouring words name outright, tried before the clause's
 * grammatical subject: the noun a figure modifies ("a $142,450 civil penalty", "a $1.15
 * million grant to the City of Jackson"), the change a figure measures ("a 4.8 percent
 * decrease in exports", "the 2.9 percentage point growth in real GDP"), what money is
 * an amount of ("$222 billion in annual visitor spending"), and what a total counts ("67 investments … totaling $94,802,516", "civil penalties totaling
 * $49,500").
 */
import { CHANGE_NOUN, phrase, STOP, VERB_ANYWHERE, WORD } from './subject-words.js';
import { ADDED } from './roles.js';

/** What a figure's money can be, as the noun right after it. */
const MONEY_NOUNS = ['grant', 'award', 'investment', 'loan', 'contract', 'penalty', 'fine', 'settlement', 'package', 'appropriation', 'allocation', 'budget', 'request', 'cooperative\\s+agreement', 'program', 'initiative', 'project', 'expansion', 'facility', 'fund', 'challenge', 'competition'];
/** Case-sensitive but for a capital first letter (headlines): a recipient must be named in capitals. */
const MONEY_NOUN = `(?:${MONEY_NOUNS.map((w) => `[${(w[0] as string).toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})s?`;
/** "$1.15 million grant to the City of Jackson", "the $500 million Good Jobs Challenge", "$1 billion “Build Back Better Regional Challenge”": the noun, its modifiers, and a recipient named in capitals. */
const NOUN_AFTER_MONEY = new RegExp(
  `^\\s+[“"]?((?:(?!(?:[Ii]n|[Ff]or|[Oo]f|[Tt]o|[Oo]n|[Aa]t|[Bb]y|[Ww]ith|[Ff]rom|[Aa]nd|[Oo]r|[Aa]s|[Pp]er|[Aa]|[Aa]n|[Tt]he)\\b)[A-Za-z][\\w-]*\\s+){0,2}?(?:[A-Z][\\w-]*\\s+(?:\\([A-Z]{2,6}\\)\\s+)?)?${MONEY_NOUN})\\b[”"]?(?:\\s+to\\s+((?:the\\s+)?[A-Z][\\w.'’&-]*(?:,?\\s+(?:of|and|the|for|[A-Z][\\w.'’&-]*))*))?(?=\\s*${STOP}|\\s+[–—]|\\s+(?:to|for|in|that|which|will|would|is|was|are|were|as|from|under|with|and|against|on|by|of|over|through|[a-z]+ed)\\b)`,
);
/** "a $2.2 billion surplus in travel and tourism from India": the balance, and what it is in. */
const BALANCE_AFTER = new RegExp(`^\\s+((?:trade\\s+)?(?:surplus|deficit)(?:\\s+(?:in|on|with)\\s+(?:${WORD}\\s+){0,6}?${WORD})?)(?=\\s*${STOP}|\\s+(?:to|for|that|which|was|is|were|are|in\\s+(?:19|20)\\d\\d)\\b)`, 'i');
/** "$222 billion in annual international visitor spending": money "in" what it is an amount of. */
const ADDED_TO = new RegExp(`^\\s+(?:to|from|off)\\s+((?:${WORD}\\s+){0,6}?${WORD})(?=\\s*${STOP}|\\s+(?:in|during|for|over|since|while|and|but)\\b)`, 'i');
/** "$1.84 trillion worth of goods and services", "exported $1.6 trillion of goods and services": what the money is of. */
const WORTH_OF_AFTER = new RegExp(`^\\s+(?:worth\\s+)?of\\s+((?:${WORD}\\s+){0,6}?${WORD})(?=\\s*${STOP}|\\s*[—–]|\\s+(?:to|for|by|from|in|at|over|during|this|last|since|through|that|which|were|was|is|are|comes|came|flows|flowed|go|goes|went|be|per|each|a|annually)\\b)`, 'i');
const IN_MEASURE_AFTER = new RegExp(
  `^\\s+in\\s+((?:${WORD}\\s+){0,5}?(?:spending|sales|exports|imports|revenues?|receipts|purchases|expenditures|outlays|shipments|orders|earnings|wages|payrolls?|income|output|losses|damages))(?=\\s*${STOP}|\\s+(?:to|for|by|from|in|at|and|over|during|this|last|per|each|a|an|annually|since|through)\\b)`,
  'i',
);
/** A recipient named in capitals, not a headline's purpose ("Grant to Create Jobs, Strengthen Economy"). */
const RECIPIENT = /^(?!(?:Create|Support|Help|Boost|Spur|Expand|Build|Strengthen|Improve|Fund|Promote|Protect|Restore|Develop|Advance|Provide|Increase|Bring|Revitalize|Grow|Modernize|Enhance)\b)(?:the\s+)?[A-Z][\w.'’&-]*(?:,?\s+(?:of|and|the|for|[A-Z][\w.'’&-]*))*$/;
/** "a 4.8 percent decrease in exports", "a $2.1 billion September increase in sales". */
const CHANGE_NOUN_AFTER = new RegExp(
  `^\\s+(?:(?:[A-Z][a-z]+|monthly|quarterly|annual|yearly)\\s+)?${CHANGE_NOUN}\\s+in\\s+((?:${WORD}\\s+){0,7}?${WORD}?)(?=\\s*${STOP}|\\s+(?:from|to|since|over|between|during|in|at|and|was|were|is|are|will|compared|versus)\\b)`,
  'i',
);
/** "EDA announced 67 investments from September 22-28, 2023, totaling": what the total counts. */
const TOTALLING = /(?:\btotall?ing|\bworth|\bvalued\s+at|\bamounting\s+to|\brequesting|\bseeking)\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+|approximately\s+|almost\s+)?$/i;
/** "exported merchandise worth more than $25 billion": what is worth the money, a mass noun. */
const WORTH = /\b(?:worth|valued\s+at)\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+|approximately\s+|almost\s+)?$/i;
const MASS_NOUN = /\b((?:[A-Za-z][\w-]*\s+){0,3}?[a-z][\w-]*),?\s+$/;
const COUNTED = /\b(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\s+)?((?:[A-Za-z][\w-]*\s+){0,4}?[a-z][\w-]*s)((?:\s+(?:from|in|for|across|to|under|during|between|through)\b(?:[^,;:$]|,\s*(?:19|20)\d\d\b){0,60})?),?\s+$/;

/** "• $15 million to the University of Pittsburgh (Pittsburgh, Pa.) for …": a list item's money goes to the recipient it names. */
const ITEM_RECIPIENT = /^\s+to\s+(?:the\s+)?([A-Z][\w.'’&-]*(?:\s+(?:of|and|the|for|at|[A-Z][\w.'’&-]*))*)/;
const SIGNED_ITEM = /(?:^|\n)[ \t]*[•*·▪–-][ \t]*([A-Za-z][^\n$+]{2,100}?)[ \t]+[+−–-][ \t]*$/;
const ITEM_START = /(?:^|\n)[ \t]*(?:[•*·▪–-][ \t]*)?$/;
/** "a 15 percent surcharge on certain patent fees", "the 90 percent confidence interval": the charge or interval a rate is. */
const RATE_NOUN_AFTER = new RegExp(`^\\s+((?:surcharge|tariff|dut(?:y|ie)|tax|fee|discount|rebate|premium|confidence\\s+interval|confidence\\s+level)s?(?:\\s+on\\s+(?:${WORD}\\s+){0,4}?${WORD})?)(?=\\s*${STOP}|\\s+(?:that|which|for|to|is|was|will|and|in|became|took|includes|contains|applies|around)\\b)`, 'i');

/** "paid on average 25 percent higher wages than non-FDI employment": what is compared. */
const COMPARED_NOUN_AFTER = new RegExp(`^\\s+(?:higher|lower|greater|larger|smaller|more|less|fewer)\\s+((?:${WORD}\\s+){0,3}?[a-z][\\w-]*)\\s+than\\b`);
/** "the 90-percent confidence level": the noun a hyphenated rate modifies. */
const MODIFIED_NOUN = new RegExp(`^\\s+((?:${WORD}\\s+){0,2}?[a-z][\\w-]*)(?=\\s*${STOP}|\\s+(?:of|for|in|on|at|to|that|which|unless|is|was|are|were|and)\\b)`);

/** A phrase that ends its sentence ends before the full stop ("goods and services." → "goods and services"; "U.S." keeps its own). */
const withoutFullStop = (words: string): string => words.replace(/(?<=[a-z]{2})\.$/, '');

export function figureNoun(x: { before: string; after: string; sentenceBefore: string; isMoney: boolean; hyphenated?: boolean }): { subject?: string; change?: boolean } {
  const change = CHANGE_NOUN_AFTER.exec(x.after);
  if (change) {
    const found = phrase(change[1]);
    if (found) return { subject: found, change: true };
  }
  if (!x.isMoney) {
    // "added 6.4 percentage points to personal income growth": what the points were added to.
    const addedTo = ADDED.test(x.before) ? ADDED_TO.exec(x.after) : null;
    // "to personal income growth": the growth of a named thing is a subject, though "growth" alone is none.
    const target = addedTo ? withoutFullStop(addedTo[1] as string) : '';
    if (target && phrase(target.replace(/\s+growth$/i, ''))) return { subject: target };
    const charge = RATE_NOUN_AFTER.exec(x.after) ?? COMPARED_NOUN_AFTER.exec(x.after);
    if (charge) return { subject: (charge[1] as string).replace(/[.,;:]+$/, '') };
    // "a 5-percent pace", "a 4.9-percent growth": a rate or a change is no subject of its own.
    const modified = x.hyphenated ? phrase(MODIFIED_NOUN.exec(x.after)?.[1]) : undefined;
    return modified ? { subject: modified } : {};
  }
  // "* Protection and restoration of marine and coastal areas + $38 million": a budget line's item.
  const line = SIGNED_ITEM.exec(x.sentenceBefore);
  const item = line ? phrase(line[1]) : undefined;
  if (item) return { subject: item };
  const recipient = ITEM_START.test(x.sentenceBefore) ? ITEM_RECIPIENT.exec(x.after) : null;
  if (recipient) return { subject: (recipient[1] as string).replace(/\s+(?:of|and|the|for|at)$/, '') };
  const noun = NOUN_AFTER_MONEY.exec(x.after);
  if (noun) {
    const head = phrase(noun[1]);
    // A recipient is named: "to the City of Jackson", not "to settle charges".
    const recipient = noun[2] && RECIPIENT.test(noun[2]) ? noun[2].replace(/[\s,]+(?:of|and|the|for)$/, '').replace(/(?<=[a-z]{3})\.$/, '') : undefined;
    if (head) return { subject: recipient ? `${head} to ${recipient}` : head };
  }
  const balance = BALANCE_AFTER.exec(x.after);
  if (balance) return { subject: balance[1] as string };
  // "within $1.9 billion of their high water mark" is a distance from it.
  const worthOf = /\bwithin\s+$/i.test(x.before) ? null : WORTH_OF_AFTER.exec(x.after);
  // "$20 million of this funding go to …": the funding, without the pointing word.
  const goods = worthOf ? phrase(withoutFullStop((worthOf[1] as string).replace(/^(?:this|that|these|those)\s+/i, ''))) : undefined;
  if (goods) return { subject: goods };
  const amountOf = IN_MEASURE_AFTER.exec(x.after);
  const measured = amountOf ? phrase(amountOf[1]) : undefined;
  if (measured) return { subject: measured };
  const tail = x.sentenceBefore.slice(-200);
  const totalling = TOTALLING.exec(tail);
  if (totalling) {
    const counted = COUNTED.exec(tail.slice(0, totalling.index)) ?? (WORTH.test(totalling[0]) ? MASS_NOUN.exec(tail.slice(0, totalling.index)) : null);
    const words = counted?.[1]?.split(/\s+/) ?? [];
    // Only the words after any verb before the head noun: "announces additional community resilience grants" → the grants; "exported merchandise" → the merchandise; "is extending grants" → the grants.
    const start = words.slice(0, -1).reduce((at, w, i) => (VERB_ANYWHERE.test(w) || /^(?:[a-z]+ed|(?:extend|award|provid|announc|mak|giv|issu|approv|distribut)ing|with|and|while|but)$/i.test(w) ? i + 1 : at), 0);
    const found = phrase(`${words.slice(start).join(' ')}${counted?.[2] ?? ''}`);
    if (found) return { subject: found };
  }
  return {};
}
