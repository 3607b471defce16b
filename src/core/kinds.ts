/**
 * The vocabulary of kinds: for each kind of annotation, how every surface names it and
 * what it says about one — the card, the panel's lists, a table of annotations (the
 * CLI's CSV and Markdown) and a pinned fact. A new kind is one entry here (the compiler
 * asks for it) and every surface has it; a new per-kind property is one field of
 * `KindEntry`. How a style is drawn is core/reading/kind-style.ts's; insight kinds are
 * named in insight-labels.ts.
 */
import type { Annotation, AnnotationKind, AnnotationOf, ExpansionSource, Measure } from './model.js';
import { formatAnnotationValue } from './readable-formula.js';
import type { KindStyle } from './reading/kind-style.js';

/** What an annotation holds, in normal form: what a pinned fact keeps and exports. */
export interface KindValue {
  value: string | number | null;
  unit?: string;
  detail?: string;
}

export interface KindEntry<A extends Annotation> {
  /** One of them, as a sentence names it: "amount of money". */
  singular: string;
  /** The category, as a list, a toggle or a setting heads it: "Money". */
  plural: string;
  /**
   * How a new reader sees it, until they choose otherwise: shown or not (what most readers
   * came for is on: acronyms, people, money, percentages and dates, no two of those with
   * the same line style),
   * its colour, and its line under the text (the cue that is not colour).
   */
  style: KindStyle;
  value(a: A): KindValue;
  /** One cell beside the text in a table of annotations: the expansion, value, date or role. */
  cell(a: A): string;
  /** The card's lines under its heading (empty ones are left out). */
  card(a: A): string[];
  /** The line under the item in the panel's lists, if any. */
  listed(a: A): string | undefined;
}

/** Where an acronym's expansion came from, as the card says it. */
export const SOURCE_LABELS: Readonly<Record<ExpansionSource, string>> = {
  page: 'defined on this page',
  learned: 'defined in a release you read earlier',
  user: 'your own definition',
  glossary: 'from the Release Lens glossary',
};

/** What a figure measures, in words: its subject, its period and which way it moved. */
export function describeMeasure(measure: Measure | undefined, words: { up: string; down: string }): string {
  if (!measure) return '';
  const direction = measure.direction === 'up' ? words.up : measure.direction === 'down' ? words.down : '';
  return [measure.subject, measure.period, direction].filter(Boolean).join(', ');
}

/** The card speaks of a figure "rising"; the panel's list of a "rise". */
const CARD_WORDS = { up: 'rising', down: 'falling' };
const LIST_WORDS = { up: 'rise', down: 'fall' };
const joined = (parts: readonly (string | undefined)[]): string => parts.filter(Boolean).join(' · ');

/** Organizations, places and documents: a name, and the full one when the text is short for it. */
function named(singular: string, plural: string, style: KindStyle): KindEntry<AnnotationOf<'organization' | 'place' | 'document'>> {
  const fullName = (a: AnnotationOf<'organization' | 'place' | 'document'>): string => (a.name && a.name !== a.text ? a.name : '');
  return {
    singular,
    plural,
    style,
    value: (a) => ({ value: a.name ?? a.text }),
    cell: fullName,
    card: (a) => [fullName(a)],
    listed: (a) => fullName(a) || undefined,
  };
}

/** Phone numbers and email addresses: the value is what is printed. */
function contact(singular: string, plural: string, style: KindStyle): KindEntry<AnnotationOf<'phone' | 'email'>> {
  return { singular, plural, style, value: (a) => ({ value: a.value }), cell: (a) => a.value, card: (a) => [a.value], listed: () => undefined };
}

export const KINDS: { readonly [K in AnnotationKind]: KindEntry<AnnotationOf<K>> } = {
  acronym: {
    singular: 'acronym',
    plural: 'Acronyms',
    style: { visible: true, colour: '#e6b800', underline: 'dotted' },
    value: (a) => ({ value: a.expansion ?? null, ...(a.source ? { detail: `expansion source: ${a.source}` } : {}) }),
    cell: (a) => (a.expansion ? `${a.expansion} (${a.source ?? 'unknown'})` : ''),
    card: (a) => [
      a.expansion ? '' : 'no expansion known',
      a.source ? SOURCE_LABELS[a.source] : '',
      a.description ?? '',
      a.parent ? `Part of the ${a.parent.replace(/^the /i, '')}` : '',
    ],
    listed: () => undefined,
  },
  person: {
    singular: 'person',
    plural: 'People',
    style: { visible: true, colour: '#e66a00', underline: 'double' },
    value: (a) => ({ value: a.text, ...(a.role ? { detail: a.role } : {}) }),
    cell: (a) => a.role ?? '',
    card: (a) => [a.role ?? ''],
    listed: (a) => a.role,
  },
  organization: named('organization', 'Organizations', { visible: false, colour: '#b0479b', underline: 'solid' }),
  place: named('place', 'Places', { visible: false, colour: '#2a8f8f', underline: 'dashed' }),
  document: named('document', 'Documents', { visible: false, colour: '#7a6a00', underline: 'double' }),
  money: {
    singular: 'amount of money',
    plural: 'Money',
    style: { visible: true, colour: '#00a05a', underline: 'solid' },
    value: (a) => ({ value: a.value, unit: a.currency }),
    cell: (a) => `${a.value} ${a.currency}`,
    card: (a) => [describeMeasure(a.measure, CARD_WORDS)],
    listed: (a) => describeMeasure(a.measure, LIST_WORDS) || undefined,
  },
  percent: {
    singular: 'percentage',
    plural: 'Percentages',
    style: { visible: true, colour: '#0078ff', underline: 'dashed' },
    value: (a) => ({ value: a.value, unit: a.points ? 'percentage points' : '%' }),
    cell: (a) => (a.points ? `${a.value} percentage points` : `${a.value}%`),
    card: (a) => [a.points ? 'percentage points' : '', describeMeasure(a.measure, CARD_WORDS)],
    listed: (a) => joined([a.points ? 'percentage points' : '', describeMeasure(a.measure, LIST_WORDS)]) || undefined,
  },
  quantity: {
    singular: 'quantity',
    plural: 'Quantities',
    style: { visible: false, colour: '#4a7bd0', underline: 'wavy' },
    value: (a) => ({ value: a.value, unit: a.unit.slice(0, 40) }),
    cell: (a) => (a.unit ? `${a.value} ${a.unit}` : String(a.value)),
    card: (a) => [describeMeasure(a.measure, CARD_WORDS)],
    listed: (a) => joined([formatAnnotationValue(a), describeMeasure(a.measure, LIST_WORDS)]),
  },
  date: {
    singular: 'date',
    plural: 'Dates',
    style: { visible: true, colour: '#8a4fff', underline: 'wavy' },
    value: (a) => ({ value: a.iso, ...(a.weekday ? { detail: a.weekday } : {}) }),
    cell: (a) => a.iso,
    card: (a) => [a.iso, a.weekday ? `printed weekday: ${a.weekday}` : ''],
    listed: (a) => joined([a.iso, a.weekday]),
  },
  year: {
    singular: 'year',
    plural: 'Years',
    style: { visible: false, colour: '#8a4fff', underline: 'wavy' },
    value: (a) => ({ value: a.value }),
    cell: (a) => String(a.value),
    card: (a) => [String(a.value)],
    listed: () => undefined,
  },
  phone: contact('phone number', 'Phone numbers', { visible: false, colour: '#666666', underline: 'dotted' }),
  email: contact('email address', 'Email addresses', { visible: false, colour: '#666666', underline: 'dashed' }),
};

/** The entry for an annotation's own kind. */
export function kindOf<A extends Annotation>(a: A): KindEntry<A> {
  // Each entry takes the annotations of its own kind: the lookup by `a.kind` guarantees it.
  return KINDS[a.kind] as KindEntry<A>;
}
