#!/usr/bin/env node
// Runs the test files under test/ with Node's built-in runner and tsx, in one of two lanes:
//   node scripts/run-tests.mjs          the full lane (`npm test`): every file, each in its own process
//   node scripts/run-tests.mjs --fast   the quick lane (`npm run test:fast`): unit and property tests only
// Extra arguments keep the files whose path contains one of them. Node 20's runner has no glob support and
// silently reports 0 tests when given a directory of .ts files, so the files are listed here, and a run
// that finds no test file fails instead of passing vacuously. docs/development.md (Tests) has the figures.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FAST_PROPERTY_RUNS, findTests, isFast, QUIET } from './test-lanes.mjs';

const args = process.argv.slice(2);
const fast = args.includes('--fast');
const filter = args.filter((a) => a !== '--fast');
const files = findTests('test')
  .filter((f) => !fast || isFast(f))
  .filter((f) => filter.length === 0 || filter.some((p) => f.includes(p)));
if (files.length === 0) {
  console.error('run-tests: no test file found under test/ (a run with no tests is a failure)');
  process.exit(1);
}
const cores = availableParallelism();
// Output goes through pipes; a terminal still gets the spec reporter's colours.
const env = { ...process.env, NODE_ENV: 'test', ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) };

/**
 * Runs node with `argv`; resolves with its exit code and its output. The output is kept (not shown)
 * when `keep`, else shown as it comes and kept too.
 */
function node(argv, { keep = false, extraEnv = {} } = {}) {
  return new Promise((done) => {
    const child = spawn(process.execPath, argv, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, ...extraEnv },
    });
    let output = '';
    const take = (stream) => (d) => {
      output += d;
      if (!keep) stream.write(d);
    };
    child.stdout.on('data', take(process.stdout));
    child.stderr.on('data', take(process.stderr));
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 1 : 0), output }));
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
 * (Node 20 has no `--experimental-test-isolation=none`; importing the files is what that does), so
 * those costs are paid once per core. The groups are balanced by file size, a fair stand-in for a
 * file's cost. The first group's report is shown as it runs, each other one whole when all have ended
 * (so reports never interleave), then the totals.
 */
async function fastLane() {
  const groups = Array.from({ length: Math.min(cores, files.length) }, () => ({ files: [], size: 0 }));
  const bySize = files.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size);
  for (const { f, size } of bySize) {
    const lightest = groups.reduce((a, b) => (b.size < a.size ? b : a));
    lightest.files.push(f);
    lightest.size += size;
  }
  process.stdout.write(`── group 1 of ${groups.length}: ${groups[0].files.length} files ──\n`);
  const results = await Promise.all(
    groups.map((g, i) =>
      node(['--import', 'tsx', '--test-reporter=spec', '--input-type=module', '-e', importsOf(g.files)], {
        keep: i > 0,
        extraEnv: { TEST_PROPERTY_RUNS: process.env.TEST_PROPERTY_RUNS ?? String(FAST_PROPERTY_RUNS) },
      }),
    ),
  );
  const totals = new Map();
  results.forEach(({ output }, i) => {
    if (i > 0) {
      process.stdout.write(`\n── group ${i + 1} of ${groups.length}: ${groups[i].files.length} files ──\n`);
      process.stdout.write(output);
    }
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
