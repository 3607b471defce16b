/**
 * The wordings of times a release uses, as patterns: "the second quarter of 2010", "Q2
 * 2010", "Jan.–May 2007", "year-to-date (through May)", "the first five months of 2012",
 * "the three months ending in October", "fiscal year 2023", "the same period in 2006", and
 * the cues before them that make a time a base ("from", "than", "since"), the time of a
 * figure compared with ("the same increase as in"), a deadline or a name ("by the end
 * of", "Act of"). period-mentions.ts reads what they match.
 */
import { MONTHS } from '../dates.js';

/** A month's name, or its abbreviation where a dot or a year follows ("Sept. 2009", "Jan.–May 2007"). */
const MONTH = `(${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\\.|(?=\\s+(?:19|20)\\d\\d)))`;
const YEAR = '((?:19|20)\\d\\d)';
export const COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7, '8': 8, '9': 9, '10': 10, '11': 11, '12': 12 };
export const ORDINAL: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4, last: 4 };

/** Each alternative one named group; the first that matches at a place wins. */
export const MENTION = new RegExp(
  [
    `(?<that>\\b(?:that|this)\\s+(?:time\\s+)?period\\b)`,
    `(?<same>\\b(?:the\\s+)?same\\s+(?:time\\s+|[a-z]+-(?:month|quarter|year)\\s+)?(?:period|quarter|month|months|time\\s?frame)(?:\\s+(?:in|of)\\s+${YEAR.replace('(', '(?<sameYear>')}|\\s+(?<sameLast>(?:of\\s+)?last\\s+year|a\\s+year\\s+(?:earlier|ago|before)|(?:of|in)\\s+the\\s+(?:previous|prior|preceding)\\s+year|one\\s+year\\s+(?:earlier|ago)))?)`,
    `(?<yoy>\\byear[-\\s]over[-\\s]year\\b|\\b(?:a|one)\\s+year\\s+(?:earlier|ago)\\b|\\b(?:the\\s+)?year[-\\s](?:earlier|ago)\\s+(?:period|quarter|month|level)s?\\b|\\b(?:over|from|than|above|below)\\s+last\\s+year\\b|\\bover\\s+the\\s+(?:past\\s+|last\\s+|previous\\s+)?(?:year|12\\s+months|twelve\\s+months)\\b)`,
    `(?<previous>\\b(?:the\\s+)?(?:previous|prior|preceding)\\s+(?:month|quarter|year)\\b|(?<=\\bfrom\\s)the\\s+past\\s+(?:month|quarter|year)\\b)`,
    `(?<ytd>\\byear[-\\s]to[-\\s]date\\b(?:(?:\\s+[a-z][\\w-]*){0,2}?\\s*\\(?(?:through|as\\s+of)\\s+${MONTH.replace('(', '(?<ytdMonth>')}\\)?)?|\\b(?:thus|so)\\s+far\\s+(?:in\\s+${YEAR.replace('(', '(?<ytdYear>')}|this\\s+year)\\b)`,
    `(?<firstMonths>\\bfirst\\s+(?<count>two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+(?<fmUnit>months|quarters)(?:\\s+of\\s+(?:${YEAR.replace('(', '(?<fmYear>')}|(?<fmThis>(?:this|the)\\s+year)))?)`,
    `(?<throughQuarter>\\bthrough\\s+the\\s+(?<tqOrdinal>first|second|third|fourth)\\s+quarter(?:\\s+of)?(?:,?\\s+${YEAR.replace('(', '(?<tqYear>')})?\\b)`,
    `(?<throughMonth>\\bthrough\\s+${MONTH.replace('(', '(?<tmMonth>')}\\s+of\\s+(?:${YEAR.replace('(', '(?<tmYear>')}|(?<tmThis>this\\s+year))\\b)`,
    `(?<half>\\b(?<which>first|second)\\s+half\\s+of\\s+(?:(?:this|the)\\s+year|${YEAR.replace('(', '(?<halfYear>')}))`,
    `(?<ending>\\b(?<endCount>two|three|six|twelve|\\d{1,2})\\s+months\\s+(?:ending|ended|through)\\s+(?:in\\s+)?${MONTH.replace('(', '(?<endMonth>')}(?:\\s+${YEAR.replace('(', '(?<endYear>')})?)`,
    `(?<dateSpan>\\bfrom\\s+(?:[^,;.\\d]{0,60}?\\s)?${MONTH.replace('(', '(?<dsFrom>')}\\s+\\d{1,2},?\\s+${YEAR.replace('(', '(?<dsFromYear>')},?\\s+(?:until|to|through)\\s+(?:[^,;.\\d]{0,60}?\\s)?${MONTH.replace('(', '(?<dsTo>')}\\s+\\d{1,2},?\\s+${YEAR.replace('(', '(?<dsToYear>')})`,
    `(?<monthRange>\\b(?:between|from)\\s+${MONTH.replace('(', '(?<rangeFromMonth>')}(?:\\s+${YEAR.replace('(', '(?<rangeFromYear>')})?\\s+(?:and|to|through)\\s+${MONTH.replace('(', '(?<rangeToMonth>')}(?:,?\\s+${YEAR.replace('(', '(?<rangeToYear>')})?\\b)`,
    `(?<changeRange>\\b${MONTH.replace('(', '(?<crFrom>')}(?:\\s+${YEAR.replace('(', '(?<crFromYear>')})?\\s+to\\s+${MONTH.replace('(', '(?<crTo>')}(?:,?\\s+${YEAR.replace('(', '(?<crToYear>')})?(?=\\s+(?:percent(?:age)?\\s+)?change))`,
    `(?<monthSpan>\\b${MONTH.replace('(', '(?<spanFrom>')}(?:\\s+${YEAR.replace('(', '(?<spanFromYear>')})?\\s*(?:-|–|—|through|thru|to)\\s*${MONTH.replace('(', '(?<spanTo>')}(?:,?\\s+${YEAR.replace('(', '(?<spanYear>')})?\\b)`,
    `(?<range>\\b(?:between|from)\\s+${YEAR.replace('(', '(?<rangeFrom>')}\\s+(?:and|to|through)\\s+${YEAR.replace('(', '(?<rangeTo>')}\\b)`,
    `(?<yearSpan>\\b${YEAR.replace('(', '(?<ysFrom>')}\\s?[-–]\\s?${YEAR.replace('(', '(?<ysTo>')}(?=\\s+period\\b))`,
    `(?<qShort>\\b(?:Q(?<qsNumber>[1-4])|(?<qsDigit>[1-4])Q)(?:\\s?${YEAR.replace('(', '(?<qsYear>')}|\\/?(?<qsShortYear>\\d\\d))?\\b|\\b${YEAR.replace('(', '(?<qsPreYear>')}Q(?<qsAfter>[1-4])\\b)`,
    `(?<quarter>\\b(?:${YEAR.replace('(', '(?<qPreYear>')}[\\s-])?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th|final|last(?=\\s+quarter\\s+of\\s+(?:19|20)\\d\\d))(?:\\s{1,4}|-)quarter(?:\\s+of)?(?:,?\\s+${YEAR.replace('(', '(?<qYear>')}|\\s+(?<qThis>this|last)\\s+year)?\\b)`,
    `(?<elided>\\b(?:in|for|during)\\s+the\\s+(?<elidedOrdinal>first|second|third|fourth)(?=\\s*(?:[.,;)]|$)))`,
    `(?<fiscal>\\b(?:fiscal(?:\\s+year)?|FY)\\s?${YEAR.replace('(', '(?<fyYear>')}\\b)`,
    `(?<budget>\\b${YEAR.replace('(', '(?<budgetYear>')}\\s+(?:budget|budget\\s+request|appropriations?|request)\\b)`,
    `(?<month>\\b${MONTH.replace('(', '(?<monthName>')}(?:,?\\s+(?:of\\s+)?${YEAR.replace('(', '(?<mYear>')}|\\s+(?<mAgo>a\\s+year\\s+(?:ago|earlier|before)|(?:of\\s+)?last\\s+year))?(?!\\w)(?!\\s*\\d)(?!\\s+(?:be|not|have|also|or\\s+may)\\b))`,
    `(?<calendarYear>\\b(?:the\\s+)?(?:(?:entire|full|whole)\\s+)?${YEAR.replace('(', '(?<cyYear>')}\\s+calendar\\s+year\\b|\\breference\\s+year\\s+${YEAR.replace('(', '(?<refYear>')})`,
    `(?<year>\\b(?<prep>in|for|during|of|over|through|since|from|than|versus|the)\\s+(?:(?:the\\s+)?(?:full|calendar)\\s+year\\s+(?:of\\s+)?|calendar\\s+)?${YEAR.replace('(', '(?<bareYear>')}\\b(?![-–]\\d)(?!\\s+(?:first|second|third|fourth)[\\s-]quarter))`,
    `(?<leadYear>^\\s*${YEAR.replace('(', '(?<lyYear>')}(?=\\s+[a-z][\\w-]*(?:\\s+[a-z][\\w-]*)?\\s+(?:grew|rose|fell|increased|decreased|declined|dropped|were|was|totaled|reached|climbed)\\b))`,
    `(?<thisYear>\\b(?<thisWhich>this|last)\\s+(?<thisUnit>year|quarter|month)\\b)`,
    `(?<forMonth>\\bfor\\s+the\\s+(?:month|quarter|year)\\b)`,
  ].join('|'),
  'gi',
);
export const BASE_CUE = /\b(?:from|since|over|compared\s+(?:with|to)|than(?:\s+in)?|versus|vs\.?|above|below|relative\s+to)\s+(?:(?:the|a|an|its|their|his|her|our|revised|same)\s+)*(?:[A-Za-z]+['’]s\s+)?$|\b(?:from|than|compared\s+(?:with|to)|versus)\s+(?:the\s+)?\$\s?[\d.,]+(?:\s+(?:thousand|million|billion|trillion))?\s+(?:in|during|for)\s+(?:the\s+)?$|\bthan\s+(?:what\s+)?(?:was|were)\s+[a-z]+\s+(?:in|during)\s+(?:the\s+)?$|\b(?:from|than|compared\s+(?:with|to)|versus|above|below)\s+(?:the\s+|its\s+)?(?:rate|level|figure|estimate|total|value|pace)\s+(?:in|during|for|of)\s+(?:the\s+)?$|\b(?:from|(?<!\b(?:more|less|fewer)\s)than|compared\s+(?:with|to)|versus)\s+[\d.]+\s?(?:%|percent)\s+(?:in|during|for)\s+(?:the\s+)?$/i;
/** "exceeding the first quarter of 2013 by 3.2 percent", "betters August by 0.2 percent", "lag 2010 by 3.5 percent": what a figure passed or fell short of is its base ("exceeding last year's total" is the total's time). */
export const PASSED_CUE = /\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outpac(?:es|ed|ing)|better(?:s|ed|ing)?|lag(?:s|ged|ging)?|trail(?:s|ed|ing)?)\s+(?:the\s+)?$/i;
/** "the largest monthly increase … since August 2009", "the first decline since 2011": a record's time, no base and no time of the figure. */
export const RECORD_SINCE = /\b(?:first|largest|biggest|highest|lowest|strongest|weakest|fastest|slowest|smallest|greatest|best|worst|sharpest|steepest|most|least)\b[^.;,:]{0,60}?\bsince\s+(?:the\s+)?$/i;
/** "the same increase as in February": the time of what the figure is compared with. */
export const COMPARED_CUE = /\bas\s+(?:in|during|for)\s+(?:the\s+)?$/i;
/** "compared with an increase of 1.5 percent in": the change of another time, compared with. */
export const COMPARED_CHANGE = /\b(?:compared\s+(?:with|to)|in\s+contrast\s+to)\s+(?:an?\s+)?(?:increase|decrease|rise|gain|decline|drop|fall)\s+of\s+[^;:]{0,60}$/i;
/** "from the preceding quarter and the first quarter of 2018": a second base joined to the first. */
export const JOINED = /^\s*,?\s*(?:and|or)\s+(?:the\s+|in\s+)?$/i;
/** "the Export Enforcement Act of 2007", "through the end of FY 2010", "created in 1990": a year that names a thing, a deadline or when something happened. */
export const NOT_A_PERIOD_BEFORE = /(?:\b(?:Act|Law|Plan|Program|Conference|Strategy)\s+$|\b(?:end|start|beginning)\s+of\s+$|\b(?:by|until|before|after)\s+(?:the\s+)?$|\b(?:created|established|founded|launched|enacted|signed|formed|begun|started|opened|built|introduced)\s+$)/;
/** "$4,200,000 in 2018 Disaster Supplemental funds", "the 2019 Saltonstall-Kennedy Competitive Grants Program", "the 2010 Census": a year in a program's name. */
export const NAMES_AFTER = /^(?:(?:\s+[A-Z][\w'’-]*){1,4}\s+(?:[Ff]unds?|[Ff]unding|[Pp]rogram|[Gg]rants?|[Aa]wards?|[Cc]ompetition|Act)\b|\s+(?:Decennial\s+)?Census\b)/;
