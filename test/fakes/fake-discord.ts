import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

// Ids are numeric snowflakes: discord.js reads a timestamp out of every message id (BigInt), so
// made-up ids like 'm1' would throw inside the client.

/** The application (also the `application_id` of interactions and the `{appId}` of webhook routes). */
export const APP_ID = '1100000000000000001';
/** The bot user: READY's `user`, `GET /users/@me`, the author of every message the bot sends. */
export const BOT_USER = {
  id: '1100000000000000002',
  username: 'confbot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
  verified: true,
  mfa_enabled: false,
  flags: 0,
} as const;
/** The one guild the fake's bot is in (sent as GUILD_CREATE after READY unless `guild: false`). */
export const GUILD_ID = '1100000000000000003';
/** The guild's one text channel. */
export const CHANNEL_ID = '1100000000000000004';
/** The DM channel between the bot and `USER`. */
export const DM_CHANNEL_ID = '1100000000000000005';
/** The person who runs commands and writes messages unless a test says otherwise. */
export const USER = {
  id: '1100000000000000006',
  username: 'delegate',
  discriminator: '0',
  global_name: 'Delegate',
  avatar: null,
} as const;

/** Gateway intent bits the fake enforces (the rest are accepted and ignored). */
export const INTENTS = { Guilds: 1, GuildMessages: 1 << 9, DirectMessages: 1 << 12, MessageContent: 1 << 15 };

/** View channel, send messages (+ in threads), embed links, attach files, read history, use commands. */
const PERMISSIONS = String(
  (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n) | (1n << 31n) | (1n << 38n),
);

/** One REST request the fake received, and what it answered. */
export interface DiscordCall {
  /** HTTP method: GET, POST, PATCH, PUT, DELETE. */
  method: string;
  /** Path as it came over the wire, without the query: `/api/v10/webhooks/{app}/{token}/messages/%40original`. */
  path: string;
  /** Query parameters, e.g. `{ with_response: 'false' }` on interaction callbacks, `{ wait: 'true' }` on follow-ups. */
  query: Record<string, string>;
  /** What the fake took the request for (see `ROUTES`); `unknown` when it answered 404. */
  route: RouteName;
  /** Parsed JSON body, or the `payload_json` part of a multipart body; `{}` when empty. */
  // biome-ignore lint/suspicious/noExplicitAny: recorded JSON; tests read it like `call.body.data.flags`
  body: any;
  /** Files of a multipart body (not their contents). */
  files: { field: string; filename: string; contentType: string; size: number }[];
  headers: IncomingHttpHeaders;
  /** The HTTP status the fake answered with. */
  status: number;
}

export type RouteName =
  | 'gateway'
  | 'users.me'
  | 'users.get'
  | 'users.dm'
  | 'applications.me'
  | 'interaction.callback'
  | 'webhook.execute'
  | 'webhook.message'
  | 'channel.get'
  | 'channel.messages.create'
  | 'channel.messages.edit'
  | 'channel.messages.delete'
  | 'channel.typing'
  | 'commands.global'
  | 'commands.guild'
  | 'unknown';

/** One frame the client sent on the gateway (heartbeats, IDENTIFY, RESUME, presence updates, ...). */
export interface GatewayFrame {
  op: number;
  // biome-ignore lint/suspicious/noExplicitAny: gateway JSON
  d: any;
}

export interface FakeDiscordOptions {
  /** HELLO's `heartbeat_interval` (ms). discord.js waits `interval * random()` before its first beat. */
  heartbeatIntervalMs?: number;
  /**
   * List GUILD_ID (unavailable) in READY and follow with GUILD_CREATE (one text channel, CHANNEL_ID),
   * as Discord does. Default true: discord.js drops guild MESSAGE_CREATEs for guilds it has not cached.
   * With false, READY has `guilds: []`.
   */
  guild?: boolean;
  /** When set, REST calls with another bot token get 401 and IDENTIFY/RESUME with another token is closed 4004. */
  token?: string;
  /** Intent bits the app is not allowed (e.g. `INTENTS.MessageContent`): IDENTIFY asking for them is closed 4014. */
  disallowedIntents?: number;
  /**
   * Filter MESSAGE_* dispatches by the identified intents, as Discord does: guild messages need
   * GuildMessages, DMs need DirectMessages, and without MessageContent a guild message that does not
   * mention the bot arrives with empty content/embeds/attachments/components. Default true.
   */
  enforceIntents?: boolean;
}

interface FailRule {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  headers: Record<string, string>;
  times: number;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Waiter<T> {
  test: (x: T) => boolean;
  resolve: (x: T) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/** A JSON object as it goes over the wire. */
export type Json = Record<string, unknown>;

/** Dispatches kept per session for replay on RESUME. */
const HISTORY = 10_000;

/**
 * A small stand-in for Discord on 127.0.0.1, for the real discord.js client
 * (`new Client({ rest: { api: fake.apiUrl } })`): REST under `/api/v10/`, and the gateway WebSocket on
 * the same server (any path; discord.js connects to `ws://127.0.0.1:PORT?v=10&encoding=json`).
 * It records what the bot sends (`calls`, `frames`), so tests drive the real client and check the real
 * requests.
 */
export class FakeDiscord {
  readonly calls: DiscordCall[] = [];
  /** Frames received from clients on the gateway, in order. */
  readonly frames: GatewayFrame[] = [];
  /** Gateway connection URLs as requested (path + query), e.g. `/?v=10&encoding=json`. */
  readonly connections: string[] = [];
  /** IDENTIFY payloads (token, intents, properties, shard, ...), in order. */
  readonly identifyPayloads: Json[] = [];
  /** Dispatches the fake did not send because the session's intents exclude them. */
  readonly dropped: { t: string; d: unknown; reason: string }[] = [];
  identifies = 0;
  resumes = 0;
  heartbeats = 0;
  /** Set to false to stop acking heartbeats (discord.js then treats the connection as a zombie). */
  ackHeartbeats = true;
  port = 0;

  private readonly opts: Required<Omit<FakeDiscordOptions, 'token'>> & { token?: string };
  private server?: Server;
  private wss?: WebSocketServer;
  private socket?: WebSocket;
  /** True once READY or RESUMED went out on the current socket. */
  private live = false;
  private session?: { id: string; seq: number; intents: number; history: string[] };
  private pending: { t: string; d: unknown }[] = [];
  private waiters: Waiter<DiscordCall>[] = [];
  private readyWaiters: Waiter<void>[] = [];
  private failures: FailRule[] = [];
  private interactions = new Map<string, Json>();
  private originals = new Map<string, Json>();
  private dmChannels = new Map<string, string>([[USER.id, DM_CHANNEL_ID]]);
  private commands = new Map<string, Json[]>();
  private idCounter = 0;
  private committing = true;

  constructor(options: FakeDiscordOptions = {}) {
    this.opts = {
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 45_000,
      guild: options.guild ?? true,
      disallowedIntents: options.disallowedIntents ?? 0,
      enforceIntents: options.enforceIntents ?? true,
      ...(options.token !== undefined ? { token: options.token } : {}),
    };
  }

  /** REST base URL for `new Client({ rest: { api } })`: no trailing slash, no version. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Gateway URL the fake hands out in `/gateway/bot` and as READY's `resume_gateway_url`. */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** The last IDENTIFY payload (token, intents, ...). */
  get identify(): Json | undefined {
    return this.identifyPayloads.at(-1);
  }

  /** Sequence number of the last dispatch sent in the current session. */
  get sequence(): number {
    return this.session?.seq ?? 0;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws, req) => this.onConnection(ws, req));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Closes everything; pending `waitFor`/`ready` promises reject with "stopped". */
  async stop(): Promise<void> {
    for (const ws of this.wss?.clients ?? []) ws.terminate();
    this.wss?.close();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    const stopped = new Error('fake Discord: stopped');
    for (const w of [...this.waiters.splice(0), ...this.readyWaiters.splice(0)]) {
      clearTimeout(w.timer);
      w.reject(stopped);
    }
  }

  /** Resolves with the first recorded REST call (past or future) that passes `test`. */
  waitFor(test: (c: DiscordCall) => boolean, timeoutMs = 5000): Promise<DiscordCall> {
    const done = this.calls.find(test);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const w: Waiter<DiscordCall> = {
        test,
        resolve: (c) => {
          clearTimeout(w.timer);
          resolve(c);
        },
        reject,
        timer: setTimeout(() => {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          reject(
            new Error(
              `fake Discord: no matching call within ${timeoutMs} ms; got ${this.calls.map((c) => `${c.method} ${c.route}`).join(', ')}`,
            ),
          );
        }, timeoutMs),
      };
      this.waiters.push(w);
    });
  }

  /**
   * Resolves when a client is connected and has its READY (after IDENTIFY) or RESUMED (after RESUME):
   * at once if it is, otherwise at the next one, so `closeSocket(); await ready()` waits for the reconnect.
   */
  ready(timeoutMs = 5000): Promise<void> {
    if (this.isLive()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const w: Waiter<void> = {
        test: () => true,
        resolve: () => {
          clearTimeout(w.timer);
          resolve();
        },
        reject,
        timer: setTimeout(() => {
          this.readyWaiters.splice(this.readyWaiters.indexOf(w), 1);
          reject(new Error(`fake Discord: no client got READY/RESUMED within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.readyWaiters.push(w);
    });
  }

  /**
   * Makes the next `times` requests whose method (or `*`) and path (raw or decoded, without query)
   * match answer `status` with `body`. 429s get a `retry-after` header from `body.retry_after`. Note that
   * @discordjs/rest retries 5xx answers 3 times, so a single 500 is invisible to the bot: use `times: 4`.
   */
  failNext(
    method: string,
    path: RegExp,
    status: number,
    body: unknown = { message: 'fake failure', code: 0 },
    { times = 1, headers = {} }: { times?: number; headers?: Record<string, string> } = {},
  ): this {
    const h = { ...headers };
    if (status === 429 && h['retry-after'] === undefined) {
      h['retry-after'] = String((body as { retry_after?: number }).retry_after ?? 0);
    }
    this.failures.push({ method: method.toUpperCase(), path, status, body, headers: h, times });
    return this;
  }

  // ---- gateway -------------------------------------------------------------------------------

  /**
   * Sends a dispatch (op 0) with the next sequence number. While no client is live (not connected yet,
   * or between a drop and its RESUME/READY) it is queued and sent after RESUMED (or after READY on a
   * fresh IDENTIFY). Returns `d`.
   */
  dispatch<T>(t: string, d: T): T {
    if (this.isLive()) this.send(t, d);
    else this.pending.push({ t, d });
    return d;
  }

  /** Dispatches INTERACTION_CREATE and returns the payload (its `id` and `token` identify the callbacks). */
  sendInteraction<T extends Json>(d: T): T {
    this.interactions.set(String(d.id), d);
    return this.dispatch('INTERACTION_CREATE', d);
  }

  /**
   * Builds a chat-input command interaction (type 2). `options` is either raw API options or a record
   * (`{ number: '174' }`: strings become type 3, integers 4, other numbers 10, booleans 5). In a guild
   * (default) it carries `member`; with `guildId: null` it is a DM with `user`.
   */
  chatInput(name: string, options: Json | Json[] = {}, at: InteractionPlace = {}): Json {
    return this.interaction(2, { id: this.commandId(name), name, type: 1, options: toOptions(options) }, at);
  }

  /** Builds an autocomplete interaction (type 4) with `focusedOption` focused and holding `value`. */
  autocomplete(
    name: string,
    focusedOption: string,
    value: string,
    otherOptions: Json | Json[] = {},
    at: InteractionPlace = {},
  ): Json {
    const options = [...toOptions(otherOptions), { name: focusedOption, type: 3, value, focused: true }];
    return this.interaction(4, { id: this.commandId(name), name, type: 1, options }, at);
  }

  /**
   * Builds a message context-menu command (type 2, command type 3) run on a message whose text is
   * `content`, by USER: Discord sends the target in `resolved.messages`, content included.
   */
  messageCommand(name: string, content: string, at: InteractionPlace = {}): Json {
    const channelId = at.channelId ?? (at.guildId === null ? DM_CHANNEL_ID : CHANNEL_ID);
    const target = this.message(
      channelId,
      { content },
      { ...USER, id: '1100000000000000099' },
      {
        ...(at.guildId === null ? {} : { guild_id: at.guildId ?? GUILD_ID }),
      },
    );
    return this.interaction(
      2,
      {
        id: this.commandId(name),
        name,
        type: 3,
        target_id: target.id,
        resolved: { messages: { [String(target.id)]: target } },
      },
      at,
    );
  }

  /** Builds a button press (type 3, component_type 2) on `message` (default: a bot message in the channel). */
  button(customId: string, at: InteractionPlace & { message?: Json } = {}): Json {
    const channelId = at.channelId ?? (at.guildId === null ? DM_CHANNEL_ID : CHANNEL_ID);
    const message =
      at.message ??
      this.message(channelId, { content: 'an earlier answer' }, BOT_USER, {
        ...(at.guildId === null ? {} : { guild_id: at.guildId ?? GUILD_ID }),
      });
    return { ...this.interaction(3, { custom_id: customId, component_type: 2 }, at), message };
  }

  /**
   * Builds a modal submission (type 5): each field in a label component (type 18), a string for a text
   * input (type 4), a list of values for a string select (type 3).
   */
  modalSubmit(customId: string, fields: Record<string, string | string[]>, at: InteractionPlace = {}): Json {
    const components = Object.entries(fields).map(([id, value]) => ({
      type: 18,
      component: Array.isArray(value)
        ? { type: 3, custom_id: id, values: value }
        : { type: 4, custom_id: id, value },
    }));
    return this.interaction(5, { custom_id: customId, components }, at);
  }

  /**
   * Dispatches MESSAGE_CREATE: in GUILD_ID/CHANNEL_ID by default, a DM when `guildId` is null or the
   * channel is DM_CHANNEL_ID. With `mentionsBot` the bot is in `mentions` and `<@BOT>` is put in front
   * of the content if missing. Carries `channel_type` (0 or 1), which discord.js needs to build an
   * uncached DM channel (with Partials.Channel). Returns the message payload.
   */
  messageCreate({
    content,
    channelId,
    authorId = USER.id,
    mentionsBot = false,
    guildId,
    bot = false,
  }: {
    content: string;
    channelId?: string;
    authorId?: string;
    mentionsBot?: boolean;
    guildId?: string | null;
    bot?: boolean;
  }): Json {
    const dm = guildId === null || (guildId === undefined && channelId !== undefined && this.isDm(channelId));
    const channel = channelId ?? (dm ? DM_CHANNEL_ID : CHANNEL_ID);
    if (dm) this.dmChannels.set(authorId, channel);
    const mention = `<@${BOT_USER.id}>`;
    const text = mentionsBot && !content.includes(mention) ? `${mention} ${content}` : content;
    const author =
      authorId === BOT_USER.id ? BOT_USER : { ...USER, id: authorId, ...(bot ? { bot: true } : {}) };
    const msg = this.message(channel, { content: text }, author, {
      channel_type: dm ? 1 : 0,
      mentions: mentionsBot ? [dm ? BOT_USER : { ...BOT_USER, member: this.member(null) }] : [],
      ...(dm ? {} : { guild_id: guildId ?? GUILD_ID, member: this.member(null) }),
    });
    return this.dispatch('MESSAGE_CREATE', msg);
  }

  /**
   * Closes the client's socket mid-session with `code`. 4000 (unknown error): discord.js reconnects
   * after ~500 ms and RESUMEs. 1000 or 4007: it re-IDENTIFYs, which @discordjs/ws throttles to one per
   * 5 s (+ up to 1.5 s), so right after login that takes ~5-6.5 s unless the client was built with
   * `ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) }`. Resolves when closed.
   */
  closeSocket(code = 4000): Promise<void> {
    const ws = this.socket;
    this.live = false;
    if (!ws || ws.readyState === ws.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      ws.once('close', () => resolve());
      ws.close(code, 'fake Discord: closed by test');
    });
  }

  private isLive(): boolean {
    return this.live && this.socket !== undefined && this.socket.readyState === this.socket.OPEN;
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    this.connections.push(req.url ?? '/');
    this.socket = ws;
    this.live = false;
    ws.on('message', (data) => this.onFrame(ws, String(data)));
    ws.on('close', () => {
      if (this.socket === ws) {
        this.socket = undefined;
        this.live = false;
      }
    });
    ws.on('error', () => {});
    this.raw(ws, { op: 10, d: { heartbeat_interval: this.opts.heartbeatIntervalMs, _trace: ['fake'] } });
  }

  private onFrame(ws: WebSocket, text: string): void {
    let frame: GatewayFrame;
    try {
      frame = JSON.parse(text) as GatewayFrame;
    } catch {
      ws.close(4002, 'Error while decoding payload.');
      return;
    }
    this.frames.push(frame);
    switch (frame.op) {
      case 1:
        this.heartbeats++;
        if (this.ackHeartbeats) this.raw(ws, { op: 11 });
        break;
      case 2:
        this.onIdentify(ws, frame.d as Json);
        break;
      case 6:
        this.onResume(ws, frame.d as { token: string; session_id: string; seq: number });
        break;
      default:
        break; // presence updates, member requests, voice: recorded only
    }
  }

  private onIdentify(ws: WebSocket, d: Json): void {
    if (this.opts.token !== undefined && d.token !== this.opts.token) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    const intents = Number(d.intents ?? 0);
    if (intents & this.opts.disallowedIntents) {
      ws.close(4014, 'Disallowed intent(s).');
      return;
    }
    this.identifies++;
    this.identifyPayloads.push(d);
    this.socket = ws;
    this.session = { id: `fake-session-${this.identifies}`, seq: 0, intents, history: [] };
    this.send('READY', {
      v: 10,
      user: BOT_USER,
      guilds: this.opts.guild ? [{ id: GUILD_ID, unavailable: true }] : [],
      session_id: this.session.id,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      shard: d.shard ?? [0, 1],
      application: { id: APP_ID, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['fake'],
    });
    if (this.opts.guild) this.send('GUILD_CREATE', this.guildObject());
    this.goLive();
  }

  private onResume(ws: WebSocket, d: { token: string; session_id: string; seq: number }): void {
    if (this.opts.token !== undefined && d.token !== this.opts.token) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    if (!this.session || d.session_id !== this.session.id) {
      this.raw(ws, { op: 9, d: false }); // invalid session, not resumable: the client re-identifies
      return;
    }
    this.resumes++;
    this.socket = ws;
    // As Discord does: replay what the client missed, then RESUMED, then new events.
    for (const frame of this.session.history) {
      if ((JSON.parse(frame) as { s: number }).s > d.seq) ws.send(frame);
    }
    this.send('RESUMED', { _trace: ['fake'] });
    this.goLive();
  }

  private goLive(): void {
    this.live = true;
    for (const { t, d } of this.pending.splice(0)) this.send(t, d);
    for (const w of this.readyWaiters.splice(0)) w.resolve();
  }

  /** Sends one dispatch on the current socket with the next sequence number, unless intents filter it. */
  private send(t: string, d: unknown): void {
    const session = this.session;
    const ws = this.socket;
    if (!session || !ws) return;
    const filtered = this.filter(t, d, session.intents);
    if ('drop' in filtered) {
      this.dropped.push({ t, d, reason: filtered.drop });
      return;
    }
    session.seq++;
    const frame = JSON.stringify({ op: 0, t, s: session.seq, d: filtered.d });
    session.history.push(frame);
    if (session.history.length > HISTORY) session.history.splice(0, session.history.length - HISTORY);
    ws.send(frame);
  }

  private raw(ws: WebSocket, payload: { op: number; d?: unknown }): void {
    ws.send(JSON.stringify({ t: null, s: null, d: null, ...payload }));
  }

  private filter(t: string, d: unknown, intents: number): { d: unknown } | { drop: string } {
    if (!this.opts.enforceIntents || !t.startsWith('MESSAGE_')) return { d };
    const m = d as Json & { author?: { id?: string }; mentions?: { id?: string }[] };
    const inGuild = m.guild_id != null;
    if (inGuild && !(intents & INTENTS.GuildMessages)) return { drop: 'no GuildMessages intent' };
    if (!inGuild && !(intents & INTENTS.DirectMessages)) return { drop: 'no DirectMessages intent' };
    const exempt =
      !inGuild || m.author?.id === BOT_USER.id || (m.mentions ?? []).some((u) => u.id === BOT_USER.id);
    if (
      (t === 'MESSAGE_CREATE' || t === 'MESSAGE_UPDATE') &&
      !exempt &&
      !(intents & INTENTS.MessageContent)
    ) {
      return { d: { ...m, content: '', embeds: [], attachments: [], components: [] } };
    }
    return { d };
  }

  // ---- payloads ------------------------------------------------------------------------------

  private nextId(): string {
    this.idCounter = (this.idCounter + 1) % 4096;
    return String(((BigInt(Date.now()) - 1_420_070_400_000n) << 22n) | BigInt(this.idCounter));
  }

  private commandId(name: string): string {
    const all = [...this.commands.values()].flat();
    return String(
      all.find((c) => c.name === name)?.id ?? `12000000000000${String(hash(name)).padStart(5, '0')}`,
    );
  }

  private isDm(channelId: string): boolean {
    return channelId.startsWith('dm') || [...this.dmChannels.values()].includes(channelId);
  }

  private member(user: object | null): Json {
    return {
      ...(user ? { user } : {}),
      roles: [],
      nick: null,
      avatar: null,
      joined_at: '2014-10-20T09:00:00.000000+00:00',
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
    };
  }

  private channelObject(id: string): Json {
    if (this.isDm(id)) {
      const userId = [...this.dmChannels].find(([, c]) => c === id)?.[0] ?? USER.id;
      return { id, type: 1, last_message_id: null, flags: 0, recipients: [{ ...USER, id: userId }] };
    }
    return {
      id,
      type: 0,
      guild_id: GUILD_ID,
      name: id === CHANNEL_ID ? 'general' : `channel-${id}`,
      position: 0,
      permission_overwrites: [],
      parent_id: null,
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
      flags: 0,
    };
  }

  private guildObject(): Json {
    const { guild_id: _, ...channel } = this.channelObject(CHANNEL_ID);
    return {
      id: GUILD_ID,
      name: 'PP-14 delegates',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: USER.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        {
          id: GUILD_ID,
          name: '@everyone',
          permissions: PERMISSIONS,
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      nsfw_level: 0,
      joined_at: '2014-10-20T09:00:00.000000+00:00',
      large: false,
      unavailable: false,
      member_count: 2,
      members: [this.member(BOT_USER), this.member(USER)],
      channels: [channel],
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private interaction(type: number, data: Json, at: InteractionPlace): Json {
    const guildId = at.guildId === undefined ? GUILD_ID : at.guildId;
    const channelId = at.channelId ?? (guildId ? CHANNEL_ID : DM_CHANNEL_ID);
    const user = { ...USER, id: at.userId ?? USER.id };
    if (!guildId) this.dmChannels.set(user.id, channelId);
    const channel = guildId
      ? { ...this.channelObject(channelId), guild_id: guildId }
      : { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [user] };
    return {
      id: at.id ?? this.nextId(),
      application_id: APP_ID,
      type,
      token: at.token ?? `fake-token-${this.nextId()}`,
      version: 1,
      data,
      channel_id: channelId,
      channel,
      ...(guildId
        ? {
            guild_id: guildId,
            guild: { id: guildId, locale: 'en-US', features: [] },
            guild_locale: 'en-US',
            member: { ...this.member(user), permissions: at.permissions ?? PERMISSIONS },
            context: 0,
            authorizing_integration_owners: { '0': guildId },
          }
        : { user, context: 1, authorizing_integration_owners: { '0': '0' } }),
      app_permissions: PERMISSIONS,
      locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 10_485_760,
    };
  }

  private message(channelId: string, body: Json, author: object, extra: Json = {}): Json {
    return {
      id: this.nextId(),
      type: 0,
      channel_id: channelId,
      author,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      flags: 0,
      ...pick(body, ['content', 'embeds', 'components', 'flags', 'tts', 'message_reference']),
      ...extra,
    };
  }

  // ---- REST ----------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const { body, files } = parseBody(raw, req.headers['content-type'] ?? '');
    const call: DiscordCall = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      route: 'unknown',
      body,
      files,
      headers: req.headers,
      status: 0,
    };
    const failure = this.failures.find(
      (f) =>
        (f.method === '*' || f.method === method) &&
        (f.path.test(call.path) || f.path.test(decodeURIComponent(call.path))),
    );
    // A failed request still gets its route name, but changes nothing (no stored message, DM, commands).
    this.committing = !failure;
    let reply: Reply;
    try {
      reply = this.route(call);
    } catch (e) {
      reply = { status: 500, body: { message: `fake Discord: ${(e as Error).message}`, code: 0 } };
    }
    if (failure) {
      if (--failure.times <= 0) this.failures.splice(this.failures.indexOf(failure), 1);
      reply = { status: failure.status, body: failure.body, headers: failure.headers };
    }
    call.status = reply.status;
    this.calls.push(call);
    for (const w of this.waiters.filter((x) => x.test(call))) {
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve(call);
    }
    res.writeHead(reply.status, {
      ...(reply.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...reply.headers,
    });
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }

  private route(call: DiscordCall): Reply {
    const m = /^\/api\/v10(\/.*)$/.exec(call.path);
    const p = (m?.[1] ?? '').split('/').slice(1).map(decodeURIComponent);
    const is = (method: string, ...pattern: string[]): boolean =>
      call.method === method &&
      p.length === pattern.length &&
      pattern.every((seg, i) => seg === '*' || seg === p[i]);
    const ok = (route: RouteName, body?: unknown, status = body === undefined ? 204 : 200): Reply => {
      call.route = route;
      return { status, body };
    };
    const auth = call.headers.authorization;
    const needsAuth = !(p[0] === 'interactions' || p[0] === 'webhooks');
    if (m && needsAuth && this.opts.token !== undefined && auth !== `Bot ${this.opts.token}`) {
      return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    }

    if (is('GET', 'gateway', 'bot')) {
      return ok('gateway', {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (is('GET', 'gateway')) return ok('gateway', { url: this.gatewayUrl });
    if (is('GET', 'users', '@me')) return ok('users.me', BOT_USER);
    if (is('GET', 'users', '*'))
      return ok('users.get', p[1] === BOT_USER.id ? BOT_USER : { ...USER, id: p[1] });
    if (is('POST', 'users', '@me', 'channels')) {
      const userId = String(call.body.recipient_id ?? USER.id);
      const id = this.dmChannels.get(userId) ?? this.nextId();
      if (this.committing) this.dmChannels.set(userId, id);
      return ok('users.dm', this.channelObject(id));
    }
    if (is('GET', 'applications', '@me')) {
      return ok('applications.me', {
        id: APP_ID,
        name: 'confbot',
        icon: null,
        description: '',
        bot_public: false,
        bot_require_code_grant: false,
        verify_key: '0'.repeat(64),
        flags: 0,
        bot: BOT_USER,
        owner: USER,
        team: null,
      });
    }

    if (is('POST', 'interactions', '*', '*', 'callback')) return this.callback(call, p[1] ?? '', p[2] ?? '');
    if (is('POST', 'webhooks', '*', '*')) {
      const msg = this.webhookMessage(call, p[2] ?? '', this.nextId());
      return call.query.wait === 'true' ? ok('webhook.execute', msg) : ok('webhook.execute');
    }
    if (p[0] === 'webhooks' && p[3] === 'messages' && p.length === 5) {
      const [token, messageId] = [p[2] ?? '', p[4] ?? ''];
      if (is('DELETE', 'webhooks', '*', '*', 'messages', '*')) {
        if (messageId === '@original' && this.committing) this.originals.delete(token);
        return ok('webhook.message');
      }
      if (
        is('GET', 'webhooks', '*', '*', 'messages', '*') ||
        is('PATCH', 'webhooks', '*', '*', 'messages', '*')
      ) {
        const known = messageId === '@original' ? this.originals.get(token) : undefined;
        if (call.method === 'GET' && messageId === '@original' && !known) {
          call.route = 'webhook.message';
          return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
        }
        const msg = this.webhookMessage(call, token, String(known?.id ?? messageId), known);
        if (messageId === '@original' && this.committing) this.originals.set(token, msg);
        return ok('webhook.message', msg);
      }
    }

    if (is('GET', 'channels', '*')) return ok('channel.get', this.channelObject(p[1] ?? ''));
    if (is('POST', 'channels', '*', 'messages')) {
      const channelId = p[1] ?? '';
      const where = this.isDm(channelId) ? {} : { guild_id: GUILD_ID };
      return ok('channel.messages.create', this.message(channelId, call.body, BOT_USER, where));
    }
    if (is('PATCH', 'channels', '*', 'messages', '*')) {
      const msg = this.message(p[1] ?? '', call.body, BOT_USER, {
        id: p[3],
        edited_timestamp: new Date().toISOString(),
      });
      return ok('channel.messages.edit', msg);
    }
    if (is('DELETE', 'channels', '*', 'messages', '*')) return ok('channel.messages.delete');
    if (is('POST', 'channels', '*', 'typing')) return ok('channel.typing');

    const global = is('PUT', 'applications', '*', 'commands') || is('GET', 'applications', '*', 'commands');
    const guild =
      is('PUT', 'applications', '*', 'guilds', '*', 'commands') ||
      is('GET', 'applications', '*', 'guilds', '*', 'commands');
    if (global || guild) {
      const guildId = guild ? p[3] : undefined;
      const key = guildId ?? 'global';
      if (call.method === 'PUT' && this.committing) {
        const list = (Array.isArray(call.body) ? call.body : []) as Json[];
        this.commands.set(
          key,
          list.map((c) => ({
            type: 1,
            ...c,
            id: this.commandId(String(c.name)),
            application_id: APP_ID,
            version: this.nextId(),
            default_member_permissions: c.default_member_permissions ?? null,
            ...(guildId ? { guild_id: guildId } : {}),
          })),
        );
      }
      return ok(guild ? 'commands.guild' : 'commands.global', this.commands.get(key) ?? []);
    }

    return { status: 404, body: { message: 'Unknown', code: 0 } };
  }

  private callback(call: DiscordCall, interactionId: string, token: string): Reply {
    call.route = 'interaction.callback';
    const interaction = this.interactions.get(interactionId);
    const type = Number(call.body.type);
    const channelId = String(interaction?.channel_id ?? CHANNEL_ID);
    let message: Json | undefined;
    if (type === 4 || type === 5) {
      const data = (call.body.data ?? {}) as Json;
      // A deferred reply (5) shows as a "thinking" message (flag 128 = loading) until it is edited.
      const flags = Number(data.flags ?? 0) | (type === 5 ? 128 : 0);
      message = this.message(channelId, { ...data, flags }, BOT_USER, {
        application_id: APP_ID,
        webhook_id: APP_ID,
        type: 20,
      });
      if (this.committing) this.originals.set(token, message);
    }
    if (call.query.with_response !== 'true') return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: interactionId,
          type: interaction?.type ?? 2,
          response_message_id: message?.id ?? null,
          response_message_loading: type === 5,
          response_message_ephemeral: Boolean(Number(message?.flags ?? 0) & 64),
        },
        resource: { type, ...(message ? { message } : {}) },
      },
    };
  }

  private webhookMessage(call: DiscordCall, token: string, id: string, previous?: Json): Json {
    const interaction = [...this.interactions.values()].find((i) => i.token === token);
    const channelId = String(previous?.channel_id ?? interaction?.channel_id ?? CHANNEL_ID);
    const body = { ...(previous ?? {}), ...(call.method === 'GET' ? {} : call.body) } as Json;
    if (previous && call.method === 'PATCH') body.flags = Number(previous.flags ?? 0) & ~128; // no longer loading
    return this.message(channelId, body, BOT_USER, {
      id,
      application_id: APP_ID,
      webhook_id: APP_ID,
      type: previous?.type ?? 20,
      ...(call.method === 'PATCH' ? { edited_timestamp: new Date().toISOString() } : {}),
    });
  }
}

/** Where an interaction happens. `guildId: null` makes it a DM (`user` instead of `member`). */
export interface InteractionPlace {
  id?: string;
  token?: string;
  guildId?: string | null;
  channelId?: string;
  userId?: string;
  /** The member's permission bits in the channel (a decimal string); default: an ordinary member's. */
  permissions?: string;
}

function toOptions(options: Json | Json[]): Json[] {
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(([name, value]) => ({
    name,
    value,
    type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : 3,
  }));
}

function pick(o: Json, keys: string[]): Json {
  return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));
}

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + (c.codePointAt(0) ?? 0)) % 100_000;
  return h;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** JSON, or multipart with a `payload_json` part (discord.js sends files that way). */
function parseBody(raw: Buffer, type: string): { body: unknown; files: DiscordCall['files'] } {
  const files: DiscordCall['files'] = [];
  if (raw.length === 0) return { body: {}, files };
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/.exec(type);
  if (!type.startsWith('multipart/') || !boundary) {
    const text = raw.toString('utf8');
    try {
      return { body: JSON.parse(text), files };
    } catch {
      return { body: text, files };
    }
  }
  let body: unknown = {};
  // latin1 keeps one char per byte, so file sizes stay exact.
  for (const part of raw.toString('latin1').split(`--${boundary[1] ?? boundary[2]}`)) {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.slice(0, split);
    const content = part.slice(split + 4).replace(/\r\n$/, '');
    const field = /name="([^"]*)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    if (field === 'payload_json') body = JSON.parse(Buffer.from(content, 'latin1').toString('utf8'));
    else {
      files.push({
        field,
        filename: filename ?? '',
        contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? '',
        size: content.length,
      });
    }
  }
  return { body, files };
}
