import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The parts of `src` and which others each may not import (docs/architecture.md). An
 * import names a part by climbing to `src/` with `../`, as many times as the file is
 * deep, so each part gets one block a depth.
 */
const PARTS = ['background', 'cli', 'content', 'core', 'library', 'messages', 'options', 'page', 'panel', 'platform', 'sites', 'storage', 'ui'];
const MAY_NOT_IMPORT = {
  core: { parts: PARTS.filter((p) => p !== 'core'), why: 'src/core is pure: it imports nothing of ours but the core.' },
  page: { parts: PARTS.filter((p) => p !== 'core' && p !== 'page'), why: 'src/page reads a page for the content script and the CLI alike: it imports only the core.' },
  cli: { parts: ['content', 'panel', 'options', 'library', 'background'], why: 'The CLI runs on the page layer and the core, never the content script or an extension page.' },
  content: { parts: ['panel', 'options', 'library', 'background'], why: 'The content script and the extension pages talk only through src/messages.' },
  panel: { parts: ['content', 'background'], why: 'The panel and the content script talk only through src/messages.' },
  options: { parts: ['panel', 'content', 'background'], why: 'What options shares with the panel lives below both (src/ui, src/library/settings).' },
};
const MAX_DEPTH = 6;
const partRules = Object.entries(MAY_NOT_IMPORT).flatMap(([part, { parts, why }]) =>
  Array.from({ length: MAX_DEPTH }, (_, i) => ({
    files: [`src/${part}/${'*/'.repeat(i)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: `^(\\.\\./){${i + 1}}(${parts.join('|')})(/|$)`, message: why }] }],
    },
  })),
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    // Scripts that drive the browser pass callbacks that run in the page or the extension.
    files: ['build/**/*.mjs', 'bin/**/*.js', 'test/**/*.ts', 'src/cli/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
  {
    // Page content is hostile: it is rendered as text, never parsed as HTML or run.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page data with textContent.' },
        { property: 'outerHTML', message: 'Render page data with textContent.' },
        { property: 'insertAdjacentHTML', message: 'Render page data with textContent.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page data as text; the bundled preact refuses HTML.' },
        {
          selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']",
          message: "Use `import * as z from 'zod'`: the `z` object drags every locale into each bundle (450 kB instead of 90 kB).",
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'location', 'navigator'],
    },
  },
  {
    // A file past 300 lines holds more than one thing: split it where the things part.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  ...partRules,
);
