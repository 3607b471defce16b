import { defineConfig } from 'vitest/config';

/** Three tiers: the pure core in Node, the content script's DOM code in jsdom, and the built extension in real Chromium. */
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      // 20 s, not the default 5: a test that reads whole releases can take seconds on a 2-core
      // machine shared with other work, and a hang (what the limit is for) takes far longer.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000 } },
      { test: { name: 'dom', include: ['test/dom/**/*.test.ts'], environment: 'jsdom', testTimeout: 20_000 } },
      // `npm run package` builds and zips; it runs in Node, apart from the browser tiers.
      { test: { name: 'package', include: ['test/package/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } },
      // The Firefox build in Debian's firefox-esr over WebDriver BiDi.
      { test: { name: 'firefox', include: ['test/firefox/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
      // Benchmarks print their numbers; they are run by `npm run bench`, not `npm test`. The
      // garbage collector is exposed so a benchmark can measure the heap an index takes.
      { test: { name: 'bench', include: ['test/bench/**/*.bench.ts'], environment: 'node', testTimeout: 600_000, fileParallelism: false, execArgv: ['--expose-gc'] } },
      {
        test: {
          name: 'e2e',
          // Messages between the page, the panel and storage take longer on a loaded machine.
          expect: { poll: { timeout: 10_000 } },
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
