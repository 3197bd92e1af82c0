import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { openStore } from '../../src/store/open-store.ts';
import { storeContract } from './store-contract.ts';

describe('SQLite store', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'confbot-sqlite-'));
  after(() => rm(dir, { recursive: true, force: true }));
  let n = 0;
  storeContract(async () => {
    const clock = { now: Date.UTC(2026, 11, 1, 12) };
    const store = await openStore(
      { kind: 'sqlite', path: join(dir, `t${n++}`, 'confbot.db') },
      { now: () => clock.now },
    );
    return { store, clock };
  });

  it('keeps its state in the file across a reopen, and migrates once', async () => {
    const path = join(dir, 'reopen', 'confbot.db');
    const first = await openStore({ kind: 'sqlite', path });
    await first.recordOutcome({ platform: 'terminal', command: 'ask', declined: true, question: 'kept?' });
    await first.close();
    const second = await openStore({ kind: 'sqlite', path });
    assert.deepEqual(
      (await second.declined(0, 5)).map((r) => r.question),
      ['kept?'],
    );
    await second.close();
  });

  it('refuses a path it cannot create with an error naming DATABASE_URL', async () => {
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a folder');
    await assert.rejects(openStore({ kind: 'sqlite', path: join(file, 'x.db') }), (err: Error) => {
      assert.match(err.message, /^DATABASE_URL: cannot open the SQLite file .*a-file\/x\.db/);
      return true;
    });
  });
});
