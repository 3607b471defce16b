/**
 * Generated libraries for the benchmarks and the scale tests: release-sized texts
 * (about 5,000 characters, as a commerce.gov release runs) with findings placed at their
 * real offsets — people with roles, acronyms with expansions, organizations, places and
 * money and percent figures measuring a dozen subjects month by month. The prose between
 * them is sentences of the real releases in test/fixtures/real and of a small word list,
 * and each release names a few people or places of its own, so the vocabulary grows with
 * the library as a real one's does. Seeded, so a run is the same every time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation, ReleaseInfo } from '../../src/core/model.js';
import type { Recording } from '../../src/core/library/record.js';
import { rng } from '../bench/anchoring-edits.js';

const AGENCIES = ['U.S. Department of Commerce', 'Bureau of Industry and Security', 'Census Bureau', 'Bureau of Economic Analysis', 'International Trade Administration', 'National Oceanic and Atmospheric Administration', 'National Institute of Standards and Technology', 'U.S. Patent and Trademark Office'];
const PEOPLE: Array<[string, string]> = [
  ['Carlos M. Gutierrez', 'Secretary of Commerce'],
  ['Penny Pritzker', 'Secretary of Commerce'],
  ['Gary Locke', 'Secretary of Commerce'],
  ['Gina Raimondo', 'Secretary of Commerce'],
  ['Mario Mancuso', 'Under Secretary of Commerce for Industry and Security'],
  ['Alan F. Estevez', 'Under Secretary of Commerce for Industry and Security'],
  ['Don Graves', 'Deputy Secretary of Commerce'],
  ['Laurie Locascio', 'Director of the National Institute of Standards and Technology'],
];
const ACRONYMS: Array<[string, string]> = [
  ['BIS', 'Bureau of Industry and Security'],
  ['EAR', 'Export Administration Regulations'],
  ['ITA', 'International Trade Administration'],
  ['NIST', 'National Institute of Standards and Technology'],
  ['NOAA', 'National Oceanic and Atmospheric Administration'],
  ['JCCT', 'Joint Commission on Commerce and Trade'],
  ['TPP', 'Trans-Pacific Partnership'],
  ['GDP', 'gross domestic product'],
];
const PLACES = ['China', 'India', 'Mexico', 'Canada', 'Vietnam', 'Japan', 'Germany', 'Brazil', 'Ohio', 'Arizona', 'Texas'];
const SUBJECTS = ['U.S. exports of goods and services', 'U.S. imports of goods and services', 'the goods and services deficit', 'exports of services', 'retail e-commerce sales', 'new residential construction', 'real gross domestic product', 'personal income', 'manufacturing shipments', 'construction spending', 'wholesale inventories', 'business sales'];
const WORDS = 'the department announced today that program funding agreement support american workers businesses manufacturing trade export import economy growth investment industry innovation technology regional community partnership national report data quarter annual month record increase decrease level policy security standards grant award administration secretary federal state local infrastructure development research network supply chain semiconductor energy climate ocean fisheries patent trademark census survey estimate'.split(' ');

const REAL = join(import.meta.dirname, '../fixtures/real');
let realSentences: string[] | undefined;

/** Whole sentences of the real releases' texts, read once. */
function sentences(): string[] {
  realSentences ??= readdirSync(REAL)
    .filter((n) => n.endsWith('.release.json'))
    .sort()
    .flatMap((n) => (JSON.parse(readFileSync(join(REAL, n), 'utf8')) as { text: string }).text.split(/(?<=[.!?])\s+/))
    .map((s) => s.split(/\s+/).join(' '))
    .filter((s) => s.length >= 40 && s.length <= 400 && s.endsWith('.') && s.split(' ').length >= 7);
  return realSentences;
}

const SYLLABLES = ['ka', 'ren', 'thal', 'mo', 'vi', 'dra', 'sel', 'an', 'to', 'qui', 'ber', 'lo', 'nus', 'ew', 'far', 'ish'];

export interface GeneratedOptions {
  seed?: number;
  /** About how many characters of text each release has. */
  chars?: number;
}

/** `count` releases, one a month back from December 2025 (so a subject's series runs month by month). */
export function generateLibrary(count: number, { seed = 1, chars = 5_000 }: GeneratedOptions = {}): Recording[] {
  const rand = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const real = sentences();
  const out: Recording[] = [];
  for (let i = 0; i < count; i++) {
    const month = 12 - (i % 12);
    const year = 2025 - Math.floor(i / 12) % 25;
    const day = 1 + (i % 28);
    const published = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const period = `${year}-${String(month).padStart(2, '0')}`;
    let text = '';
    const annotations: Annotation[] = [];
    const add = (piece: string, annotation?: (start: number, end: number, id: string) => Annotation): void => {
      const start = text.length;
      text += piece;
      if (annotation) annotations.push(annotation(start, text.length, `a${annotations.length + 1}`));
    };
    const title = `${pick(['Commerce', 'Secretary', 'Department'])} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} for ${pick(PLACES)} ${i}`;
    add(`${title}\n`);
    const [person, role] = pick(PEOPLE);
    const own = Array.from({ length: 4 }, () => {
      const name = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYLLABLES)).join('');
      return `${name[0]?.toUpperCase()}${name.slice(1)}`;
    });
    while (text.length < chars) {
      const r = rand();
      if (r < 0.1) {
        add(`${role} `);
        add(person, (start, end, id) => ({ id, kind: 'person', text: person, start, end, role }));
        add(` said the ${pick(WORDS)} ${pick(WORDS)} would ${pick(WORDS)} ${pick(WORDS)}. `);
      } else if (r < 0.2) {
        const [abbr, expansion] = pick(ACRONYMS);
        add(`The ${pick(WORDS)} ${pick(WORDS)} of `);
        add(abbr, (start, end, id) => ({ id, kind: 'acronym', text: abbr, start, end, expansion, source: 'glossary' }));
        add(` ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}. `);
      } else if (r < 0.35) {
        const subject = pick(SUBJECTS);
        const value = Math.round(50 + rand() * 200) / 10;
        add(`${subject[0]?.toUpperCase()}${subject.slice(1)} reached `);
        const money = `$${value} billion`;
        add(money, (start, end, id) => ({ id, kind: 'money', text: money, start, end, value: value * 1e9, currency: 'USD', measure: { subject, period, role: 'level' } }));
        add(` in ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]}, up `);
        const pct = `${Math.round(rand() * 90) / 10} percent`;
        add(pct, (start, end, id) => ({ id, kind: 'percent', text: pct, start, end, value: Number.parseFloat(pct), measure: { subject, period, role: 'change', direction: 'up' } }));
        add(' from the month before. ');
      } else if (r < 0.42) {
        const place = rand() < 0.5 ? pick(PLACES) : pick(own);
        add(`Companies in `);
        add(place, (start, end, id) => ({ id, kind: 'place', text: place, start, end }));
        add(` ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}. `);
      } else if (r < 0.75) {
        add(`${pick(real)}${rand() < 0.2 ? '\n' : ' '}`);
      } else {
        const n = 8 + Math.floor(rand() * 14);
        const words = Array.from({ length: n }, () => pick(WORDS)).join(' ');
        add(`${words[0]?.toUpperCase()}${words.slice(1)}.${rand() < 0.2 ? '\n' : ' '}`);
      }
    }
    const release: ReleaseInfo = {
      isRelease: true,
      layout: 'commerce-2017-present',
      confidence: 1,
      reasons: [],
      title,
      published,
      agency: pick(AGENCIES),
      url: `https://www.commerce.gov/news/press-releases/${year}/${String(month).padStart(2, '0')}/generated-${seed}-${i}`,
    };
    out.push({ release, text, annotations, insights: [] });
  }
  return out;
}
