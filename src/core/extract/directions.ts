/**
 * Directions of figures that carry no direction word of their own: a level moved the way
 * its clause's change did, or the way the only direction words of its sentence say.
 */
import type { Measure } from '../model.js';

/** A level moved the way its clause's change did: "rose 1.5% to $180.1 billion" is up. */
export function directionsOfLevels(text: string, measures: Measure[]): void {
  const hasChange = measures.some((m) => m.role === 'change');
  let sentenceWide: 'up' | 'down' | undefined | null = null;
  measures.forEach((m, k) => {
    if (m.role !== 'level') return;
    const near = nearestChange(measures, k, m.subject);
    let direction = near?.direction;
    if (!direction && !hasChange) {
      if (sentenceWide === null) sentenceWide = sentenceDirection(text);
      direction = sentenceWide;
    }
    if (direction) m.direction = direction;
  });
}

function nearestChange(measures: Measure[], k: number, subject: string | undefined): Measure | undefined {
  for (let d = 1; d < measures.length; d++) {
    for (const i of [k - d, k + d]) {
      const m = measures[i];
      if (m && m.role === 'change' && m.direction && m.subject === subject) return m;
    }
  }
  return undefined;
}

const ANY_UP = /\b(?:increas\w*|rose|rise[sn]?|rising|gr[eo]w\w*|climb\w*|gain\w*|jump\w*|surg\w*|widen\w*|expand\w*|higher)\b/i;
const ANY_DOWN = /\b(?:decreas\w*|fell|fall\w*|declin\w*|drop\w*|slipp?\w*|plung\w*|narrow\w*|shr[aiu]nk\w*|contract\w*|lower|reduc\w*)\b/i;

/** Any word of a move, for a "from" that starts a base only after one. */
export const MOVED = new RegExp(`${ANY_UP.source}|${ANY_DOWN.source}|\\b(?:up|down|change[sd]?|slow(?:ed|s)|accelerat(?:ed|es)|decelerat(?:ed|es))\\b`, 'i');

/** With no change figure, a sentence with direction words of one kind only moved that way. */
function sentenceDirection(text: string): 'up' | 'down' | undefined {
  const up = ANY_UP.test(text);
  const down = ANY_DOWN.test(text);
  return up === down ? undefined : up ? 'up' : 'down';
}
