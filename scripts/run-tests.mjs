#!/usr/bin/env node
// Runs the test files under test/ with Node's built-in runner and tsx, in one of two lanes:
//   node scripts/run-tests.mjs          the full lane (`npm test`): every file, each in its own process
//   node scripts/run-tests.mjs --fast   the quick lane (`npm run test:fast`): unit and property tests only
// Extra arguments keep the files whose path contains one of them. Node 20's runner has no glob support and
// silently reports 0 tests when given a directory of .ts files, so the files are listed here, and a run
// that finds no test file fails instead of passing vacuously. docs/development.md (Tests) has the figures.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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
 * The quick lane: unit and property tests, with no child process, socket, database server or timing
 * budget. Everything else (adapters against the fakes, the CLI and process tests, stores, the fuzz runs,
 * and the evaluation over some 900 questions) is only in the full lane.
 */
const FAST = [
  'test/search/',
  'test/corpus/',
  'test/commands/',
  'test/render/',
  'test/platforms/',
  'test/cli/flags.test.ts',
  'test/eval/run-eval.test.ts',
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
const QUIET = ['test/adapters/intake.test.ts', 'test/adapters/slack/slack-load.test.ts'];

/** Most properties' runs in the quick lane (`TEST_PROPERTY_RUNS`, test/property-runs.ts). */
const FAST_PROPERTY_RUNS = 40;

const args = process.argv.slice(2);
const fast = args.includes('--fast');
const filter = args.filter((a) => a !== '--fast');
const files = findTests('test')
  .filter((f) => !fast || FAST.some((p) => f.startsWith(p)))
  .filter((f) => filter.length === 0 || filter.some((p) => f.includes(p)));
if (files.length === 0) {
  console.error('run-tests: no test file found under test/ (a run with no tests is a failure)');
  process.exit(1);
}
const cores = availableParallelism();
const env = { ...process.env, NODE_ENV: 'test' };

/** Runs node with `argv`; resolves with its exit code and, when `capture`, its output. */
function node(argv, { capture = false, extraEnv = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, {
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...env, ...extraEnv },
    });
    let output = '';
    if (capture) {
      child.stdout.on('data', (d) => {
        output += d;
      });
      child.stderr.on('data', (d) => {
        output += d;
      });
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/**
 * A module that imports each file, statically: the whole module graph is evaluated before the runner
 * starts any test, so every file's tests are registered at the top level. A file imported while another
 * file's tests run (a dynamic `import()` after an `await`) would have its tests nested in the running one.
 */
function importsOf(list) {
  return list
    .sort()
    .map((f) => `import ${JSON.stringify(pathToFileURL(resolve(f)).href)};`)
    .join('\n');
}

/**
 * The quick lane. Node 20 runs each file given to `--test` in a process of its own, and each process
 * paid for tsx, the corpus, its index and the language model again: 44 files cost 82 s of CPU. Here the
 * files are split into one group per core, and each group runs in one process that imports them all
 * (Node 20 has no `--experimental-test-isolation=none`; importing the files is what that does), so those costs are paid once per core. The groups are balanced by file
 * size, a fair stand-in for a file's cost. Each group's report is printed whole when it ends, then the
 * totals.
 */
async function fastLane() {
  const groups = Array.from({ length: Math.min(cores, files.length) }, () => ({ files: [], size: 0 }));
  const bySize = files.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size);
  for (const { f, size } of bySize) {
    const lightest = groups.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.files.push(f);
    lightest.size += size;
  }
  const results = await Promise.all(
    groups.map((g) =>
      node(['--import', 'tsx', '--test-reporter=spec', '--input-type=module', '-e', importsOf(g.files)], {
        capture: true,
        extraEnv: { TEST_PROPERTY_RUNS: process.env.TEST_PROPERTY_RUNS ?? String(FAST_PROPERTY_RUNS) },
      }),
    ),
  );
  const totals = new Map();
  results.forEach(({ output }, i) => {
    process.stdout.write(`\n── group ${i + 1} of ${groups.length}: ${groups[i].files.length} files ──\n`);
    process.stdout.write(output);
    for (const [, key, n] of output.matchAll(/^ℹ (tests|pass|fail|cancelled|skipped|todo) (\d+)$/gm))
      totals.set(key, (totals.get(key) ?? 0) + Number(n));
  });
  const failed = results.some((r) => r.code !== 0);
  process.stdout.write(
    `\nquick lane, ${files.length} files in ${groups.length} processes: ${[...totals].map(([k, n]) => `${k} ${n}`).join(', ')}${failed ? ' (FAILED)' : ''}\n`,
  );
  return failed ? 1 : 0;
}

/**
 * The full lane: every file in its own process, as many at once as there are cores (each end-to-end
 * test starts its fakes and servers on port 0 and works in its own temporary folder, so none shares a
 * port or a file with another), then the {@link QUIET} files alone.
 */
async function fullLane() {
  const loud = files.filter((f) => !QUIET.includes(f));
  const quiet = files.filter((f) => QUIET.includes(f));
  const run = (list, concurrency) =>
    node([
      '--import',
      'tsx',
      '--test',
      '--test-concurrency',
      String(concurrency),
      '--test-reporter=spec',
      ...list,
    ]);
  let code = 0;
  if (loud.length > 0) code = (await run(loud, cores)).code || code;
  if (quiet.length > 0) {
    process.stdout.write(`\n── one at a time, on their own: ${quiet.join(', ')} ──\n`);
    code = (await run(quiet, 1)).code || code;
  }
  return code;
}

process.exit(await (fast ? fastLane() : fullLane()));
