/** Custom acronyms exported and imported as JSON and CSV. */
import { describe, expect, it } from 'vitest';
import { acronymsToCsv, acronymsToJson, parseAcronymFile, parseCsv } from '../../src/options/acronym-files.js';
import type { CustomAcronym } from '../../src/storage/acronyms.js';

const ACRONYMS: CustomAcronym[] = [
  { abbr: 'EAR', expansion: 'Export Administration Regulations', description: 'Rules for "dual-use" items, exports, re-exports', url: 'https://www.bis.gov/ear' },
  { abbr: 'OFAC', expansion: 'Office of Foreign Assets Control' },
  { abbr: 'X-1', expansion: '=HYPERLINK("http://evil")' },
];

describe('custom acronym files', () => {
  it('round-trips through JSON and through CSV', () => {
    expect(parseAcronymFile(acronymsToJson(ACRONYMS))).toEqual({ acronyms: ACRONYMS, errors: [] });
    expect(parseAcronymFile(acronymsToCsv(ACRONYMS))).toEqual({ acronyms: ACRONYMS, errors: [] });
  });

  it('keeps a formula-like cell from running in a spreadsheet', () => {
    expect(acronymsToCsv(ACRONYMS)).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it('parses quoted CSV fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('keeps the valid rows and reports the others by line', () => {
    const result = parseAcronymFile('abbr,expansion,url\nBIS,Bureau of Industry and Security,\n,No abbreviation,\nEAR,Export Administration Regulations,javascript:alert(1)\n');
    expect(result.acronyms).toEqual([{ abbr: 'BIS', expansion: 'Bureau of Industry and Security' }]);
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(/^line 3: abbr/);
    expect(result.errors[1]).toMatch(/^line 4: url/);
  });

  it('says what is wrong with a file it cannot read at all', () => {
    expect(parseAcronymFile('{"acronyms": [').errors[0]).toMatch(/not valid JSON/);
    expect(parseAcronymFile('{"items": []}').errors).toEqual(['JSON without an "acronyms" list']);
    expect(parseAcronymFile('short,long\nA,B').errors[0]).toMatch(/header/);
  });
});
