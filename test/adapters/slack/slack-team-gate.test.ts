import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Intake } from '../../../src/adapters/intake.ts';
import { type SlackAdapter, startSlack } from '../../../src/adapters/slack/slack-app.ts';
import { readConfig } from '../../../src/config.ts';
import { createLogger, silentLogger } from '../../../src/log.ts';
import { ContextHolder } from '../../../src/runtime/context-holder.ts';
import { RateLimiter } from '../../../src/runtime/rate-limit.ts';
import { TeamLoop } from '../../../src/runtime/team-loop.ts';
import { FakeSlack } from '../../fakes/fake-slack.ts';
import { contextFor } from '../../helpers.ts';

// Admin commands and passive lookups pass the same gate (src/adapters/intake.ts) as slash commands,
// mentions and DMs: the input cap, the rate limits, bots ignored, a request id on every request.
describe('Slack admin commands and passive lookups pass the same gate as questions', () => {
  let fake: FakeSlack;
  let slack: SlackAdapter;
  let loop: TeamLoop;
  let dir: string;
  let n = 0;
  const logs: Record<string, unknown>[] = [];

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'confbot-slack-gate-'));
    fake = await new FakeSlack().start();
    const config = readConfig({
      DATABASE_URL: `sqlite:${join(dir, 'confbot.db')}`,
      SLACK_ADMINS: 'UADMIN',
    }).store;
    loop = await TeamLoop.open(config, silentLogger);
    const logger = createLogger({ level: 'info', write: (l) => logs.push(JSON.parse(l)) });
    const contexts = new ContextHolder(await contextFor());
    slack = await startSlack({
      config: {
        botToken: 'xoxb-test',
        appToken: 'xapp-test',
        apiUrl: fake.apiUrl,
        port: 0,
        host: '127.0.0.1',
      },
      ctx: contexts,
      logger,
      // Three requests per user a minute, and a CPU budget no request reaches, so the count is exact.
      intake: new Intake({
        contexts,
        logger,
        limiter: new RateLimiter({ perUser: 3, perChannel: 0, windowMs: 60_000 }),
        cpuBudgetMs: 60_000,
      }),
      team: { loop, shared: false, config },
    });
    await fake.connected();
  });

  after(async () => {
    await slack.stop();
    await fake.stop();
    await loop.close();
    await rm(dir, { recursive: true, force: true });
  });

  const command = (user: string, channel: string, text: string) =>
    fake.sendEnvelope('slash_commands', {
      token: 'legacy',
      team_id: 'T1',
      channel_id: channel,
      user_id: user,
      command: '/confbot',
      text,
      response_url: fake.responseUrl(`gate-${n++}`),
      trigger_id: `trig-gate-${n}`,
      api_app_id: 'A1',
    }) as Promise<{ text?: string; blocks?: unknown[] }>;

  const message = (user: string, channel: string, text: string) =>
    fake.sendEnvelope('events_api', {
      token: 'legacy',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: `EvGate${n++}`,
      event_time: 1,
      event: { type: 'message', channel, channel_type: 'channel', user, text, ts: `17100000${n}.0001` },
    });

  const posts = (channel: string) =>
    fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel);
  const settle = () => new Promise((r) => setTimeout(r, 400));

  it('logs an admin command with a request id, like any request', async () => {
    const on = await command('UADMIN', 'CGATE', 'settings passive on');
    assert.match(JSON.stringify(on.blocks), /Channel settings saved/);
    const line = logs.find((l) => l.message === 'request' && l.command === 'settings');
    assert.ok(line, JSON.stringify(logs.map((l) => l.message)));
    assert.equal(line.outcome, 'answered');
    assert.equal(line.platform, 'slack');
    assert.equal(line.user, 'UADMIN');
    assert.match(String(line.requestId), /^[0-9a-f]{8}$/);
  });

  it("limits a non-admin's admin commands before asking Slack who is an admin", async () => {
    const lookups = () => fake.calls.filter((c) => c.method === 'users.info').length;
    const before = lookups();
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await command('UNOBODY', 'CELSEWHERE', 'report'));
    assert.match(String(replies[0]?.text), /^Only workspace admins/);
    assert.match(JSON.stringify(replies[3]), /faster than I can keep up with/);
    assert.equal(lookups() - before, 3, 'users.info is asked only within the limits');
    assert.equal(logs.filter((l) => l.command === 'report' && l.outcome === 'forbidden').length, 3);
  });

  it('does not read a channel message over the input cap, while the same reference within it gets its card', async () => {
    await message('U1', 'CGATE', `Resolution 174 ${'and a long pasted document '.repeat(60)}`);
    await settle();
    assert.equal(posts('CGATE').length, 0, 'over the cap: not read');
    await message('U1', 'CGATE', 'Resolution 174, anyone?');
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'CGATE');
  });

  it('counts passive lookups against the rate limits: over them nothing is posted, and the refusal is logged', async () => {
    // U2 spends the allowance: two answered lookups and one question.
    await message('U2', 'CGATE', 'Resolution 130 is relevant');
    await fake.waitFor(
      (c) =>
        c.method === 'chat.postMessage' && c.body.channel === 'CGATE' && /130/.test(JSON.stringify(c.body)),
    );
    await message('U2', 'CGATE', 'and Decision 5');
    await fake.waitFor(
      (c) =>
        c.method === 'chat.postMessage' &&
        c.body.channel === 'CGATE' &&
        /Decision 5/.test(JSON.stringify(c.body)),
    );
    const before = posts('CGATE').length;
    await message('U2', 'CGATE', 'see also Resolution 101');
    await message('U2', 'CGATE', 'and Resolution 102');
    await settle();
    assert.equal(posts('CGATE').length, before + 1, 'the third lookup is answered, the fourth is not');
    const refused = logs.find((l) => l.command === 'lookup' && l.outcome === 'rate-limited');
    assert.ok(refused, 'the refusal is logged');
    assert.equal(refused.user, 'U2');
    assert.match(String(refused.requestId), /^[0-9a-f]{8}$/);
    const question = await command('U2', 'CGATE', 'resolution 174');
    assert.match(
      JSON.stringify(question),
      /faster than I can keep up with/,
      'and questions share the allowance',
    );
  });
});
