import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readConfig, secretsOf } from '../src/config.ts';

describe('storage configuration', () => {
  it('defaults to SQLite in data/confbot.db under the working folder, questions recorded, 90 days, hashed ids', () => {
    const { store } = readConfig({}, '/srv/bot');
    assert.deepEqual(store, {
      database: { kind: 'sqlite', path: '/srv/bot/data/confbot.db' },
      recordQuestions: true,
      retentionDays: 90,
      hashIds: true,
      slackAdmins: [],
      discordMessageContent: false,
    });
  });

  it('reads sqlite:PATH, postgres URLs, the flags and the admin list', () => {
    const s = readConfig(
      {
        DATABASE_URL: 'sqlite:state/x.db',
        RECORD_QUESTIONS: 'false',
        RETENTION_DAYS: '7',
        HASH_IDS: 'no',
        SLACK_ADMINS: 'U123, W456',
        DISCORD_MESSAGE_CONTENT: 'true',
      },
      '/srv',
    ).store;
    assert.deepEqual(s.database, { kind: 'sqlite', path: '/srv/state/x.db' });
    assert.equal(s.recordQuestions, false);
    assert.equal(s.retentionDays, 7);
    assert.equal(s.hashIds, false);
    assert.deepEqual(s.slackAdmins, ['U123', 'W456']);
    assert.equal(s.discordMessageContent, true);
    const pg = readConfig({ DATABASE_URL: 'postgres://bot:pw%21@db:5432/confbot' });
    assert.deepEqual(pg.store.database, { kind: 'postgres', url: 'postgres://bot:pw%21@db:5432/confbot' });
    assert.ok(secretsOf(pg).includes('pw!'), 'the database password is blanked in logs');
  });

  it('names the key of every bad value, without quoting DATABASE_URL', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ DATABASE_URL: 'mysql://x:secret@h/db' }, /^DATABASE_URL must be sqlite:PATH or postgres:\/\//],
      [{ RETENTION_DAYS: '0' }, /^RETENTION_DAYS must be a whole number of days, at least 1/],
      [{ RECORD_QUESTIONS: 'maybe' }, /^RECORD_QUESTIONS must be true or false/],
      [{ SLACK_ADMINS: 'alice' }, /^SLACK_ADMINS must be Slack user ids/],
      [{ DISCORD_MESSAGE_CONTENT: '2' }, /^DISCORD_MESSAGE_CONTENT must be true or false/],
    ];
    for (const [env, message] of cases) {
      assert.throws(
        () => readConfig(env),
        (err: Error & { code?: string }) => {
          assert.equal(err.code, 'config-invalid');
          assert.match(err.message, message);
          assert.doesNotMatch(err.message, /secret/);
          return true;
        },
      );
    }
  });
});
