/** One key for one thing measured, however a release words it (core/subject-key.ts). */
import { expect, it } from 'vitest';
import { subjectKey } from '../../src/core/subject-key.js';

it('gives one key to the wordings of one subject, and different keys to different ones', () => {
  const exports = subjectKey('U.S. exports of goods and services');
  expect(subjectKey('U.S. goods and services exports')).toBe(exports);
  expect(subjectKey('the U.S. exports of goods and services')).toBe(exports);
  expect(subjectKey('total May exports')).toBe(subjectKey('exports'));
  expect(subjectKey('The goods trade deficit year-to-date')).toBe(subjectKey('the goods trade deficit'));
  expect(subjectKey('U.S. high-tech exports to China')).toBe(subjectKey('U.S. high technology exports to China'));
  expect(subjectKey('exports to China')).not.toBe(subjectKey('exports from China'));
  expect(subjectKey('imports')).not.toBe(subjectKey('exports'));
  expect(subjectKey('e-commerce sales')).toBe(subjectKey('E-commerce sales'));
});
