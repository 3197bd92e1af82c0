#!/usr/bin/env node
// Runs every test file under test/ with Node's built-in runner and tsx.
// Node 20's runner has no glob support and silently reports 0 tests when given a directory of .ts files,
// so the files are listed here, and a run that finds no test file fails instead of passing vacuously.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

/** Lists `*.test.ts` files below `dir`, sorted, so runs are reproducible. */
function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out.sort();
}

/**
 * The quick lane (`npm run test:fast`): unit and property tests only, with no child process, socket or
 * database server, so it runs in seconds. Everything else (adapters against the fakes, the CLI and
 * process tests, stores, the fuzz run) is in the full lane, `npm test`.
 */
const FAST = [
  'test/search/',
  'test/corpus/',
  'test/commands/',
  'test/render/',
  'test/eval/',
  'test/config.test.ts',
  'test/errors.test.ts',
  'test/log.test.ts',
  'test/env-example.test.ts',
];

const args = process.argv.slice(2);
const fast = args.includes('--fast');
const filter = args.filter((a) => a !== '--fast');
const files = findTests('test')
  .filter((f) => !fast || FAST.some((p) => f.startsWith(p)))
  .filter((f) => filter.length === 0 || filter.some((p) => f.includes(p)));
if (files.length === 0) {
  console.error('run-tests: no test files found under test/ (a run with no tests is a failure)');
  process.exit(1);
}
// The quick lane shares no port, file or load budget between files, so they run side by side; the full
// lane runs one file at a time, since its end-to-end tests measure latency and start servers.
const concurrency = fast ? ['--test-concurrency', String(availableParallelism())] : [];
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', ...concurrency, '--test-reporter=spec', ...files],
  {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test' },
  },
);
process.exit(result.status ?? 1);
