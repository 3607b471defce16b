/**
 * Inputs that would make a backtracking pattern or a quadratic scan hang. The test
 * timeout catches a hang; the assertions check the output is still right. Timing lives
 * in `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core/extract/index.js';
import { adversarialInputs } from '../support/adversarial.js';

const inputs = adversarialInputs(100_000);

describe('extraction on adversarial inputs', () => {
  it.each(Object.keys(inputs))('%s gives disjoint annotations inside the text', (name) => {
    const text = inputs[name] ?? '';
    const annotations = extract(text);
    let end = 0;
    for (const a of annotations) {
      expect(a.start).toBeGreaterThanOrEqual(end);
      expect(text.slice(a.start, a.end)).toBe(a.text);
      end = a.end;
    }
  });

  it('expands every one of many definitions in a text without full stops', () => {
    const text = inputs['definitions without full stops'] ?? '';
    const acronyms = extract(text).filter((a) => a.kind === 'acronym');
    expect(acronyms.length).toBe(Math.floor(text.length / 'Foo Bar Baz (FBB) '.length));
    expect(new Set(acronyms.map((a) => (a.kind === 'acronym' ? a.expansion : '')))).toEqual(new Set(['Foo Bar Baz']));
  });

  it('reads nothing into runs of capitals, digits, spaces or parentheses', () => {
    for (const name of ['capitals run', 'open parentheses', 'spaces run', 'capital words']) {
      expect(extract(inputs[name] ?? '')).toEqual([]);
    }
  });
});
