import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger, REDACTED } from '../src/log.ts';

function capture(options: Parameters<typeof createLogger>[0] = {}) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ ...options, write: (l) => lines.push(JSON.parse(l)) });
  return { logger, lines };
}

describe('createLogger', () => {
  it('writes one JSON object per line with time, level, message and fields, dropping lower levels', () => {
    const { logger, lines } = capture({ level: 'warn' });
    logger.info('hidden');
    logger.warn('shown', { n: 1 });
    assert.equal(lines.length, 1);
    assert.equal(lines[0]?.level, 'warn');
    assert.equal(lines[0]?.message, 'shown');
    assert.equal(lines[0]?.n, 1);
    assert.match(String(lines[0]?.time), /^\d{4}-\d\d-\d\dT/);
  });

  it('adds a child logger’s bindings (request id, component) to each of its lines', () => {
    const { logger, lines } = capture();
    const child = logger.child({ requestId: 'r1' }).child({ component: 'slack' });
    child.info('request', { outcome: 'answered' });
    assert.deepEqual(
      { requestId: lines[0]?.requestId, component: lines[0]?.component, outcome: lines[0]?.outcome },
      { requestId: 'r1', component: 'slack', outcome: 'answered' },
    );
  });

  it('redacts tokens, secrets and signatures by key, at any depth', () => {
    const { logger, lines } = capture();
    logger.info('x', {
      token: 'abc',
      headers: { authorization: 'Bot abc', 'x-slack-signature': 'v0=1' },
      config: { botToken: 'xoxb-1', signingSecret: 's3cret' },
    });
    const text = JSON.stringify(lines[0]);
    for (const leaked of ['abc', 'xoxb-1', 's3cret', 'v0=1']) assert.ok(!text.includes(leaked), text);
    assert.equal(lines[0]?.token, REDACTED);
  });

  it('blanks configured secrets and token-shaped strings even inside messages', () => {
    const { logger, lines } = capture({ secrets: ['discord-token-value'] });
    logger.error('login failed with discord-token-value', { error: 'bad xoxb-123-456 and xapp-1-A' });
    const text = JSON.stringify(lines[0]);
    assert.ok(!text.includes('discord-token-value'), text);
    assert.ok(!text.includes('xoxb-123'), text);
    assert.ok(!text.includes('xapp-1'), text);
  });

  it('redacts what users typed unless LOG_QUERIES turned it on', () => {
    const quiet = capture();
    quiet.logger.info('request', { line: '/ask my private question', command: 'ask' });
    assert.equal(quiet.lines[0]?.line, REDACTED);
    assert.equal(quiet.lines[0]?.command, 'ask');
    const loud = capture({ logQueries: true });
    loud.logger.info('request', { line: '/ask my private question' });
    assert.equal(loud.lines[0]?.line, '/ask my private question');
  });
});
