import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FAKE_BOT, FakeSlack, postToBot } from '../../fakes/fake-slack.ts';
import { ROOT } from '../../helpers.ts';
import { type PostgresServer, startPostgres } from '../../store/postgres-server.ts';

const SECRET = 'replica-secret';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** One `npm start` bot process in Slack HTTP mode on `port`, sharing the database at `url`. */
function startReplica(
  port: number,
  apiUrl: string,
  url: string,
): { child: ChildProcess; stderr: () => string } {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'confbot.js')], {
    cwd: tmpdir(),
    env: {
      PATH: process.env.PATH ?? '',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_API_URL: apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      CORPUS_WATCH: 'false',
      DATABASE_URL: url,
      RATE_LIMIT_USER: '2',
      RATE_LIMIT_WINDOW_SECONDS: '600',
    },
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return { child, stderr: () => stderr };
}

describe('two bot processes sharing PostgreSQL behind one fake Slack', () => {
  let pg: PostgresServer;
  let fake: FakeSlack;
  const replicas: ReturnType<typeof startReplica>[] = [];
  const ports: number[] = [];

  before(async () => {
    pg = await startPostgres();
    fake = await new FakeSlack().start();
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      ports.push(port);
      replicas.push(startReplica(port, fake.apiUrl, pg.url));
    }
    // Both must listen before the tests start.
    for (const [i, port] of ports.entries()) {
      let up = false;
      for (let t = 0; t < 200 && !up; t++) {
        up = await fetch(`http://127.0.0.1:${port}/readyz`)
          .then((r) => r.status === 200)
          .catch(() => false);
        if (!up) await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(up, `replica ${i} never became ready: ${replicas[i]?.stderr()}`);
    }
  });

  after(async () => {
    await Promise.all(
      replicas.map(
        (r) =>
          new Promise<void>((resolve) => {
            if (r.child.exitCode !== null) return resolve();
            r.child.once('exit', () => resolve());
            r.child.kill('SIGTERM');
          }),
      ),
    );
    await fake.stop();
    pg?.stop();
  });

  it('answers an event that Slack delivers to both replicas once', async () => {
    const body = JSON.stringify({
      token: 'legacy',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'EvReplica1',
      event_time: 1,
      event: {
        type: 'app_mention',
        user: 'U9',
        text: `<@${FAKE_BOT.userId}> /resolution 174`,
        ts: '1700000100.000100',
        channel: 'CREPL',
        event_ts: '1700000100.000100',
      },
    });
    const headers = { contentType: 'application/json', secret: SECRET };
    const [a, b] = await Promise.all(
      ports.map((port) => postToBot(`http://127.0.0.1:${port}/slack/events`, body, headers)),
    );
    assert.equal(a?.status, 200);
    assert.equal(b?.status, 200);
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body.channel === 'CREPL');
    await new Promise((r) => setTimeout(r, 500));
    const posts = fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'CREPL');
    assert.equal(posts.length, 1, 'one answer between the two replicas');
  });

  it('answers a slash command replayed to the other replica once (the same trigger_id)', async () => {
    const body = new URLSearchParams({
      command: '/resolution',
      text: '174',
      user_id: 'UREPLAY',
      channel_id: 'CREPLAY',
      team_id: 'T1',
      response_url: fake.responseUrl('replay-1'),
      trigger_id: 'replayed-trigger',
    }).toString();
    const first = await postToBot(`http://127.0.0.1:${ports[0]}/slack/events`, body, { secret: SECRET });
    const replay = await postToBot(`http://127.0.0.1:${ports[1]}/slack/events`, body, { secret: SECRET });
    assert.equal(first.status, 200);
    assert.match(first.body, /Resolution 174/);
    assert.equal(replay.status, 200);
    assert.doesNotMatch(replay.body, /Resolution 174/, 'the replay is acknowledged and not answered');
  });

  it('counts one user against one rate limit, whichever replica each request reaches', async () => {
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const body = new URLSearchParams({
        command: '/resolution',
        text: '174',
        user_id: 'ULIMIT',
        channel_id: 'CLIMIT',
        team_id: 'T1',
        response_url: fake.responseUrl(`limit-${i}`),
        trigger_id: `t-${i}`,
      }).toString();
      const res = await postToBot(`http://127.0.0.1:${ports[i % 2]}/slack/events`, body, { secret: SECRET });
      assert.equal(res.status, 200);
      texts.push(res.body);
    }
    assert.match(texts[0] ?? '', /Resolution 174/);
    assert.match(texts[1] ?? '', /Resolution 174/);
    assert.match(
      texts[2] ?? '',
      /One moment, please/,
      'the third in the window is refused though replica 0 saw only two',
    );
  });
});
