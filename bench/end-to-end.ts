/**
 * End-to-end figures over loopback: the real Slack adapter (Bolt, HTTP, signed requests) under load
 * for `/resolution` and `/ask`, beside a bare Bolt app that only acks `/echo`, with the load generated
 * from a child process; and the real Discord adapter's interaction-to-callback latency through the fake
 * gateway. The fakes are the tests' own.
 */

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { Agent, createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { App, LogLevel } from '@slack/bolt';
import { startDiscord } from '../src/adapters/discord/discord-app.ts';
import { startSlack } from '../src/adapters/slack/slack-app.ts';
import type { CommandContext } from '../src/commands/types.ts';
import { silentLogger } from '../src/log.ts';
import { APP_ID, FakeDiscord } from '../test/fakes/fake-discord.ts';
import { FAKE_BOT, FakeSlack, slackSignature } from '../test/fakes/fake-slack.ts';
import { seededRandom } from './gen-corpus.ts';
import { benchQueries } from './queries.ts';
import { type Latency, latency } from './stats.ts';

const SECRET = 'bench-signing-secret';
const execFileAsync = promisify(execFile);

/** Throughput and ack latency of one endpoint under load. */
export interface LoadFigures {
  requests: number;
  errors: number;
  perSecond: number;
  ack: Latency;
}

/** All end-to-end figures. */
export interface EndToEndFigures {
  concurrency: number;
  seconds: number;
  bareBoltEcho: LoadFigures;
  slackResolution: LoadFigures;
  slackAsk: LoadFigures;
  /** `/ask` over questions drawn from the corpus, {@link ASK_REPEAT_SHARE} of them repeats (issue 18's load). */
  slackAskMixed: LoadFigures;
  /** Throughput of each confbot command over the bare app's. */
  ratio: { resolution: number; ask: number; askMixed: number };
  discord: Latency;
}

/**
 * Sends signed slash commands to `url` from `concurrency` workers for `seconds`, keeping connections
 * alive as Slack does, and measures each request's time to the HTTP response (the ack).
 */
export async function loadSlack(
  url: string,
  command: string,
  texts: readonly string[],
  concurrency: number,
  seconds: number,
  responseUrl: (i: number) => string,
): Promise<LoadFigures> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  const times: number[] = [];
  let errors = 0;
  let sent = 0;
  const until = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const i = sent++;
      const body = new URLSearchParams({
        token: 'legacy',
        team_id: FAKE_BOT.teamId,
        channel_id: 'C1',
        user_id: 'U1',
        user_name: 'bench',
        command,
        text: texts[i % texts.length] as string,
        response_url: responseUrl(i),
        trigger_id: `t${i}`,
        api_app_id: 'A1',
      }).toString();
      const timestamp = Math.floor(Date.now() / 1000);
      const started = performance.now();
      const status = await new Promise<number>((resolve) => {
        const req = httpRequest(
          {
            agent,
            host: target.hostname,
            port: target.port,
            path: target.pathname,
            method: 'POST',
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'content-length': Buffer.byteLength(body),
              'x-slack-request-timestamp': String(timestamp),
              'x-slack-signature': slackSignature(SECRET, timestamp, body),
            },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', () => resolve(0));
        req.end(body);
      });
      times.push(performance.now() - started);
      if (status !== 200) errors++;
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - began) / 1000;
  agent.destroy();
  return { requests: times.length, errors, perSecond: times.length / elapsed, ack: latency(times) };
}

/** A Bolt app with nothing but an `/echo` command that acks: the ceiling for any Bolt HTTP bot. */
async function startBareBolt(apiUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const app = new App({
    token: 'xoxb-bench',
    signingSecret: SECRET,
    botId: FAKE_BOT.botId,
    botUserId: FAKE_BOT.userId,
    tokenVerificationEnabled: false,
    clientOptions: { slackApiUrl: apiUrl },
    logLevel: LogLevel.ERROR,
  });
  app.command('/echo', async ({ ack, command }) => {
    await ack(command.text);
  });
  const server = (await app.start({ port: 0, host: '127.0.0.1' })) as Server;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/slack/events`, stop: () => app.stop() as Promise<void> };
}

/**
 * Runs {@link loadSlack} in a child process (`scripts/bench.ts --load`), with its own sink for the
 * bot's `response_url` replies, so the load generator and the sink do not share the bot's event loop.
 */
async function loadSlackFromChild(
  url: string,
  command: string,
  texts: readonly string[],
  concurrency: number,
  seconds: number,
): Promise<LoadFigures> {
  const script = join(import.meta.dirname, '..', 'scripts', 'bench.ts');
  const args = ['--import', 'tsx', script, '--load', url, command, String(concurrency), String(seconds)];
  // Thousands of questions are more than one argument may hold (E2BIG): they go by a file.
  const file = join(await mkdtemp(join(tmpdir(), 'confbot-load-')), 'texts.json');
  await writeFile(file, JSON.stringify(texts));
  const { stdout } = await execFileAsync(process.execPath, [...args, file], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').pop() as string) as LoadFigures;
}

/** `scripts/bench.ts --load URL COMMAND CONCURRENCY SECONDS TEXTS_FILE`: one load run, as JSON. */
export async function runLoadChild(argv: readonly string[]): Promise<void> {
  const [url, command, concurrency, seconds, texts] = argv as [string, string, string, string, string];
  // A sink for the replies the bot posts to response_url: accept and drop them.
  const sink = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const address = sink.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const figures = await loadSlack(
    url,
    command,
    JSON.parse(await readFile(texts, 'utf8')) as string[],
    Number(concurrency),
    Number(seconds),
    (i) => `http://127.0.0.1:${port}/response/${i}`,
  );
  sink.close();
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** Share of repeated questions in the mixed `/ask` load: issue 18's target load. */
export const ASK_REPEAT_SHARE = 0.3;

/** Questions in the mixed `/ask` load: more than a 5 s run sends, so the cycle itself repeats nothing. */
const MIXED_ASKS = 20_000;

/**
 * The seeded `/ask` lines of the bench's query mix, each line with a 30% chance of repeating one asked
 * before it instead: teams ask the same things, but most questions are new to the cache.
 */
export function mixedAsks(ctx: CommandContext, count = MIXED_ASKS, seed = 7): string[] {
  const fresh = [
    ...new Set(
      benchQueries(ctx.corpus, count * 4, seed).flatMap((q) =>
        q.kind === 'ask' ? [q.line.replace(/^\/ask\s+/, '')] : [],
      ),
    ),
  ];
  const random = seededRandom(seed + 1);
  const out: string[] = [];
  let next = 0;
  while (out.length < count && next < fresh.length) {
    const repeat = out.length > 0 && random() < ASK_REPEAT_SHARE;
    out.push(repeat ? (out[Math.floor(random() * out.length)] as string) : (fresh[next++] as string));
  }
  return out;
}

/** Measures Slack (bare Bolt, `/resolution`, `/ask`) and Discord over loopback. */
export async function measureEndToEnd(
  ctx: CommandContext,
  { concurrency = 50, seconds = 5, discordInteractions = 500 } = {},
): Promise<EndToEndFigures> {
  const fake = await new FakeSlack().start();
  try {
    const bare = await startBareBolt(fake.apiUrl);
    const bareBoltEcho = await loadSlackFromChild(bare.url, '/echo', ['hello'], concurrency, seconds);
    await bare.stop();
    const slack = await startSlack({
      config: {
        botToken: 'xoxb-bench',
        signingSecret: SECRET,
        apiUrl: fake.apiUrl,
        port: 0,
        host: '127.0.0.1',
      },
      ctx,
      logger: silentLogger,
      botId: FAKE_BOT.botId,
      botUserId: FAKE_BOT.userId,
    });
    const url = `http://127.0.0.1:${slack.port}/slack/events`;
    const numbers = ctx.corpus.entries.filter((e) => e.kind === 'resolution').map((e) => String(e.number));
    const slackResolution = await loadSlackFromChild(url, '/resolution', numbers, concurrency, seconds);
    const asks = [
      'who was elected secretary-general',
      'what happened to the OTT proposal',
      'when did PP-14 end',
    ];
    const slackAsk = await loadSlackFromChild(url, '/ask', asks, concurrency, seconds);
    const slackAskMixed = await loadSlackFromChild(url, '/ask', mixedAsks(ctx), concurrency, seconds);
    await slack.stop();
    fake.calls.length = 0;
    return {
      concurrency,
      seconds,
      bareBoltEcho,
      slackResolution,
      slackAsk,
      slackAskMixed,
      ratio: {
        resolution: slackResolution.perSecond / bareBoltEcho.perSecond,
        ask: slackAsk.perSecond / bareBoltEcho.perSecond,
        askMixed: slackAskMixed.perSecond / bareBoltEcho.perSecond,
      },
      discord: await measureDiscord(ctx, discordInteractions),
    };
  } finally {
    await fake.stop();
  }
}

/** Time from sending `/resolution` interactions through the fake gateway to the bot's callback, one at a time. */
async function measureDiscord(ctx: CommandContext, count: number): Promise<Latency> {
  const fake = await new FakeDiscord().start();
  const discord = await startDiscord({
    config: { token: 'fake-token', appId: APP_ID, apiUrl: fake.apiUrl },
    ctx,
    logger: silentLogger,
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const payload = fake.chatInput('resolution', { number: String([174, 130, 101, 102][i % 4]) });
      const started = performance.now();
      fake.sendInteraction(payload);
      await fake.waitFor(
        (c) => c.route === 'interaction.callback' && c.path.includes(`/interactions/${payload.id}/`),
      );
      times.push(performance.now() - started);
      // The fake keeps every call; a long run must not grow it without end.
      if (fake.calls.length > 1000) fake.calls.length = 0;
    }
    return latency(times);
  } finally {
    await discord.stop();
    await fake.stop();
  }
}
