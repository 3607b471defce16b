/**
 * An esbuild plugin that takes the one HTML sink out of the bundled preact: its
 * `dangerouslySetInnerHTML` support assigns `innerHTML`. Release Lens never renders
 * HTML (page text is hostile, and the panel is a privileged page), so in our bundles that
 * prop throws instead. This also keeps `web-ext lint` free of its "Unsafe assignment to
 * innerHTML" warning. The build fails if preact's code no longer has exactly the
 * assignment we expect, so an upgrade cannot bring the sink back unnoticed.
 */
import { readFile } from 'node:fs/promises';

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
const ASSIGNMENT = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
const REFUSAL = '(()=>{throw new Error("Release Lens renders no HTML: dangerouslySetInnerHTML is disabled")})()';

/** @returns {import('esbuild').Plugin} */
export function noHtmlSinks() {
  return {
    name: 'release-lens-no-html-sinks',
    setup(build) {
      build.onLoad({ filter: PREACT }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const found = source.match(ASSIGNMENT)?.length ?? 0;
        if (found !== 1) {
          throw new Error(`${path}: expected one innerHTML assignment to disable, found ${found}; update build/no-html-sinks.mjs`);
        }
        return { contents: source.replace(ASSIGNMENT, REFUSAL), loader: 'js' };
      });
    },
  };
}
