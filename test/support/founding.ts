/** The founding release, as the tests read it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../fixtures/releases');
export const FOUNDING_NAME = 'commerce-2001-2009-us-china-high-tech-guidelines';
export const FOUNDING_URL = 'https://2001-2009.commerce.gov/NewsRoom/SecretarialTrips/ssLINK/PROD01_004904';
export const FOUNDING_HTML = readFileSync(join(FIXTURES, `${FOUNDING_NAME}.html`), 'utf8');
export const FOUNDING_TEXT_PATH = join(import.meta.dirname, '../fixtures/seeds/commerce-2007-12-11-us-china-high-tech-guidelines.txt');
export const FOUNDING_TEXT = readFileSync(FOUNDING_TEXT_PATH, 'utf8');
