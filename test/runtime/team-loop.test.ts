import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { makeAnswer } from '../../src/answer.ts';
import { silentLogger } from '../../src/log.ts';
import { questionOf, TeamLoop } from '../../src/runtime/team-loop.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/types.ts';
import { contextFor } from '../helpers.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('team loop', () => {
  let dir: string;
  let n = 0;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'confbot-loop-'));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const open = async (
    options: { recordQuestions?: boolean; hashIds?: boolean },
    clock = { now: Date.now() },
  ) => {
    const store: Store = await openStore(
      { kind: 'sqlite', path: join(dir, `${n++}.db`) },
      { now: () => clock.now },
    );
    return new TeamLoop({
      store,
      logger: silentLogger,
      recordQuestions: options.recordQuestions ?? true,
      hashIds: options.hashIds ?? true,
      retentionDays: 90,
      hashKey: 'k',
      now: () => clock.now,
    });
  };

  const declined = makeAnswer({ ok: false, command: 'ask', title: 'q' });
  const answered = makeAnswer({ ok: true, command: 'ask', title: 'q' });

  it('reads the question out of any way of asking it', () => {
    assert.equal(questionOf('/ask who won?'), 'who won?');
    assert.equal(questionOf('who won?'), 'who won?');
    assert.equal(questionOf('/confbot ask who won?'), 'who won?');
    assert.equal(questionOf('@confbot search cable tax'), 'cable tax');
  });

  it('keeps declined questions with hashed ids, counts answered ones without text, and ignores other outcomes', async () => {
    const loop = await open({});
    const requester = { platform: 'slack', user: 'U1', channel: 'C1' };
    await loop.onOutcome({
      line: '/ask who won the cable tax?',
      answer: declined,
      outcome: 'not-found',
      requester,
    });
    await loop.onOutcome({ line: 'who was elected?', answer: answered, outcome: 'answered', requester });
    await loop.onOutcome({ line: '/ask x', answer: declined, outcome: 'rate-limited', requester });
    await loop.onOutcome({ line: '/ask', answer: declined, outcome: 'user-error', requester });
    await loop.onOutcome({
      line: '/resolution 999',
      answer: makeAnswer({ ok: false, command: 'resolution', title: 'x' }),
      outcome: 'not-found',
      requester,
    });
    const rows = await loop.store.declined(0, 10);
    assert.deepEqual(
      rows.map((r) => [r.question, r.count]),
      [['who won the cable tax?', 1]],
    );
    const [day] = await loop.store.days(0);
    assert.equal(day?.answered, 1);
    assert.equal(day?.declined, 1);
    assert.equal(loop.storedId('slack', 'U1'), loop.storedId('slack', 'U1'), 'stable');
    assert.notEqual(loop.storedId('slack', 'U1'), loop.storedId('discord', 'U1'), 'scoped by platform');
    assert.match(loop.storedId('slack', 'U1'), /^[0-9a-f]{32}$/);
    await loop.close();
  });

  it('with RECORD_QUESTIONS=false keeps counts and votes but no question text; with HASH_IDS=false keeps ids as they are', async () => {
    const loop = await open({ recordQuestions: false, hashIds: false });
    await loop.onOutcome({ line: 'secret plans?', answer: declined, outcome: 'not-found' });
    assert.deepEqual(await loop.store.declined(0, 10), []);
    assert.equal((await loop.store.days(0))[0]?.declined, 1);
    const ctx = await contextFor();
    await loop.vote(
      { answerId: 'abcdef012345', line: '/ask who was elected Secretary-General?' },
      'down',
      {
        platform: 'slack',
        user: 'U1',
      },
      ctx,
    );
    await loop.explain('abcdef012345', { platform: 'slack', user: 'U1' }, 'wrong', 'free text');
    const [vote] = await loop.store.downvoted(0, 10);
    assert.equal(vote?.question, undefined);
    assert.equal(vote?.comment, undefined, 'the comment is text people typed: not kept either');
    assert.equal(vote?.reason, 'wrong');
    assert.equal(vote?.user, 'U1');
    assert.ok(vote?.entry, 'the entry is not personal: kept');
    await loop.close();
  });

  it('stores the entry a rated lookup was about: /resolution 174, /outcome by name', async () => {
    const loop = await open({});
    const ctx = await contextFor();
    const who = { platform: 'discord', user: 'U7' };
    await loop.vote({ answerId: 'aaaaaa000001', line: '/resolution Res. 174' }, 'down', who, ctx);
    await loop.vote({ answerId: 'aaaaaa000002', line: 'resolution decision 5' }, 'down', who, ctx);
    const rows = await loop.store.downvoted(0, 10);
    assert.deepEqual(rows.map((r) => [r.command, r.entry, r.question]).sort(), [
      ['resolution', 'decision-5', 'resolution decision 5'],
      ['resolution', 'resolution-174', '/resolution Res. 174'],
    ]);
    await loop.close();
  });

  it('gives feedback buttons to answers, not to refusals or /help', () => {
    const loop = new TeamLoop({
      store: {} as Store,
      logger: silentLogger,
      recordQuestions: true,
      hashIds: true,
      retentionDays: 90,
      hashKey: 'k',
    });
    assert.match(loop.feedbackFor(answered, '/ask q')?.answerId ?? '', /^[0-9a-f]{12}$/);
    assert.notEqual(loop.feedbackFor(answered, 'q')?.answerId, loop.feedbackFor(answered, 'q')?.answerId);
    assert.equal(loop.feedbackFor(declined, '/ask q'), undefined);
    assert.equal(loop.feedbackFor(makeAnswer({ ok: true, command: 'help', title: 'h' }), '/help'), undefined);
  });

  it('purges what is older than RETENTION_DAYS', async () => {
    const clock = { now: Date.UTC(2026, 0, 1) };
    const loop = await open({}, clock);
    await loop.onOutcome({ line: 'old question?', answer: declined, outcome: 'not-found' });
    clock.now += 91 * DAY;
    await loop.onOutcome({ line: 'new question?', answer: declined, outcome: 'not-found' });
    await loop.purge();
    assert.deepEqual(
      (await loop.store.declined(0, 10)).map((r) => r.question),
      ['new question?'],
    );
    await loop.close();
  });
});
