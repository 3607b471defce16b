/** Phone numbers and email addresses, as press contacts give them. */
import type { AnnotationDraft as Draft } from '../model.js';

const PHONE = /(?<![\d-])(?:\+?1[\s.-])?\(?(\d{3})\)?[\s.-]{1,2}(\d{3})[.-](\d{4})(?![\d-])/g;
// Bounded parts, one "@": linear on any input.
const EMAIL = /(?<![\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?![\w-])/g;

export function findPhones(text: string): Draft[] {
  return [...text.matchAll(PHONE)].map(
    (m) => ({ kind: 'phone', text: m[0], start: m.index, end: m.index + m[0].length, value: `${m[1]}-${m[2]}-${m[3]}` }) as const,
  );
}

export function findEmails(text: string): Draft[] {
  return [...text.matchAll(EMAIL)].map((m) => {
    const address = m[0].replace(/\.$/, '');
    return { kind: 'email', text: address, start: m.index, end: m.index + address.length, value: address.toLowerCase() } as const;
  });
}
