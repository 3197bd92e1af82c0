#!/usr/bin/env node
// Entry point for `npm start` and `npx confbot`. Runs the compiled dist/ (built by `npm install` through
// the `prepare` script: scripts/build-dist.mjs) when it is newer than every source file, which starts
// several times faster; otherwise registers tsx so the TypeScript sources run as they are. An edited
// source is therefore always what runs, built or not.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distIsFresh } from './dist-fresh.js';

const root = join(import.meta.dirname, '..');

let runCli;
if (process.env.CONFBOT_TSX !== '1' && distIsFresh(root)) {
  // The bundle (one file) when the build made one, else the files tsc compiled: the same code, but the
  // bundle spares resolving about two hundred modules, and its compiled code is cached between runs
  // (docs/performance.md, "Cold start").
  const bundle = join(root, 'dist', 'bundle', 'cli.cjs');
  if (existsSync(bundle)) {
    const { requireBundle } = await import('./load-bundle.js');
    ({ runCli } = requireBundle(bundle));
  } else ({ runCli } = await import('../dist/src/cli/main.js'));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ runCli } = await import('../src/cli/main.ts'));
}
process.exitCode = await runCli(process.argv.slice(2));
