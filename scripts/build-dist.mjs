#!/usr/bin/env node
// `npm run build`, also run by `npm install` / `npm ci` (the `prepare` script): compiles src/ and
// commands/ to dist/ with tsc, so `confbot` starts without tsx (a one-shot query in a fraction of the
// time). bin/confbot.js uses dist/ only while it is newer than every source file, and tsx otherwise, so
// a failed or skipped build never breaks anything: this script warns and exits 0 instead of failing
// an install (e.g. one without dev dependencies, where tsc is absent).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
let tsc;
try {
  tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  console.warn('build: typescript is not installed; confbot will run through tsx');
  process.exit(0);
}
// The stamp gets the time the compile started: a source saved while tsc ran is then newer than the
// stamp, and bin/confbot.js falls back to tsx instead of running code built from the older text.
const started = new Date();
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (result.status !== 0 || !existsSync(join(dist, 'src', 'cli', 'main.js'))) {
  rmSync(dist, { recursive: true, force: true });
  console.warn('build: tsc failed; confbot will run through tsx');
  process.exit(0);
}
try {
  // The compiled code finds the bundled corpus beside it, as the sources do.
  mkdirSync(dist, { recursive: true });
  symlinkSync(join('..', 'corpus'), join(dist, 'corpus'), 'dir');
} catch (err) {
  rmSync(dist, { recursive: true, force: true });
  console.warn(`build: cannot link dist/corpus (${err.message}); confbot will run through tsx`);
  process.exit(0);
}
// The stamp's time is what bin/confbot.js compares the sources' times with.
writeFileSync(join(dist, 'BUILT'), `${started.toISOString()}\n`);
utimesSync(join(dist, 'BUILT'), started, started);
