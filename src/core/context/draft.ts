/** What every insight rule shares: the draft it returns and how it words its figures. */
import type { Insight } from '../model.js';
import type { Fig, KnownValue } from './figures.js';
import { formatQuantity, formatUsd } from './format.js';
import { describePeriod } from '../periods.js';

/** An insight before it has its id (ids follow reading order, set last). */
export type Draft = Omit<Insight, 'id'>;

export interface RateResult {
  insights: Draft[];
  /** Values stated or implied for a subject and period, that shares can use. */
  values: KnownValue[];
}

export function amount(value: number, f: Fig, sig: number): string {
  return f.a.kind === 'quantity' ? formatQuantity(value, f.a.unit, sig) : formatUsd(value, sig);
}

/** Money to the cent, rates to four decimals: the value field, not the words. */
export function roundValue(value: number, unit: string): number {
  return unit === '%' ? Math.round(value * 1e4) / 1e4 : Math.round(value * 100) / 100;
}

export function directionSign(f: Fig): 1 | -1 | 0 {
  return f.m.direction === 'up' ? 1 : f.m.direction === 'down' ? -1 : 0;
}

/** At most two significant figures more than the least precise input. */
export function sigOf(...figs: Fig[]): number {
  return Math.min(...figs.map((f) => f.p.sigFigs)) + 2;
}

export const lead = (subject: string | undefined): string => (subject ? `${subject}: ` : '');
export const inPeriod = (period: string | undefined): string => (period ? ` in ${describePeriod(period)}` : '');

/** The subject and period fields of an insight, left out where unknown. */
export function about(subject: string | undefined, period: string | undefined): { subject?: string; period?: string } {
  return { ...(subject ? { subject } : {}), ...(period ? { period } : {}) };
}
