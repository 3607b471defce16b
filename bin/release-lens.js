#!/usr/bin/env node
// The CLI is bundled by `npm run build`; on a fresh checkout, build it first.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/release-lens.mjs', import.meta.url));
if (!existsSync(cli)) {
  const build = spawnSync(process.execPath, [fileURLToPath(new URL('../build/build.mjs', import.meta.url))], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(cli);
