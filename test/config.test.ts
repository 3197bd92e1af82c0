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
    assert.deepEqual(readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', DISCORD_TOKEN: 't' }).platforms, {
      slack: true,
      discord: true,
    });
  });

  it('rejects an unknown LOG_LEVEL with a message naming the key', () => {
    assert.throws(() => readConfig({ LOG_LEVEL: 'loud' }), { code: 'config-invalid', message: /LOG_LEVEL/ });
  });
});
