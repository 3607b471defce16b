/** Which of a clause's levels its changes and rates go with. */
import type { Fig } from './figures.js';

/**
 * "In 2006, … exported a record $1.4 trillion, and through June of this year exports are up
 * 11 percent to $779.2 billion": of a clause's levels of different periods, the one of the
 * period its moves are of (all one period), and nearest them, goes with them.
 */
export function levelsOfTheMoves(clause: { levels: Fig[]; rates: Fig[]; changes: Fig[] }): Fig[] {
  const moves = [...clause.rates, ...clause.changes];
  const period = moves[0]?.m.period;
  if (clause.levels.length < 2 || !period || moves.some((f) => f.m.period !== period)) return clause.levels;
  const same = clause.levels.filter((l) => l.m.period === period);
  const move = moves[0] as Fig;
  const distance = (l: Fig) => Math.min(Math.abs(l.a.start - move.a.end), Math.abs(move.a.start - l.a.end));
  const nearest = [...clause.levels].sort((a, b) => distance(a) - distance(b))[0];
  return same.length === 1 && same[0] === nearest && clause.levels.every((l) => l.m.period !== undefined) ? same : clause.levels;
}
