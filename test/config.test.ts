import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCorpusDir, DEFAULT_CORPUS_DIR, readConfig, secretsOf } from '../src/config.ts';

describe('readConfig', () => {
  it('defaults to the bundled corpus, info logs and no platforms', () => {
    const { ops, store: _store, ...rest } = readConfig({});
    assert.deepEqual(rest, {
      corpusDir: DEFAULT_CORPUS_DIR,
      logLevel: 'info',
      platforms: { slack: false, discord: false },
    });
    assert.deepEqual(ops, {
      logQueries: false,
      rateLimit: { perUser: 20, perChannel: 60, windowMs: 60_000 },
      watchCorpus: true,
      http: { port: 3000, host: '0.0.0.0' },
      limits: {
        inputMaxChars: 1000,
        autocompletePerUser: 30,
        cpuBudgetMs: 25,
        corpusMaxFileBytes: 1024 * 1024,
        corpusMaxBytes: 64 * 1024 * 1024,
      },
    });
  });

  it('resolves CORPUS_DIR against the working directory and ignores blank values', () => {
    assert.equal(readConfig({ CORPUS_DIR: 'my/corpus' }, '/srv').corpusDir, '/srv/my/corpus');
    assert.equal(readConfig({ CORPUS_DIR: '  ' }).corpusDir, DEFAULT_CORPUS_DIR);
  });

  it('sees which platforms have tokens', () => {
    assert.deepEqual(
      readConfig({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 's',
        DISCORD_TOKEN: 't',
        DISCORD_APP_ID: '1',
      }).platforms,
      {
        slack: true,
        discord: true,
      },
    );
  });

  it('rejects an unknown LOG_LEVEL with a message naming the key', () => {
    assert.throws(() => readConfig({ LOG_LEVEL: 'loud' }), { code: 'config-invalid', message: /LOG_LEVEL/ });
  });
});

describe('readConfig: Slack', () => {
  const base = { SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_SIGNING_SECRET: 's' };

  it('reads HTTP mode with a default port and normalizes the API URL', () => {
    const c = readConfig({ ...base, SLACK_API_URL: 'http://127.0.0.1:9/api' });
    assert.deepEqual(c.slack, {
      botToken: 'xoxb-1-2',
      signingSecret: 's',
      apiUrl: 'http://127.0.0.1:9/api/',
      port: 3000,
      host: '0.0.0.0',
    });
    assert.equal(c.platforms.slack, true);
  });

  it('reads Socket Mode from an app token', () => {
    assert.equal(
      readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken,
      'xapp-1',
    );
  });

  it('names the key of every invalid combination', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /neither SLACK_SIGNING_SECRET .* nor SLACK_APP_TOKEN/],
      [{ SLACK_SIGNING_SECRET: 's' }, /SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET is set/],
      [{ SLACK_APP_TOKEN: 'xapp-1' }, /SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN is set/],
      [{ ...base, SLACK_BOT_TOKEN: 'xoxp-user' }, /SLACK_BOT_TOKEN must be a bot token/],
      [{ ...base, SLACK_APP_TOKEN: 'nope' }, /SLACK_APP_TOKEN must be an app-level token/],
      [{ ...base, PORT: 'eighty' }, /^PORT must be a whole number from 0 to 65535 \(got "eighty"\)$/],
      [{ ...base, SLACK_API_URL: 'ftp://x' }, /SLACK_API_URL must be an http\(s\) URL/],
    ];
    for (const [env, message] of cases)
      assert.throws(() => readConfig(env), { code: 'config-invalid', message }, JSON.stringify(env));
  });
});

describe('readConfig: Discord', () => {
  it('reads the token, application id, dev guild and API URL', () => {
    const c = readConfig({
      DISCORD_TOKEN: 't.o.k',
      DISCORD_APP_ID: '123',
      DISCORD_GUILD_ID: '456',
      DISCORD_API_URL: 'http://127.0.0.1:9/api/',
    });
    assert.deepEqual(c.discord, {
      token: 't.o.k',
      appId: '123',
      guildId: '456',
      apiUrl: 'http://127.0.0.1:9/api',
    });
    assert.equal(c.platforms.discord, true);
  });

  it('names the key of every invalid combination', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ DISCORD_TOKEN: 't' }, /DISCORD_APP_ID is required when DISCORD_TOKEN is set/],
      [{ DISCORD_APP_ID: '1' }, /DISCORD_TOKEN is required when DISCORD_APP_ID is set/],
      [{ DISCORD_TOKEN: 't', DISCORD_APP_ID: 'abc' }, /DISCORD_APP_ID must be a numeric/],
      [
        { DISCORD_TOKEN: 't', DISCORD_APP_ID: '1', DISCORD_GUILD_ID: 'x' },
        /DISCORD_GUILD_ID must be a numeric/,
      ],
      [
        { DISCORD_TOKEN: 't', DISCORD_APP_ID: '1', DISCORD_API_URL: 'discord' },
        /DISCORD_API_URL must be an http\(s\) URL/,
      ],
      [{ DISCORD_TOKEN: 'a b', DISCORD_APP_ID: '1' }, /DISCORD_TOKEN must not contain spaces/],
    ];
    for (const [env, message] of cases)
      assert.throws(() => readConfig(env), { code: 'config-invalid', message }, JSON.stringify(env));
  });
});

describe('readConfig: running settings', () => {
  it('reads log, rate-limit, reload and port settings', () => {
    const { ops } = readConfig({
      LOG_QUERIES: 'true',
      RATE_LIMIT_USER: '5',
      RATE_LIMIT_CHANNEL: '0',
      RATE_LIMIT_WINDOW_SECONDS: '10',
      CORPUS_WATCH: 'off',
      PORT: '8080',
      HOST: '127.0.0.1',
    });
    const { limits: _, ...rest } = ops;
    assert.deepEqual(rest, {
      logQueries: true,
      rateLimit: { perUser: 5, perChannel: 0, windowMs: 10_000 },
      watchCorpus: false,
      http: { port: 8080, host: '127.0.0.1' },
    });
  });

  it('names the key in one line for every bad value', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ LOG_QUERIES: 'maybe' }, /^LOG_QUERIES must be true or false/],
      [{ RATE_LIMIT_USER: '-1' }, /^RATE_LIMIT_USER must be a whole number/],
      [{ RATE_LIMIT_CHANNEL: 'lots' }, /^RATE_LIMIT_CHANNEL must be a whole number/],
      [{ RATE_LIMIT_WINDOW_SECONDS: '0' }, /^RATE_LIMIT_WINDOW_SECONDS must be at least 1/],
      [{ CORPUS_WATCH: '2' }, /^CORPUS_WATCH must be true or false/],
      [{ PORT: '70000' }, /^PORT must be a whole number from 0 to 65535/],
    ];
    for (const [env, message] of cases) {
      assert.throws(
        () => readConfig(env),
        (err: Error & { code?: string }) => {
          assert.equal(err.code, 'config-invalid');
          assert.match(err.message, message);
          assert.doesNotMatch(err.message, /\n/, 'one line');
          return true;
        },
      );
    }
  });

  it('never puts a token or secret value in an error message', () => {
    const secrets = {
      SLACK_BOT_TOKEN: 'xoxb-111-secret-bot',
      SLACK_APP_TOKEN: 'not-an-xapp-secret',
      SLACK_SIGNING_SECRET: 'signing-secret-value',
      DISCORD_TOKEN: 'discord secret token',
      DISCORD_APP_ID: 'abc',
    };
    const bad: Record<string, string>[] = [
      { SLACK_BOT_TOKEN: 'wrong-secret-bot' },
      { SLACK_BOT_TOKEN: secrets.SLACK_BOT_TOKEN, SLACK_APP_TOKEN: secrets.SLACK_APP_TOKEN },
      { SLACK_SIGNING_SECRET: secrets.SLACK_SIGNING_SECRET },
      { DISCORD_TOKEN: secrets.DISCORD_TOKEN, DISCORD_APP_ID: '1' },
      { DISCORD_TOKEN: 'tok-secret', DISCORD_APP_ID: secrets.DISCORD_APP_ID },
    ];
    for (const env of bad) {
      assert.throws(
        () => readConfig(env),
        (err: Error) => {
          for (const value of Object.values(env)) {
            if (value.length > 3) assert.ok(!err.message.includes(value), `${err.message} leaks ${value}`);
          }
          return true;
        },
      );
    }
  });

  it('reads a Discord shard for scale-out, both keys or neither', () => {
    const base = { DISCORD_TOKEN: 't', DISCORD_APP_ID: '1' };
    assert.deepEqual(
      readConfig({ ...base, DISCORD_SHARD_ID: '1', DISCORD_SHARD_COUNT: '3' }).discord?.shard,
      {
        id: 1,
        count: 3,
      },
    );
    assert.equal(readConfig(base).discord?.shard, undefined);
    assert.throws(
      () => readConfig({ ...base, DISCORD_SHARD_ID: '1' }),
      /DISCORD_SHARD_ID and DISCORD_SHARD_COUNT/,
    );
    assert.throws(
      () => readConfig({ ...base, DISCORD_SHARD_ID: '3', DISCORD_SHARD_COUNT: '3' }),
      /^Error: DISCORD_SHARD_ID must be a whole number below DISCORD_SHARD_COUNT|DISCORD_SHARD_ID must/,
    );
  });

  it('lists every credential for the logger to blank', () => {
    const config = readConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'sig',
      DISCORD_TOKEN: 'dtok',
      DISCORD_APP_ID: '1',
    });
    assert.deepEqual(secretsOf(config).sort(), ['dtok', 'sig', 'xoxb-1']);
  });
});

describe('readConfig: one schema (issue 15), the reliability limits and CORPUS_DIR (issue 14)', () => {
  it('reads the limits: input cap, autocomplete rate, CPU budget, corpus file and total sizes', () => {
    const { limits } = readConfig({
      INPUT_MAX_CHARS: '500',
      AUTOCOMPLETE_RATE_LIMIT_USER: '0',
      REQUEST_CPU_BUDGET_MS: '10',
      CORPUS_MAX_FILE_KB: '64',
      CORPUS_MAX_TOTAL_MB: '2',
    }).ops;
    assert.deepEqual(limits, {
      inputMaxChars: 500,
      autocompletePerUser: 0,
      cpuBudgetMs: 10,
      corpusMaxFileBytes: 64 * 1024,
      corpusMaxBytes: 2 * 1024 * 1024,
    });
    for (const [key, value] of [
      ['INPUT_MAX_CHARS', '5'],
      ['REQUEST_CPU_BUDGET_MS', '0'],
      ['CORPUS_MAX_FILE_KB', 'big'],
      ['CORPUS_MAX_TOTAL_MB', '-3'],
    ] as const)
      assert.throws(() => readConfig({ [key]: value }), {
        code: 'config-invalid',
        message: new RegExp(`^${key} must be (a whole number from|at least)`),
      });
  });

  it('reads PORT once: one default and one wording, with or without Slack', () => {
    const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    assert.equal(readConfig({}).ops.http.port, 3000);
    assert.equal(readConfig(slack).slack?.port, 3000);
    assert.equal(readConfig({ ...slack, PORT: '8080' }).slack?.port, 8080);
    const wording = (env: Record<string, string>) => {
      try {
        readConfig(env);
      } catch (err) {
        return (err as Error).message;
      }
      return '';
    };
    assert.equal(wording({ PORT: '99999' }), wording({ ...slack, PORT: '99999' }));
    assert.equal(wording({ PORT: 'x' }), 'PORT must be a whole number from 0 to 65535 (got "x")');
  });

  it('names CORPUS_DIR in one line when the folder does not exist or is a file', () => {
    for (const dir of ['/nonexistent/corpus', new URL(import.meta.url).pathname]) {
      assert.throws(
        () => checkCorpusDir(dir),
        (err: Error & { code?: string }) => {
          assert.equal(err.code, 'config-invalid');
          assert.match(err.message, /^CORPUS_DIR must be a corpus folder: /);
          assert.doesNotMatch(err.message, /\n/);
          return true;
        },
      );
    }
    assert.doesNotThrow(() => checkCorpusDir(DEFAULT_CORPUS_DIR));
  });
});
