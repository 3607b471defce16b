/**
 * The year a release without a date is in, where its words say so as a reader would take
 * it: "During the first 10 months of this year, … above the $763.6 billion for the same
 * period in 2003" is a 2004 release. Only used when the page gives no date; a year alone
 * dates the months named without one, never "last month" or an elapsed time.
 */
const THIS_YEAR_AGAINST = /\b(?:this\s+year|so\s+far\s+this\s+year|year[-\s]to[-\s]date)\b(?:[^.;]|\.(?=\d)){0,240}?\bsame\s+(?:time\s+)?period\s+(?:in|of)\s+((?:19|20)\d\d)(?!\d)/i;

export function impliedReleaseYear(text: string): string | undefined {
  const m = THIS_YEAR_AGAINST.exec(text);
  return m ? String(Number(m[1]) + 1) : undefined;
}
