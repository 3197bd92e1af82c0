import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type SlackAdapter, startSlack } from '../../../src/adapters/slack/slack-app.ts';
import { makeAnswer } from '../../../src/answer.ts';
import { type CommandDefinition, defineCommand } from '../../../src/commands/types.ts';
import { loadCorpusOrThrow } from '../../../src/corpus/load.ts';
import { createLogger } from '../../../src/log.ts';
import { COMMANDS, createContext } from '../../../src/registry/registry.ts';
import { ContextHolder } from '../../../src/runtime/context-holder.ts';
import { type ReloadResult, watchCorpus } from '../../../src/runtime/corpus-watcher.ts';
import { healthRoutes } from '../../../src/runtime/health.ts';
import { InFlight } from '../../../src/runtime/in-flight.ts';
import { RateLimiter } from '../../../src/runtime/rate-limit.ts';
import { shutdown } from '../../../src/runtime/shutdown.ts';
import { FAKE_BOT, FakeSlack, postToBot } from '../../fakes/fake-slack.ts';
import { corpusWith } from '../../helpers.ts';

const SECRET = 'fault-test-secret';

/** A command that takes its time, to be in flight when shutdown starts. */
const slow = defineCommand({
  name: 'slow',
  description: 'answers after 600 ms',
  usage: '/slow',
  examples: ['/slow'],
  parse: () => ({}),
  run: async () => {
    await new Promise((r) => setTimeout(r, 600));
    return makeAnswer({ ok: true, command: 'slow', title: 'Slow but sure', body: ['done'] });
  },
});

/** A command with a bug. */
const boom = defineCommand({
  name: 'boom',
  description: 'throws',
  usage: '/boom',
  examples: ['/boom'],
  parse: () => ({}),
  run: () => {
    throw new TypeError('cannot read properties of undefined');
  },
});

function slash(fake: FakeSlack, command: string, text: string, extra: Record<string, string> = {}) {
  return new URLSearchParams({
    command,
    text,
    user_id: 'U1',
    channel_id: 'C1',
    team_id: 'T1',
    response_url: fake.responseUrl(`f-${Math.random()}`),
    trigger_id: `t-${Math.random()}`,
    ...extra,
  }).toString();
}

function mention(text: string, eventId: string, channel = 'C9') {
  return JSON.stringify({
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_mention', user: 'U1', text: `<@${FAKE_BOT.userId}> ${text}`, ts: '1.2', channel },
  });
}

describe('Slack faults, against the real Bolt app and a fake Slack', () => {
  let fake: FakeSlack;
  let slack: SlackAdapter;
  let url: string;
  let corpus: { dir: string; cleanup: () => Promise<void> };
  let holder: ContextHolder;
  const inflight = new InFlight();
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({ level: 'debug', write: (l) => logs.push(JSON.parse(l)) });
  const reloads: ReloadResult[] = [];
  let stopWatching: () => void;

  before(async () => {
    fake = await new FakeSlack().start();
    corpus = await corpusWith({});
    const commands = [...COMMANDS, slow, boom] as CommandDefinition[];
    holder = new ContextHolder(createContext(await loadCorpusOrThrow(corpus.dir), { commands }));
    stopWatching = watchCorpus({
      dir: corpus.dir,
      holder,
      logger,
      debounceMs: 50,
      onReload: (r) => reloads.push(r),
    }).close;
    slack = await startSlack({
      config: {
        botToken: 'xoxb-faults',
        signingSecret: SECRET,
        apiUrl: fake.apiUrl,
        port: 0,
        host: '127.0.0.1',
      },
      ctx: holder,
      logger,
      inflight,
      limiter: new RateLimiter({ perUser: 0, perChannel: 4, windowMs: 60_000 }),
      routes: healthRoutes(() => ({ corpus: true, slack: true })),
      botId: FAKE_BOT.botId,
      botUserId: FAKE_BOT.userId,
    });
    url = `http://127.0.0.1:${slack.port}/slack/events`;
  });

  after(async () => {
    stopWatching();
    await slack.stop();
    await fake.stop();
    await corpus.cleanup();
  });

  /** Waits until the watcher reports `count` reloads. */
  async function reloaded(count: number): Promise<ReloadResult> {
    for (let i = 0; i < 100 && reloads.length < count; i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(reloads.length >= count, 'the watcher reloaded');
    return reloads[count - 1] as ReloadResult;
  }

  it('refuses stale, missing, forged and tampered signatures with 401, and answers none of them', async () => {
    const before = fake.calls.length;
    const body = slash(fake, '/resolution', '7', { channel_id: 'CSIG' });
    const now = Math.floor(Date.now() / 1000);
    const attempts = [
      await postToBot(url, body, { secret: SECRET, timestamp: now - 6 * 60 }),
      await postToBot(url, body, {}),
      await postToBot(url, body, { secret: 'forged-secret' }),
      await postToBot(url, body, {
        headers: { 'x-slack-signature': `v0=${'0'.repeat(64)}` },
      }),
      await postToBot(`${url}`, body.replace('text=7', 'text=2'), {
        headers: {
          'x-slack-signature': (await import('../../fakes/fake-slack.ts')).slackSignature(SECRET, now, body),
        },
        timestamp: now,
      }),
    ];
    for (const res of attempts) {
      assert.equal(res.status, 401);
      assert.doesNotMatch(res.body, /undersea|Resolution 7/);
    }
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(fake.calls.length, before, 'nothing was sent to Slack for them');
  });

  it('retries chat.postMessage after 429 with Retry-After and after 500, and posts the answer once', async () => {
    fake.failNext('chat.postMessage', 429, { headers: { 'retry-after': '1' } });
    fake.failNext('chat.postMessage', 500);
    const started = Date.now();
    const res = await postToBot(url, mention('resolution 7', 'EvRetry1', 'CRETRY'), {
      secret: SECRET,
      contentType: 'application/json',
    });
    assert.equal(res.status, 200);
    await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'CRETRY' && !c.failed,
      10_000,
    );
    await new Promise((r) => setTimeout(r, 500));
    const attempts = fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'CRETRY');
    assert.deepEqual(
      attempts.map((c) => c.failed ?? 200),
      [429, 500, 200],
    );
    assert.ok(Date.now() - started >= 1000, 'waited the Retry-After second');
    assert.match(JSON.stringify(attempts[2]?.body.blocks), /undersea cables/);
  });

  it('answers a retried event delivery once, even while the first is being retried to Slack', async () => {
    fake.failNext('chat.postMessage', 500);
    const body = mention('resolution 7', 'EvDup1', 'CDUP');
    for (const retry of ['', '1', '2']) {
      await postToBot(url, body, {
        secret: SECRET,
        contentType: 'application/json',
        headers: retry ? { 'x-slack-retry-num': retry, 'x-slack-retry-reason': 'http_timeout' } : {},
      });
    }
    await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'CDUP' && !c.failed,
      10_000,
    );
    await new Promise((r) => setTimeout(r, 500));
    const sent = fake.calls.filter(
      (c) => c.method === 'chat.postMessage' && c.body.channel === 'CDUP' && !c.failed,
    );
    assert.equal(sent.length, 1);
  });

  it('logs a failing command with an id, apologises naming that id, and keeps serving', async () => {
    const res = await postToBot(url, slash(fake, '/boom', '', { channel_id: 'CBOOM' }), { secret: SECRET });
    assert.equal(res.status, 200);
    const text = (res.json as { text: string }).text;
    const id = /error id ([0-9a-f]{8})/.exec(JSON.stringify(res.json))?.[1];
    assert.ok(id, text);
    assert.doesNotMatch(JSON.stringify(res.json), /cannot read properties/, 'no internals shown');
    const logged = logs.find((l) => l.errorId === id);
    assert.equal(logged?.message, 'command failed');
    assert.equal(logged?.command, 'boom');
    assert.ok(logged?.requestId, 'the log line carries the request id');
    const next = await postToBot(url, slash(fake, '/resolution', '7', { channel_id: 'CBOOM' }), {
      secret: SECRET,
    });
    assert.match(next.body, /undersea cables/);
  });

  it('logs each request with id, command, latency and outcome, without what the user typed', async () => {
    await postToBot(url, slash(fake, '/resolution', '7', { channel_id: 'CLOG' }), { secret: SECRET });
    const line = logs.find((l) => l.message === 'request' && l.channel === 'CLOG');
    assert.ok(line);
    assert.equal(line.level, 'info');
    assert.equal(line.command, 'resolution');
    assert.equal(line.outcome, 'answered');
    assert.equal(typeof line.ms, 'number');
    assert.match(String(line.requestId), /^[0-9a-f]{8}$/);
    assert.equal(line.line, '[redacted]');
    assert.ok(!JSON.stringify(logs).includes('xoxb-faults'), 'the token is never logged');
  });

  it('asks a channel that is too busy to slow down, politely, and still answers other channels', async () => {
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await postToBot(
        url,
        slash(fake, '/resolution', '7', { channel_id: 'CBUSY', user_id: `U${i}` }),
        {
          secret: SECRET,
        },
      );
      answers.push(JSON.stringify(res.json));
    }
    assert.ok(answers.slice(0, 4).every((a) => /undersea cables/.test(a)));
    assert.match(answers[4] ?? '', /faster than I can keep up with\. Please try again in \d+ s/);
    const other = await postToBot(url, slash(fake, '/resolution', '7', { channel_id: 'CCALM' }), {
      secret: SECRET,
    });
    assert.match(other.body, /undersea cables/);
  });

  it('serves /healthz and /readyz beside the events endpoint', async () => {
    const health = await fetch(`http://127.0.0.1:${slack.port}/healthz`);
    assert.equal(health.status, 200);
    const ready = await fetch(`http://127.0.0.1:${slack.port}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', checks: { corpus: true, slack: true } });
  });

  it('keeps answering from the last good corpus when a file is replaced by garbage, and logs file:line', async () => {
    const file = join(corpus.dir, 'texts', 'resolution-7.md');
    await writeFile(file, '---\nid: [unclosed\n\u0000\u0001 garbage\n');
    const result = await reloaded(1);
    assert.equal(result.status, 'rejected');
    const problem = logs.find((l) => l.message === 'corpus reload rejected' && typeof l.problem === 'string');
    assert.match(String(problem?.problem), /^texts\/resolution-7\.md:\d+: /);
    for (let i = 0; i < 3; i++) {
      const res = await postToBot(url, slash(fake, '/resolution', '7', { channel_id: `CG${i}` }), {
        secret: SECRET,
      });
      assert.match(res.body, /Protecting undersea cables/, 'the old answer keeps coming');
    }
  });

  it('swaps in a corrected corpus atomically once it is valid again', async () => {
    const fixed = (await import('node:fs/promises')).readFile(
      join(import.meta.dirname, '..', '..', 'fixtures', 'mini-corpus', 'texts', 'resolution-7.md'),
      'utf8',
    );
    await writeFile(
      join(corpus.dir, 'texts', 'resolution-7.md'),
      (await fixed).replace('title: Protecting undersea cables', 'title: Guarding undersea cables'),
    );
    const result = await reloaded(2);
    assert.equal(result.status, 'reloaded');
    const res = await postToBot(url, slash(fake, '/resolution', '7', { channel_id: 'CNEW' }), {
      secret: SECRET,
    });
    assert.match(res.body, /Guarding undersea cables/);
    assert.equal(holder.generation, 1);
  });

  it('on shutdown finishes the answer in flight, takes no new work, and stops within the time allowed', async () => {
    const inFlight = postToBot(url, slash(fake, '/slow', '', { channel_id: 'CSLOW' }), { secret: SECRET });
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(inflight.size, 1);
    const started = Date.now();
    const stopping = shutdown({
      inflight,
      closables: [{ name: 'slack', stop: slack.stop, stopsIntake: true }],
      logger,
    });
    const late = await postToBot(url, slash(fake, '/resolution', '7', { channel_id: 'CLATE' }), {
      secret: SECRET,
    }).catch(() => undefined);
    const answered = await inFlight;
    assert.equal(answered.status, 200);
    assert.match(answered.body, /Slow but sure/);
    assert.equal(await stopping, true);
    assert.ok(Date.now() - started < 10_000);
    assert.ok(!late || /restarting/.test(late.body), 'a request after shutdown began is turned away');
  });
});
