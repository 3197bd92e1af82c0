import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Store } from '../../src/store/types.ts';

/** A store under test, with the clock it reads. */
export interface StoreUnderTest {
  store: Store;
  clock: { now: number };
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The behaviour every {@link Store} implementation must have, run against SQLite and a real PostgreSQL
 * server alike. `open` gives a fresh, empty database each time.
 */
export function storeContract(open: () => Promise<StoreUnderTest>): void {
  const withStore = (fn: (t: StoreUnderTest) => Promise<void>) => async () => {
    const t = await open();
    try {
      await fn(t);
    } finally {
      await t.store.close();
    }
  };

  it(
    'remembers a key for its time to live: the second sighting is reported, an expired one is not',
    withStore(async ({ store, clock }) => {
      assert.equal(await store.seenRecently('slack:Ev1', 1000), false);
      assert.equal(await store.seenRecently('slack:Ev1', 1000), true);
      clock.now += 1001;
      assert.equal(await store.seenRecently('slack:Ev1', 1000), false, 'expired, so new again');
      assert.equal(await store.seenRecently('slack:Ev1', 1000), true);
    }),
  );

  it(
    'counts uses in a fixed window, refuses past the limit without counting, and starts afresh after it',
    withStore(async ({ store, clock }) => {
      assert.deepEqual(await store.takeCounter('u:1', 2, 60_000), { allowed: true });
      clock.now += 10_000;
      assert.deepEqual(await store.takeCounter('u:1', 2, 60_000), { allowed: true });
      assert.deepEqual(await store.takeCounter('u:1', 2, 60_000), { allowed: false, retryAfterMs: 50_000 });
      assert.deepEqual(await store.takeCounter('u:2', 2, 60_000), { allowed: true }, 'keys are separate');
      clock.now += 50_000;
      assert.deepEqual(await store.takeCounter('u:1', 2, 60_000), { allowed: true });
    }),
  );

  it(
    'keeps button lines until they expire',
    withStore(async ({ store, clock }) => {
      await store.putLine('abc', '/resolution 174', 1000);
      assert.equal(await store.getLine('abc'), '/resolution 174');
      assert.equal(await store.getLine('nope'), undefined);
      clock.now += 1000;
      assert.equal(await store.getLine('abc'), undefined);
    }),
  );

  it(
    'groups declined questions that differ only in case and spacing, most asked first, with the latest wording and time',
    withStore(async ({ store, clock }) => {
      const base = { platform: 'terminal', command: 'ask', declined: true };
      await store.recordOutcome({ ...base, question: 'Who won the  cable tax?' });
      clock.now += 1000;
      await store.recordOutcome({ ...base, question: 'who won the cable tax ?' });
      await store.recordOutcome({ ...base, question: 'Something else' });
      await store.recordOutcome({ platform: 'slack', command: 'ask', declined: false });
      const rows = await store.declined(0, 10);
      assert.deepEqual(rows, [
        { question: 'who won the cable tax ?', count: 2, lastAsked: clock.now },
        { question: 'Something else', count: 1, lastAsked: clock.now },
      ]);
      assert.deepEqual(await store.days(0), [
        { day: new Date(clock.now).toISOString().slice(0, 10), answered: 1, declined: 3 },
      ]);
    }),
  );

  it(
    'keeps one vote per person per answer, which they can change, and reports down-votes with reasons',
    withStore(async ({ store }) => {
      const vote = {
        answerId: 'a1',
        user: 'h1',
        platform: 'slack',
        command: 'ask',
        question: 'q?',
        entry: 'resolution-174',
        passages: ['resolution-174#1'],
      };
      assert.equal(await store.recordVote({ ...vote, vote: 'up' }), 'new');
      assert.equal(await store.recordVote({ ...vote, vote: 'up' }), 'same');
      assert.equal(await store.recordVote({ ...vote, vote: 'down' }), 'changed');
      assert.equal(await store.explainVote('a1', 'h1', 'outdated', ' old figures '), true);
      assert.equal(await store.explainVote('a1', 'someone-else', 'wrong'), false);
      await store.recordVote({ ...vote, user: 'h2', vote: 'up' });
      const down = await store.downvoted(0, 10);
      assert.equal(down.length, 1);
      assert.equal(down[0]?.reason, 'outdated');
      assert.equal(down[0]?.comment, 'old figures');
      assert.deepEqual(down[0]?.passages, ['resolution-174#1']);
      assert.equal(await store.recordVote({ ...vote, vote: 'up' }), 'changed');
      assert.deepEqual(await store.downvoted(0, 10), [], 'changed back to up: no longer a down-vote');
    }),
  );

  it(
    'stores channel settings per platform and channel, private and passive-off by default',
    withStore(async ({ store }) => {
      assert.deepEqual(await store.channelSettings('slack', 'C1'), { visibility: 'private', passive: false });
      await store.updateChannelSettings('slack', 'C1', { passive: true }, 'U1');
      await store.updateChannelSettings('slack', 'C1', { visibility: 'channel' }, 'U1');
      assert.deepEqual(await store.channelSettings('slack', 'C1'), { visibility: 'channel', passive: true });
      assert.deepEqual(await store.channelSettings('discord', 'C1'), {
        visibility: 'private',
        passive: false,
      });
    }),
  );

  it(
    'purges questions and votes older than the cut-off, and keeps newer ones',
    withStore(async ({ store, clock }) => {
      await store.recordOutcome({ platform: 'terminal', command: 'ask', declined: true, question: 'old?' });
      await store.recordVote({
        answerId: 'a',
        user: 'u',
        vote: 'down',
        platform: 'x',
        command: 'ask',
        passages: [],
      });
      clock.now += 91 * DAY;
      await store.recordOutcome({ platform: 'terminal', command: 'ask', declined: true, question: 'new?' });
      const deleted = await store.purge(clock.now - 90 * DAY);
      assert.ok(deleted >= 3, `deleted ${deleted}`);
      assert.deepEqual(
        (await store.declined(0, 10)).map((r) => r.question),
        ['new?'],
      );
      assert.deepEqual(await store.downvoted(0, 10), []);
      assert.equal((await store.days(0)).length, 1, 'the old day is gone too');
    }),
  );

  it(
    'makes a secret once and returns the same one afterwards',
    withStore(async ({ store }) => {
      const first = await store.secret('id-hash');
      assert.match(first, /^[0-9a-f]{64}$/);
      assert.equal(await store.secret('id-hash'), first);
      assert.notEqual(await store.secret('other'), first);
    }),
  );
}
