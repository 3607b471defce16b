/** The lint rules that keep the parts apart, and files short, fail the imports and files that break them. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the parts of src', () => {
  it.each([
    ['src/core/probe.ts', "import { openStorage } from '../storage/index.js';", 'src/core is pure'],
    ['src/core/extract/probe.ts', "import { detect } from '../../page/detect/detect.js';", 'src/core is pure'],
    ['src/page/probe.ts', "import { Annotator } from '../content/annotator.js';", 'imports only the core'],
    ['src/cli/probe.ts', "import { Annotator } from '../content/annotator.js';", 'never the content script'],
    ['src/panel/sections/probe.ts', "import { reveal } from '../../content/reveal.js';", 'only through src/messages'],
    ['src/content/features/legend/probe.ts', "import { useSnapshot } from '../../../panel/use-snapshot.js';", 'only through src/messages'],
    ['src/options/probe.tsx', "import { App } from '../panel/App.js';", 'below both'],
  ])('%s may not say %s', async (file, line, why) => {
    expect(await problems(file, `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)?.[1]}];\n`)).toEqual([expect.stringMatching(new RegExp(`^no-restricted-imports: .*${why}`))]);
  });

  it.each([
    ['src/core/probe.ts', "import { parse } from './library/record.js';"],
    ['src/core/extract/probe.ts', "import { parse } from '../library/record.js';"],
    ['src/cli/probe.ts', "import { detect } from '../page/detect/detect.js';"],
    ['src/options/probe.tsx', "import { download } from '../ui/download.js';"],
    ['src/panel/probe.ts', "import { PANEL_TO_CONTENT } from '../messages/calls.js';"],
  ])('%s may say %s', async (file, line) => {
    expect(await problems(file, `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)?.[1]}];\n`)).toEqual([]);
  });

  it('keeps every source file to 300 lines', async () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};`).join('\n') + '\n';
    expect(await problems('src/content/probe.ts', lines(300))).toEqual([]);
    expect(await problems('src/content/probe.ts', lines(301))).toEqual([expect.stringMatching(/^max-lines: /)]);
  });
});
