/**
 * The built-in glossary, parsed, for Node (the CLI, tests). The content script does not
 * import this: it fetches `glossary.json` from the extension, so the data stays out of
 * the script every page loads (see src/content/glossary-loader.ts).
 */
import data from './data/glossary.json' with { type: 'json' };
import { Glossary } from './glossary.js';

export const BUILT_IN_GLOSSARY: Glossary = Glossary.parse(data);
