import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CORPUS_DIR, readConfig } from '../src/config.ts';

describe('readConfig', () => {
  it('defaults to the bundled corpus, info logs and no platforms', () => {
    assert.deepEqual(readConfig({}), {
      corpusDir: DEFAULT_CORPUS_DIR,
      logLevel: 'info',
      platforms: { slack: false, discord: false },
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
      [{ ...base, PORT: 'eighty' }, /PORT must be a number/],
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
