import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** One Web API call or response_url post the fake received. */
export interface Recorded {
  path: string;
  /** The HTTP status the fake answered with, when it was a failure injected by `failNext`. */
  failed?: number;
  /** Web API method (`chat.postMessage`) or `response_url`. */
  method: string;
  body: Record<string, unknown>;
}

/** The bot identity the fake reports from `auth.test`. */
export const FAKE_BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T1' } as const;

/** A channel the bot is not in: `chat.postMessage` there fails with `not_in_channel`, as Slack does. */
export const CHANNEL_WITHOUT_BOT = 'CNOTIN';

/**
 * A small stand-in for Slack on 127.0.0.1: the Web API under `/api/`, `response_url` endpoints under
 * `/response/`, and a Socket Mode WebSocket under `/socket`. It records what the bot sends, so tests
 * drive the real Bolt app and check the real requests.
 */
export class FakeSlack {
  readonly calls: Recorded[] = [];
  private server?: Server;
  private wss?: WebSocketServer;
  private sockets: WebSocket[] = [];
  private waiters: { test: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  private acks = new Map<string, (payload: unknown) => void>();
  private socketWaiters: ((ws: WebSocket) => void)[] = [];
  private failures: { method: string; status: number; headers: Record<string, string>; times: number }[] = [];
  port = 0;
  /** User ids `users.info` reports as workspace admins. */
  readonly workspaceAdmins = new Set<string>();

  /**
   * Makes the next `times` calls of a Web API method (or `response_url`) answer HTTP `status`, e.g. 429
   * with `{ 'retry-after': '1' }` or 500, before it answers normally again. Failed calls are recorded too,
   * with `failed: status`.
   */
  failNext(method: string, status: number, { times = 1, headers = {} } = {}): this {
    this.failures.push({ method, status, headers, times });
    return this;
  }

  /** Base URL of the Web API, with the trailing slash Bolt's client needs. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A `response_url` for one slash command or action. */
  responseUrl(id = 'r1'): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/socket' });
    this.wss.on('connection', (ws) => {
      this.sockets.push(ws);
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (msg.envelope_id) this.acks.get(msg.envelope_id)?.(msg.payload);
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake' },
          connection_info: { app_id: 'A1' },
        }),
      );
      for (const w of this.socketWaiters.splice(0)) w(ws);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    // A close frame first: a client that gets none waits out its close handshake (30 s in
    // @slack/socket-mode) before it lets the process exit.
    for (const ws of this.sockets) ws.close(1001);
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Resolves with the first recorded call (past or future) that passes `test`. */
  waitFor(test: (r: Recorded) => boolean, timeoutMs = 5000): Promise<Recorded> {
    const done = this.calls.find(test);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `fake Slack: no matching call within ${timeoutMs} ms; got ${this.calls.map((c) => c.method).join(', ')}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({
        test,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  /** Drops every Socket Mode connection abruptly, as a network fault would. */
  dropSockets(): void {
    for (const ws of this.sockets.splice(0)) ws.terminate();
  }

  /** Waits for the bot's Socket Mode connection. */
  connected(): Promise<WebSocket> {
    const open = this.sockets.find((s) => s.readyState === s.OPEN);
    return open ? Promise.resolve(open) : new Promise((resolve) => this.socketWaiters.push(resolve));
  }

  /** Sends a Socket Mode envelope and resolves with the payload the bot acks it with. */
  async sendEnvelope(
    type: 'slash_commands' | 'events_api' | 'interactive',
    payload: unknown,
    envelopeId = `env-${Math.random()}`,
  ): Promise<unknown> {
    const ws = await this.connected();
    const acked = new Promise((resolve) => this.acks.set(envelopeId, resolve));
    ws.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        retry_attempt: 0,
        retry_reason: '',
      }),
    );
    return acked;
  }

  private async handle(req: IncomingMessage, res: import('node:http').ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const body = parseBody(raw, req.headers['content-type'] ?? '');
    const path = req.url ?? '/';
    const method = path.startsWith('/api/') ? (path.slice(5).split('?')[0] ?? '') : 'response_url';
    const failure = this.failures.find((f) => f.method === method && f.times > 0);
    const record: Recorded = { path, method, body, ...(failure ? { failed: failure.status } : {}) };
    this.calls.push(record);
    if (failure) {
      failure.times--;
      res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
      res.end(JSON.stringify({ ok: false, error: failure.status === 429 ? 'ratelimited' : 'fatal_error' }));
      return;
    }
    for (const w of this.waiters.filter((x) => x.test(record))) {
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve(record);
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(this.reply(method, body)));
  }

  private reply(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          user_id: FAKE_BOT.userId,
          bot_id: FAKE_BOT.botId,
          team_id: FAKE_BOT.teamId,
          url: 'https://fake.slack/',
        };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'users.info':
        return { ok: true, user: { id: body.user, is_admin: this.workspaceAdmins.has(String(body.user)) } };
      case 'chat.postMessage':
        if (body.channel === CHANNEL_WITHOUT_BOT) return { ok: false, error: 'not_in_channel' };
        return { ok: true, channel: body.channel, ts: `${Date.now() / 1000}` };
      default:
        return { ok: true };
    }
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(raw: string, type: string): Record<string, unknown> {
  if (raw === '') return {};
  if (type.includes('json')) return JSON.parse(raw);
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The Web API client sends arrays and objects (blocks) as JSON strings inside the form.
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

/** Signs a request body the way Slack does: `v0=` + HMAC-SHA256 of `v0:{timestamp}:{body}`. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs a form-encoded or JSON body to the bot, signed (or not) like Slack. */
export async function postToBot(
  url: string,
  body: string,
  {
    secret,
    timestamp = Math.floor(Date.now() / 1000),
    contentType = 'application/x-www-form-urlencoded',
    headers = {},
  }: { secret?: string; timestamp?: number; contentType?: string; headers?: Record<string, string> },
): Promise<{ status: number; body: string; json?: unknown; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      ...(secret ? { 'x-slack-signature': slackSignature(secret, timestamp, body) } : {}),
      ...headers,
    },
    body,
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, body: text, json, ms: performance.now() - started };
}
