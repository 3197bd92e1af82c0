import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { SharedLines } from '../../src/adapters/discord/shared-lines.ts';
import { openStore } from '../../src/store/open-store.ts';
import { type PostgresServer, startPostgres } from './postgres-server.ts';
import { storeContract } from './store-contract.ts';

// A real PostgreSQL server started for this file on 127.0.0.1 (never skipped: without the binaries the
// file fails and says how to install them).
describe('PostgreSQL store', () => {
  let server: PostgresServer;
  let n = 0;
  before(async () => {
    server = await startPostgres();
  });
  after(() => server?.stop());

  /** A fresh database on the server for each test, so tests cannot see each other's rows. */
  const freshDatabase = async (): Promise<string> => {
    const name = `t${process.pid}_${n++}`;
    const admin = new pg.Client(server.url);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return server.url.replace(/\/confbot$/, `/${name}`);
  };

  storeContract(async () => {
    const clock = { now: Date.UTC(2026, 11, 1, 12) };
    const store = await openStore({ kind: 'postgres', url: await freshDatabase() }, { now: () => clock.now });
    return { store, clock };
  });

  it('migrates once when two replicas start on the same empty database at the same moment', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([
      openStore({ kind: 'postgres', url }),
      openStore({ kind: 'postgres', url }),
    ]);
    const client = new pg.Client(url);
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schema_migrations');
    await client.end();
    assert.deepEqual(
      rows.map((r) => r.version),
      [1],
    );
    // One replica's check-and-set is seen by the other at once.
    assert.equal(await a.seenRecently('slack:Ev9', 60_000), false);
    assert.equal(await b.seenRecently('slack:Ev9', 60_000), true);
    await Promise.all([a.close(), b.close()]);
  });

  it('counts a shared limit exactly under concurrent takes from two replicas', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([
      openStore({ kind: 'postgres', url }),
      openStore({ kind: 'postgres', url }),
    ]);
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).takeCounter('u:slack:U1', 7, 60_000)),
    );
    assert.equal(verdicts.filter((v) => v.allowed).length, 7);
    await Promise.all([a.close(), b.close()]);
  });

  it("finds a Discord button's line on the other replica", async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([
      openStore({ kind: 'postgres', url }),
      openStore({ kind: 'postgres', url }),
    ]);
    const fail = (err: unknown) => assert.fail(String(err));
    const here = new SharedLines(a, fail);
    const there = new SharedLines(b, fail);
    const id = here.put('/resolution 174');
    assert.equal(await here.get(id), '/resolution 174', 'from memory, at once');
    await here.flush(); // the reply carrying the button is sent meanwhile
    assert.equal(await there.get(id), '/resolution 174');
    assert.equal(await there.get('000000000000'), undefined);
    await Promise.all([a.close(), b.close()]);
  });

  it('fails with an error naming DATABASE_URL, without its content, when the server cannot be reached', async () => {
    const url = `postgres://confbot:s3cret@127.0.0.1:${server.port + 1}/confbot`;
    await assert.rejects(openStore({ kind: 'postgres', url }), (err: Error) => {
      assert.match(err.message, /^DATABASE_URL: cannot open the PostgreSQL server/);
      assert.doesNotMatch(err.message, /s3cret/);
      return true;
    });
  });
});
