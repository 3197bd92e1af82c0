import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { corpusWith, ROOT } from '../helpers.ts';

const BIN = join(ROOT, 'bin', 'confbot.js');

/**
 * Runs the real `confbot` binary, as `npm start` and `npx confbot` do, outside the repo (no .env), in a
 * folder of its own: its SQLite state (data/confbot.db under the working directory) is never another
 * run's, whether a concurrent test file's or another checkout's on the same machine.
 */
function confbot(
  args: string[],
  input = '',
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'confbot-cli-'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // A failed or silent child is shown (its code, signal and error output), so a failure the assertions
      // see only as an empty answer says why: clean-clone runs have seen a child exit 1 after about 80 ms
      // with no output.
      if (code !== 0 || stdout === '' || /\n\s+at /.test(stderr))
        process.stderr.write(
          `confbot ${args.join(' ')} exited ${code}${signal ? ` (${signal})` : ''}:\n${stderr}\n`,
        );
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

describe('confbot query', () => {
  it('--explain prints each /ask stage (understand, retrieve, verify, compose) before the answer', async () => {
    const { code, stdout } = await confbot([
      'query',
      '--explain',
      '/ask how many votes did cavusoglu get in the TSB race',
    ]);
    assert.equal(code, 0);
    assert.match(stdout, /^understand: kind=how-many/m);
    assert.match(stdout, /^retrieve: /m);
    assert.match(stdout, /FAIL .*does not name cavusoglu/);
    assert.match(stdout, /^compose: decline/m);
    assert.match(stdout, /not in the PP-14 corpus/);
  });

  it('/explain in the terminal chat shows how a question is read', async () => {
    const { stdout } = await confbot(['chat'], '/explain who won the TSB race?\n');
    assert.match(stdout, /understand: kind=who/);
    assert.match(stdout, /OK .*chaesub-lee/);
  });

  it('prints one JSON line with ok: true for /resolution 174', async () => {
    const { code, stdout } = await confbot(['query', '--json', '/resolution 174']);
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const json = JSON.parse(lines[0] as string);
    assert.equal(json.ok, true);
    assert.equal(json.command, 'resolution');
    assert.match(json.text, /illicit use of information and communication technologies/);
    assert.ok(
      json.citations.length > 0 &&
        json.citations.every((c: { title: string }) => typeof c.title === 'string'),
    );
  });

  it('answers every line of standard input in order, one JSON object per line', async () => {
    const { stdout } = await confbot(
      ['query', '--json'],
      '/resolution 130\n\n/ask where was the plenipotentiary held\n/frobnicate\n',
    );
    const answers = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      answers.map((a) => [a.command, a.ok]),
      [
        ['resolution', true],
        ['unknown', false],
        ['ask', true],
        ['frobnicate', false],
      ],
    );
    assert.match(answers[2].answer, /Busan/);
  });

  it('prints plain text with the source line without --json', async () => {
    const { stdout } = await confbot(['query', '/ask', 'what', 'happened', 'to', 'OTT?']);
    assert.match(stdout, /removed/);
    assert.match(stdout, /Sources?:\n {2}- New America/);
  });
});

describe('confbot (npm start) with no platform tokens', () => {
  it('answers piped lines in the terminal chat with the title and the source', async () => {
    const { code, stdout } = await confbot([], '/resolution 174\n');
    assert.equal(code, 0);
    assert.match(
      stdout,
      /ITU's role with regard to international public policy issues relating to the risk of illicit use/,
    );
    assert.match(stdout, /Sources?:/);
  });

  it('keeps going after bad input, with a clear message for each and no stack trace', async () => {
    const bad = ['', 'x'.repeat(10_000), '\u0001\u0002\u001b[2J', '/frobnicate', '🎉🎉🎉', '/resolution 🙂'];
    const { code, stdout, stderr } = await confbot([], `${bad.join('\n')}\n/resolution 174\n`);
    assert.equal(code, 0);
    assert.match(stdout, /Type a command or a question/);
    assert.match(stdout, /under 1,000/);
    assert.match(stdout, /There is no \/frobnicate command/);
    assert.match(stdout, /not in the PP-14 corpus/);
    assert.match(stdout, /is not a resolution number/);
    assert.match(stdout, /Resolution 174 \(Rev\. Busan, 2014\)/, 'the last good line is still answered');
    assert.doesNotMatch(`${stdout}${stderr}`, /\n\s+at .+:\d+:\d+/, 'no stack trace');
    assert.ok(!stdout.includes('\u001b'), 'no terminal escapes pass through');
  });

  it('refuses a Slack bot token without a signing secret or app token, naming the keys', async () => {
    const { code, stderr } = await confbot([], '', { SLACK_BOT_TOKEN: 'xoxb-1' });
    assert.equal(code, 1);
    assert.match(
      stderr,
      /^confbot: SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET .* nor SLACK_APP_TOKEN/m,
    );
  });

  it('refuses a Discord token without an application id, naming the key', async () => {
    const { code, stderr } = await confbot([], '', { DISCORD_TOKEN: 'abc' });
    assert.equal(code, 1);
    assert.match(stderr, /^confbot: DISCORD_APP_ID is required when DISCORD_TOKEN is set/m);
  });

  it('rejects an invalid LOG_LEVEL naming the key', async () => {
    const { code, stderr } = await confbot(['query', '/help'], '', { LOG_LEVEL: 'loud' });
    assert.equal(code, 1);
    assert.match(stderr, /LOG_LEVEL must be one of/);
  });
});

describe('confbot corpus build', () => {
  it('writes a snapshot that later commands answer from, and rebuilds when the corpus changes', async () => {
    const { dir, cleanup } = await corpusWith({});
    try {
      const built = await confbot(['corpus', 'build', dir]);
      assert.equal(built.code, 0, built.stderr);
      assert.match(built.stdout, /^corpus build: \d+ entries, \d+ passages -> .*snapshot\.json/);
      assert.ok(existsSync(join(dir, '.confbot', 'snapshot.json')));
      const fromSnapshot = await confbot(['query', '/resolution 7'], '', { CORPUS_DIR: dir });
      assert.equal(fromSnapshot.code, 0);
      assert.match(fromSnapshot.stdout, /undersea cables/);
      // An edited corpus is answered as it is now, snapshot or not.
      const file = join(dir, 'texts', 'resolution-7.md');
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace('Protecting undersea cables', 'Guarding undersea cables'),
      );
      const afterEdit = await confbot(['query', '/resolution 7'], '', { CORPUS_DIR: dir });
      assert.match(afterEdit.stdout, /Guarding undersea cables/);
    } finally {
      await cleanup();
    }
  });

  it('exits non-zero on an invalid corpus and writes nothing', async () => {
    const { dir, cleanup } = await corpusWith({
      'texts/decision-2.md': (old) => old.replace('status: new', 'status: odd'),
    });
    try {
      const { code } = await confbot(['corpus', 'build', dir]);
      assert.equal(code, 1);
      assert.equal(existsSync(join(dir, '.confbot', 'snapshot.json')), false);
    } finally {
      await cleanup();
    }
  });
});

describe('confbot corpus check', () => {
  it('passes on the bundled corpus', async () => {
    const { code, stdout } = await confbot(['corpus', 'check']);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /corpus check: ok, \d+ entries/);
  });

  it('fails on a content rule, and on too few questions only with --strict', async () => {
    const rules = join(ROOT, 'test/fixtures/corpus-rules');
    const meta = await confbot(['corpus', 'check', join(rules, 'meta-words')]);
    assert.equal(meta.code, 1);
    assert.match(meta.stdout, /^outcomes\/cable-tax\.md:13: .*talks about the corpus/m);
    const lax = await confbot(['corpus', 'check', join(rules, 'questions-too-few')]);
    assert.equal(lax.code, 0, lax.stdout);
    const strict = await confbot(['corpus', 'check', '--strict', join(rules, 'questions-too-few')]);
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /^outcomes\/cable-tax\.md:7: has 1 question\(s\)/m);
  });

  it('prints how many statements the reference and seed do not trace, with --reference and --seed', async () => {
    const rules = join(ROOT, 'test/fixtures/corpus-rules');
    const reference = join(rules, 'untraced-reference/reference/facts.md');
    const { code, stdout } = await confbot([
      'corpus',
      'check',
      join(rules, 'untraced-statement'),
      '--reference',
      reference,
      '--seed',
      join(rules, 'untraced-reference/seed'),
    ]);
    assert.equal(code, 1);
    assert.match(stdout, /^outcomes\/cable-tax\.md:13: untraced: "14", "March", "Freedonia"/m);
    assert.match(stdout, /^reference check: 1 statement\(s\) hold a number or name found in neither/m);
    const bad = await confbot(['corpus', 'check', '--seed', join(rules, 'untraced-reference/seed')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--seed goes with --reference FILE/);
  });

  it('exits non-zero and prints file:line: message for every problem', async () => {
    const { dir, cleanup } = await corpusWith({
      'texts/decision-2.md': (old) =>
        `${old}\nUncited claim.\n`.replace('status: new', 'status: new\nbogus: 1'),
    });
    try {
      const { code, stdout } = await confbot(['corpus', 'check', dir]);
      assert.equal(code, 1);
      assert.match(stdout, /^texts\/decision-2\.md:6: unknown field "bogus"$/m);
    } finally {
      await cleanup();
    }
  });

  it('checks source URLs against a reference sheet with --reference', async () => {
    const mini = join(ROOT, 'test/fixtures/mini-corpus');
    const ok = await confbot([
      'corpus',
      'check',
      mini,
      '--reference',
      join(ROOT, 'test/fixtures/mini-reference.md'),
    ]);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    const { dir, cleanup } = await corpusWith({
      'sources/example-news.md': (old) => old.replace('example.org/news', 'example.org/made-up'),
    });
    try {
      const bad = await confbot([
        'corpus',
        'check',
        '--reference',
        join(ROOT, 'test/fixtures/mini-reference.md'),
        dir,
      ]);
      assert.equal(bad.code, 1);
      assert.match(
        bad.stdout,
        /^sources\/example-news\.md:6: url https:\/\/example\.org\/made-up is not in the reference/m,
      );
    } finally {
      await cleanup();
    }
  });

  it('uses CORPUS_DIR when set', async () => {
    const { stdout } = await confbot(['query', '/facts'], '', {
      CORPUS_DIR: join(ROOT, 'test/fixtures/mini-corpus'),
    });
    assert.match(stdout, /EA-30 at a glance/);
  });
});

describe('confbot usage', () => {
  it('exits 2 with usage on an unknown subcommand', async () => {
    const { code, stderr } = await confbot(['frob']);
    assert.equal(code, 2);
    assert.match(stderr, /Usage:/);
  });
});
