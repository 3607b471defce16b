/**
 * Figures: money, percentages, dates, years and phone numbers, with their values as data.
 * Every pattern has bounded repetition so no input makes it backtrack badly.
 */
import type { AnnotationDraft as Draft } from '../model.js';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const MONEY = /\$\s?(\d{1,3}(?:,\d{3}){1,6}|\d{1,15})(\.\d{1,6})?(?:\s(thousand|million|billion|trillion)\b)?/g;
const PERCENT = /(?<![\d.])(\d{1,15}(?:\.\d{1,6})?)(?:\s?%|\s(?:percent|per cent)\b)/g;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DATE = new RegExp(
  `(?:(${WEEKDAYS.join('|')}),\\s)?(${MONTHS.join('|')})\\s(\\d{1,2}),\\s(\\d{4})\\b`,
  'g',
);
const YEAR = /(?<![\d$.,])(19\d\d|20\d\d)(?![\d%])/g;
const PHONE = /(?<!\d)\(?(\d{3})\)?[\s.-](\d{3})[.-](\d{4})(?!\d)/g;

export function findMoney(text: string): Draft[] {
  return [...text.matchAll(MONEY)].map((m) => {
    const whole = Number((m[1] ?? '0').replace(/,/g, '')) + Number(m[2] ?? 0);
    const value = Math.round(whole * (SCALE[m[3] ?? ''] ?? 1) * 100) / 100;
    return { kind: 'money', text: m[0], start: m.index, end: m.index + m[0].length, value, currency: 'USD' } as const;
  });
}

export function findPercents(text: string): Draft[] {
  return [...text.matchAll(PERCENT)].map(
    (m) => ({ kind: 'percent', text: m[0], start: m.index, end: m.index + m[0].length, value: Number(m[1]) }) as const,
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function findDates(text: string): Draft[] {
  return [...text.matchAll(DATE)].map((m) => {
    const iso = `${m[4]}-${pad(MONTHS.indexOf(m[2] ?? '') + 1)}-${pad(Number(m[3]))}`;
    const base = { kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, iso } as const;
    return m[1] ? { ...base, weekday: m[1] } : base;
  });
}

export function findYears(text: string): Draft[] {
  return [...text.matchAll(YEAR)].map(
    (m) => ({ kind: 'year', text: m[0], start: m.index, end: m.index + m[0].length, value: Number(m[0]) }) as const,
  );
}

export function findPhones(text: string): Draft[] {
  return [...text.matchAll(PHONE)].map(
    (m) => ({ kind: 'phone', text: m[0], start: m.index, end: m.index + m[0].length, value: `${m[1]}-${m[2]}-${m[3]}` }) as const,
  );
}
