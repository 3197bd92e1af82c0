#!/usr/bin/env node
// Entry point for `npm start` and `npx confbot`. Runs the compiled dist/ (built by `npm install` through
// the `prepare` script: scripts/build-dist.mjs) when it is newer than every source file, which starts
// several times faster; otherwise registers tsx so the TypeScript sources run as they are. An edited
// source is therefore always what runs, built or not.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Newest modification time (ms) of the files under `dir`, or 0 when it does not exist. */
function newest(dir) {
  let out = 0;
  let names;
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const d of names) {
    const path = join(dir, d.name);
    out = Math.max(out, d.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return out;
}

function distIsFresh() {
  try {
    const built = statSync(join(root, 'dist', 'BUILT')).mtimeMs;
    const sources = Math.max(
      newest(join(root, 'src')),
      newest(join(root, 'commands')),
      statSync(join(root, 'tsconfig.json')).mtimeMs,
    );
    return sources <= built;
  } catch {
    return false;
  }
}

let runCli;
if (process.env.CONFBOT_TSX !== '1' && distIsFresh()) {
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
