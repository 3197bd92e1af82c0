#!/usr/bin/env node
// `npm run cold-start`: how long a one-shot `confbot query "/resolution 174"` takes next to a bare
// `node -e 0`, measured in the same run (issue 15's target: at most 2.5x). Each round runs both, one after
// the other, so load from other processes on the machine weighs on both alike; the medians and their
// ratio are printed. One untimed run first writes the corpus snapshot, as a newcomer's first command
// does, so the rounds measure the start every later command pays.
//
//   node scripts/cold-start.mjs [--runs N] [--npx] [LINE]
//
// --npx also times `npx confbot query LINE` (npm's own start-up comes on top of ours).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { distIsFresh } from '../bin/dist-fresh.js';

const root = join(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, npx: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`cold-start: --runs needs a positive whole number, got "${values.runs}"`);
  process.exit(2);
}
const line = positionals.join(' ') || '/resolution 174';

/** The commands compared, each as [label, program, arguments]. */
const commands = [
  ['node -e 0', process.execPath, ['-e', '0']],
  [`confbot query "${line}"`, process.execPath, [join(root, 'bin', 'confbot.js'), 'query', line]],
];
if (values.npx)
  commands.push([`npx confbot query "${line}"`, 'npx', ['--no-install', 'confbot', 'query', line]]);

/**
 * CPU time (user + system, ms) of this process's finished children, from /proc (Linux; undefined
 * elsewhere). On a shared machine it varies far less than wall time, so it is printed beside it.
 */
function childrenCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // Fields 16 and 17 of stat(5), cutime and cstime, counted from field 3 (state) here, in ticks of 10 ms.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** Runs one command and returns its wall and CPU time in ms; a failed run stops the measurement. */
function time([label, program, args]) {
  const cpu = childrenCpuMs();
  const started = process.hrtime.bigint();
  const result = spawnSync(program, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    console.error(`cold-start: ${label} failed (exit ${result.status}):\n${result.stderr}`);
    process.exit(1);
  }
  return { wall, cpu: cpu === undefined ? undefined : childrenCpuMs() - cpu };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** What bin/confbot.js runs: the bundle, the compiled files, or the sources through tsx. */
function runsWhat() {
  if (process.env.CONFBOT_TSX === '1' || !distIsFresh(root))
    return 'the sources through tsx (dist/ missing or stale)';
  return existsSync(join(root, 'dist', 'bundle', 'cli.cjs')) ? 'dist/bundle/cli.cjs' : 'dist/src (no bundle)';
}

time(commands[1]); // untimed: writes the snapshot when there is none
const times = commands.map(() => []);
for (let round = 0; round < runs; round++) {
  for (const [i, c] of commands.entries()) times[i].push(time(c));
}

const wall = times.map((ts) => median(ts.map((t) => t.wall)));
const cpu = times.map((ts) => (ts[0].cpu === undefined ? undefined : median(ts.map((t) => t.cpu))));
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;
console.log(
  `cold start, median of ${runs} (${new Date().toISOString().slice(0, 10)}, node ${process.version}, runs ${runsWhat()})`,
);
console.log(`${''.padEnd(42)} ${'wall'.padEnd(9)} ratio   ${cpu[0] === undefined ? '' : 'cpu       ratio'}`);
for (const [i, [label]] of commands.entries()) {
  const cpuPart = cpu[i] === undefined ? '' : `${seconds(cpu[i])}  ${(cpu[i] / cpu[0]).toFixed(2)}x`;
  const all = times[i].map((t) => t.wall.toFixed(0)).join(' ');
  console.log(
    `${label.padEnd(42)} ${seconds(wall[i])}  ${(wall[i] / wall[0]).toFixed(2)}x   ${cpuPart}   (wall: ${all} ms)`,
  );
}
