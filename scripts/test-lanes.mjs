// Which test files run in which lane; read by scripts/run-tests.mjs and checked by
// test/scripts/test-lanes.test.ts. docs/development.md ("Two lanes") says why each list holds what it does.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The quick lane (`npm run test:fast`): unit and property tests, with no child process, socket,
 * database server or timing budget, as path prefixes. Everything else (adapters against the fakes, the
 * CLI and process tests, stores, the fuzz runs, and the evaluation over some 900 questions) is only in
 * the full lane.
 */
export const FAST = [
  'test/search/',
  'test/corpus/',
  'test/commands/',
  'test/render/',
  'test/platforms/',
  'test/bin/',
  'test/cli/flags.test.ts',
  'test/eval/run-eval.test.ts',
  'test/scripts/test-lanes.test.ts',
  'test/config.test.ts',
  'test/errors.test.ts',
  'test/log.test.ts',
  'test/env-example.test.ts',
];

/**
 * Files that get the machine to themselves in the full lane, one at a time after the rest: they hold
 * wall-clock budgets (the load test's p99 ack under 3 s; the intake's refusals and autocomplete within
 * tens of milliseconds) that another test running beside them would eat into. The intake's failed
 * that way in the first side-by-side run (106 ms against 100, 80 against 60), at a load average of 9.
 */
export const QUIET = ['test/adapters/intake.test.ts', 'test/adapters/slack/slack-load.test.ts'];

/** Most runs per property in the quick lane (`TEST_PROPERTY_RUNS`, test/property-runs.ts). */
export const FAST_PROPERTY_RUNS = 40;

/** Lists `*.test.ts` files below `dir`, sorted, so runs are reproducible. */
export function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out.sort();
}

/** Whether a test file (a path relative to the repository, with `/`) is in the quick lane. */
export function isFast(file) {
  return FAST.some((p) => file.startsWith(p));
}
