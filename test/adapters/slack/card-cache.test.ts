import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Intake } from '../../../src/adapters/intake.ts';
import { MAX_CARDS_PER_ANSWER, SlackCardCache } from '../../../src/adapters/slack/card-cache.ts';
import { type SlackAdapter, startSlack } from '../../../src/adapters/slack/slack-app.ts';
import { loadCorpusOrThrow } from '../../../src/corpus/load.ts';
import { silentLogger } from '../../../src/log.ts';
import { createContext } from '../../../src/registry/registry.ts';
import { renderSlackCompact } from '../../../src/render/slack-compact.ts';
import { ContextHolder } from '../../../src/runtime/context-holder.ts';
import { FAKE_BOT, FakeSlack, postToBot } from '../../fakes/fake-slack.ts';
import { contextFor, corpusWith, MINI_CORPUS } from '../../helpers.ts';

const SECRET = 'card-cache-secret';
const who = { platform: 'slack', user: 'U1', channel: 'C1' };

describe('SlackCardCache: a repeated answer is rendered once', () => {
  it('renders each answer once per button line, exactly as the renderer does', async () => {
    const intake = new Intake({ contexts: new ContextHolder(await contextFor()), logger: silentLogger });
    const answer = await intake.answer('/resolution 174', who);
    const cards = new SlackCardCache();
    const options = { more: { value: '/resolution 174' }, share: { value: '/resolution 174' } };
    const first = cards.card(answer, options);
    assert.deepEqual(first, renderSlackCompact(answer, options));
    assert.equal(cards.card(answer, { ...options }), first, 'the same card object, not rendered again');
    const other = cards.card(answer, { more: { value: '/resolution  174' } });
    assert.notEqual(other, first, 'another line on the buttons is another card');
    assert.deepEqual(other, renderSlackCompact(answer, { more: { value: '/resolution  174' } }));
  });

  it('never keeps a shared card, which names who shared it', async () => {
    const answer = await new Intake({
      contexts: new ContextHolder(await contextFor()),
      logger: silentLogger,
    }).answer('/resolution 174', who);
    const cards = new SlackCardCache();
    const byAna = cards.card(answer, { sharedBy: 'UANA' });
    const byBo = cards.card(answer, { sharedBy: 'UBO' });
    assert.match(JSON.stringify(byAna), /UANA/);
    assert.match(JSON.stringify(byBo), /UBO/);
    assert.doesNotMatch(JSON.stringify(byBo), /UANA/);
  });

  it('keeps at most MAX_CARDS_PER_ANSWER renderings of one answer, and each stays right', async () => {
    const answer = await new Intake({
      contexts: new ContextHolder(await contextFor()),
      logger: silentLogger,
    }).answer('/resolution 174', who);
    const cards = new SlackCardCache();
    for (let i = 0; i < MAX_CARDS_PER_ANSWER * 3; i++) {
      const value = `/resolution ${' '.repeat(i)}174`;
      const card = cards.card(answer, { more: { value } });
      assert.ok(
        JSON.stringify(card).includes(JSON.stringify(value).slice(1, -1)),
        `card ${i} carries its line`,
      );
    }
  });
});

describe('Slack slash commands with the answer and card caches, over HTTP', () => {
  let fake: FakeSlack;
  let slack: SlackAdapter;
  let holder: ContextHolder;
  let cleanup: () => Promise<void>;
  let edited: string;

  before(async () => {
    fake = await new FakeSlack().start();
    holder = new ContextHolder(await contextFor(MINI_CORPUS));
    ({ dir: edited, cleanup } = await corpusWith({
      'texts/resolution-7.md': (old) => old.replace('Protecting undersea cables', 'Guarding subsea cables'),
    }));
    slack = await startSlack({
      config: { botToken: 'xoxb-t', signingSecret: SECRET, apiUrl: fake.apiUrl, port: 0, host: '127.0.0.1' },
      ctx: holder,
      logger: silentLogger,
      botId: FAKE_BOT.botId,
      botUserId: FAKE_BOT.userId,
    });
  });

  after(async () => {
    await slack.stop();
    await fake.stop();
    await cleanup();
  });

  const slash = (text: string, user = 'U1', command = '/resolution') =>
    postToBot(
      `http://127.0.0.1:${slack.port}/slack/events`,
      new URLSearchParams({
        command,
        text,
        user_id: user,
        channel_id: 'C1',
        team_id: 'T1',
        response_url: fake.responseUrl(`r-${Math.random()}`),
        trigger_id: `trig-${Math.random()}`,
      }).toString(),
      { secret: SECRET },
    );

  it('acks a repeated command with the same card, and a reloaded corpus with its own', async () => {
    const first = await slash('7');
    const again = await slash('7', 'U2');
    assert.equal(first.status, 200);
    assert.match(JSON.stringify(first.json), /Protecting undersea cables/);
    assert.deepEqual(again.json, first.json);
    holder.swap(createContext(await loadCorpusOrThrow(edited)));
    const reloaded = await slash('7');
    assert.match(JSON.stringify(reloaded.json), /Guarding subsea cables/);
    assert.doesNotMatch(JSON.stringify(reloaded.json), /Protecting undersea cables/);
  });

  it('still refuses a missing or overlong argument plainly, every time', async () => {
    for (let i = 0; i < 2; i++) {
      const empty = await slash('', 'U1', '/ask');
      assert.equal(empty.status, 200);
      assert.match(JSON.stringify(empty.json), /What would you like to know\?/);
      assert.equal((empty.json as { response_type: string }).response_type, 'ephemeral');
      const long = await slash('7 '.repeat(1000));
      assert.match(JSON.stringify(long.json), /please keep it under 1,000/);
    }
  });
});
