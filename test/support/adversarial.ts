/**
 * Inputs built to make a careless regular expression or a quadratic scan blow up: long
 * runs of capitals, parentheses, digits and spaces, and many definitions in a text
 * without sentence breaks. Shared by the unit tests (which check the output) and the
 * benchmark (which times it).
 */
export function adversarialInputs(length: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return {
    'capitals run': fill('A'),
    'capital words': fill('ABCD '),
    'open parentheses': fill('('),
    'definitions without full stops': fill('Foo Bar Baz (FBB) '),
    'unclosed parentheses': fill('Word (AB '),
    'digits run': fill('1'),
    'digits and commas': fill('1,'),
    'spaces run': fill(' '),
    'dollar signs': fill('$1 '),
    'quotes in parentheses': fill('(‘'),
    'hyphenated capitals': fill('U.S.-'),
    'capitalized words': fill('Department Of Commerce '),
  };
}
