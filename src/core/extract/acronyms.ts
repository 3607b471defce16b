/**
 * Every mention of an acronym with a known expansion, and where that expansion came
 * from: the page's own definition first (even for a mention before it), then the user's
 * own, then one learned from another release, then the curated glossary, whose sense is
 * chosen by the words of the release. Plurals and possessives (`FTAs`, `BIS's`) and
 * acronyms inside longer names (`SME IFR`, `AC/S IFR`) count; an all-capitals headline
 * is not a list of acronyms, so inside one only acronyms that are not also words count.
 */
import { indexGlossary, senseFor, type Glossary, type GlossaryEntry } from '../glossary.js';
import type { AnnotationDraft, AnnotationOf } from '../model.js';
import { findDefinitions, singular, type AcronymDefinition } from './acronym-definitions.js';

/** Short form → expansion: what storage keeps of acronyms learned or defined by the user. */
export type AcronymMap = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export interface AcronymSources {
  glossary?: Glossary;
  learned?: AcronymMap;
  user?: AcronymMap;
  /** Definitions the page made before this text (read in parts), at negative offsets; they win over the text's own. */
  earlier?: readonly AcronymDefinition[];
}

type AcronymDraft = Omit<AnnotationOf<'acronym'>, 'id'>;

/**
 * Tokens that could be acronyms: two capitals at least (or a lower-case start then a
 * capital, as in eCFR), letters and digits joined by `&` or `/` (`AT&T`, `AC/S`). Words
 * with one capital fail at their second letter, so the scan stays fast on prose.
 */
const TOKEN = /(?<![A-Za-z0-9&/])(?:[A-Z][a-z0-9]{0,11}[A-Z&/]|[a-z]{1,3}[A-Z])[A-Za-z0-9]{0,11}(?:[&/][A-Za-z0-9]{1,11}){0,3}(?![A-Za-z0-9&/])/g;
/** An all-capitals word of two letters or more, as a whole word. */
const CAPITALS_WORD = /^[A-Z][A-Z0-9&'’./-]+$/;

function toMap(map: AcronymMap | undefined): ReadonlyMap<string, string> {
  if (!map) return new Map();
  return map instanceof Map ? map : new Map(Object.entries(map));
}

function normalized(s: string): string {
  return s.toLowerCase().replace(/^the\s/, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Resolves a short form to one expansion per release, remembering each answer. */
class Resolver {
  private readonly page = new Map<string, AcronymDefinition>();
  private readonly user: ReadonlyMap<string, string>;
  private readonly learned: ReadonlyMap<string, string>;
  private readonly glossary: ReadonlyMap<string, GlossaryEntry>;
  private readonly cache = new Map<string, Omit<AcronymDraft, 'kind' | 'text' | 'start' | 'end'> | null>();
  private lowerText: string | undefined;

  constructor(
    private readonly text: string,
    sources: AcronymSources,
  ) {
    for (const d of [...(sources.earlier ?? []), ...findDefinitions(text)]) if (!this.page.has(d.short)) this.page.set(d.short, d);
    this.user = toMap(sources.user);
    this.learned = toMap(sources.learned);
    this.glossary = indexGlossary(sources.glossary);
  }

  /** Defined by the page, the user or a release read before: an acronym even in a headline. */
  isPersonal(short: string): boolean {
    return this.page.has(short) || this.user.has(short) || this.learned.has(short);
  }

  isWord(short: string): boolean {
    return this.glossary.get(short)?.word === true;
  }

  resolve(short: string): Omit<AcronymDraft, 'kind' | 'text' | 'start' | 'end'> | null {
    let found = this.cache.get(short);
    if (found === undefined) {
      found = this.lookUp(short);
      this.cache.set(short, found);
    }
    return found;
  }

  private sense(entry: GlossaryEntry) {
    this.lowerText ??= this.text.toLowerCase();
    return senseFor(entry, this.lowerText);
  }

  private lookUp(short: string): Omit<AcronymDraft, 'kind' | 'text' | 'start' | 'end'> | null {
    const entry = this.glossary.get(short);
    const page = this.page.get(short);
    if (page) {
      // The page's expansion wins; the glossary still says what the body is when it agrees.
      const agreeing = entry?.senses.find((s) => normalized(s.expansion).includes(normalized(page.long)) || normalized(page.long).includes(normalized(s.expansion)));
      return { expansion: page.long, source: 'page', definedAt: page.at, ...(agreeing ? details(agreeing) : {}) };
    }
    const user = this.user.get(short);
    if (user) return { expansion: user, source: 'user' };
    const learned = this.learned.get(short);
    if (learned) return { expansion: learned, source: 'learned' };
    if (!entry) return null;
    const sense = this.sense(entry);
    return { expansion: sense.expansion, source: 'glossary', ...details(sense) };
  }
}

function details(sense: { description: string; url: string; parent?: string | undefined }) {
  return { description: sense.description, url: sense.url, ...(sense.parent ? { parent: sense.parent } : {}) };
}

/**
 * Whether the token at [start, end) sits in three or more words in capitals in a row: a
 * headline, a dateline or a label. Read from the two words either side, so the check is
 * constant work per token.
 */
function inCapitalsRun(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start).split(/[\s,:;—–]{1,4}/).slice(-3, -1).reverse();
  const after = text.slice(end, end + 40).split(/[\s,:;—–]{1,4}/).slice(1, 3);
  const capitals = (w: string | undefined) => w !== undefined && CAPITALS_WORD.test(w);
  const [b1, b2] = before;
  const [a1, a2] = after;
  return (capitals(b1) && capitals(b2)) || (capitals(b1) && capitals(a1)) || (capitals(a1) && capitals(a2));
}

export function findAcronyms(text: string, sources: AcronymSources = {}): AnnotationDraft[] {
  const resolver = new Resolver(text, sources);
  const drafts: AcronymDraft[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const known = resolver.resolve(token) ? token : singular(token).short;
    const meaning = resolver.resolve(known);
    if (!meaning) continue;
    if (!resolver.isPersonal(known) && resolver.isWord(known) && inCapitalsRun(text, m.index, m.index + token.length)) continue;
    drafts.push({ kind: 'acronym', text: known, start: m.index, end: m.index + known.length, ...meaning });
  }
  return drafts;
}
