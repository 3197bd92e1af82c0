import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
} from 'discord.js';
import {
  APP_ID,
  BOT_USER,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  FakeDiscord,
  type FakeDiscordOptions,
  GUILD_ID,
  INTENTS,
  USER,
} from './fake-discord.ts';

const INTENT_LIST = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

/** A real discord.js client pointed at the fake, the way the adapter builds it. */
function clientFor(fake: FakeDiscord, extra: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: INTENT_LIST,
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
    allowedMentions: { parse: [] },
    ...extra,
  });
}

/** Starts a fake and logs a client in; resolves when the client is ready (clientReady). */
async function connect(
  options: FakeDiscordOptions = {},
  extra: Partial<ClientOptions> = {},
): Promise<{ fake: FakeDiscord; client: Client; loginMs: number }> {
  const fake = await new FakeDiscord(options).start();
  const client = clientFor(fake, extra);
  const started = performance.now();
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login('fake-token');
  await ready;
  return { fake, client, loginMs: performance.now() - started };
}

/** The next event `name` on `client` that passes `test` (5 s). */
function next<T>(
  client: Client,
  name: string,
  test: (x: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off(name, on);
      reject(new Error(`no ${name} within ${timeoutMs} ms`));
    }, timeoutMs);
    const on = (x: T): void => {
      if (!test(x)) return;
      clearTimeout(timer);
      client.off(name, on);
      resolve(x);
    };
    client.on(name, on);
  });
}

/** Resolves with the event if it comes within `ms`, else with undefined. */
function maybe<T>(client: Client, name: string, test: (x: T) => boolean, ms: number): Promise<T | undefined> {
  return next(client, name, test, ms).catch(() => undefined);
}

const byId =
  (id: unknown) =>
  (i: Interaction): boolean =>
    i.id === id;

describe('FakeDiscord with the real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;

  before(async () => {
    const c = await connect();
    fake = c.fake;
    client = c.client;
    assert.ok(c.loginMs < 2000, `login took ${c.loginMs} ms`);
    console.log(`# discord.js login to READY + GUILD_CREATE: ${c.loginMs.toFixed(1)} ms`);
  });

  after(async () => {
    await client.destroy();
    await fake.stop();
  });

  it('serves /gateway/bot and the gateway with the query string discord.js sends, and READY', async () => {
    const gateway = await fake.waitFor((c) => c.route === 'gateway');
    assert.equal(gateway.path, '/api/v10/gateway/bot');
    assert.equal(gateway.headers.authorization, 'Bot fake-token');
    assert.deepEqual(fake.connections, ['/?v=10&encoding=json']);
    assert.equal(fake.identifies, 1);
    assert.equal(fake.identify?.token, 'fake-token');
    assert.equal(fake.identify?.intents, INTENTS.Guilds | INTENTS.GuildMessages | INTENTS.DirectMessages);
    assert.equal(fake.identify?.compress, false);
    await fake.ready();
    assert.equal(client.user?.id, BOT_USER.id);
    assert.equal(client.user?.username, 'confbot');
    assert.equal(client.application?.id, APP_ID);
    const guild = client.guilds.cache.get(GUILD_ID);
    assert.ok(guild?.available, 'GUILD_CREATE cached the guild');
    assert.equal(guild.channels.cache.get(CHANNEL_ID)?.isTextBased(), true);
  });

  it('delivers a chat-input command and records an ephemeral reply as callback type 4', async () => {
    const payload = fake.chatInput('resolution', { number: '174' });
    const got = next<Interaction>(client, Events.InteractionCreate, byId(payload.id));
    const sentAt = performance.now();
    fake.sendInteraction(payload);
    const i = (await got) as ChatInputCommandInteraction;
    assert.ok(i.isChatInputCommand());
    assert.equal(i.commandName, 'resolution');
    assert.equal(i.options.getString('number'), '174');
    assert.equal(i.guildId, GUILD_ID);
    assert.equal(i.channelId, CHANNEL_ID);
    assert.equal(i.user.id, USER.id);
    assert.equal(i.applicationId, APP_ID);
    await i.reply({ content: 'hi', flags: MessageFlags.Ephemeral });
    const cb = await fake.waitFor(
      (c) => c.route === 'interaction.callback' && c.path.includes(String(payload.id)),
    );
    const ms = performance.now() - sentAt;
    console.log(`# interaction dispatch -> callback recorded: ${ms.toFixed(1)} ms`);
    assert.equal(cb.method, 'POST');
    assert.equal(cb.path, `/api/v10/interactions/${payload.id}/${payload.token}/callback`);
    assert.deepEqual(cb.query, { with_response: 'false' });
    assert.equal(cb.headers.authorization, undefined, 'callbacks are sent without the bot token');
    assert.equal(cb.status, 204);
    assert.equal(cb.body.type, 4);
    assert.equal(cb.body.data.content, 'hi');
    assert.equal(cb.body.data.flags, 64);
  });

  it('answers withResponse: true with an interaction callback response', async () => {
    const payload = fake.sendInteraction(fake.chatInput('facts', {}, { guildId: null }));
    const i = (await next<Interaction>(
      client,
      Events.InteractionCreate,
      byId(payload.id),
    )) as ChatInputCommandInteraction;
    assert.equal(i.guildId, null);
    assert.equal(i.channelId, DM_CHANNEL_ID);
    assert.equal(i.user.id, USER.id);
    const res = await i.reply({ content: 'at a glance', withResponse: true });
    assert.equal(res.resource?.message?.content, 'at a glance');
    const cb = await fake.waitFor((c) => c.path.includes(String(payload.id)));
    assert.deepEqual(cb.query, { with_response: 'true' });
    assert.equal(cb.status, 200);
  });

  it('records deferReply + editReply as callback type 5 then PATCH @original', async () => {
    const payload = fake.sendInteraction(fake.chatInput('ask', { question: 'who was elected?' }));
    const i = (await next<Interaction>(
      client,
      Events.InteractionCreate,
      byId(payload.id),
    )) as ChatInputCommandInteraction;
    await i.deferReply();
    const edited = await i.editReply({ content: 'the answer' });
    assert.equal(edited.content, 'the answer');
    const cb = await fake.waitFor(
      (c) => c.route === 'interaction.callback' && c.path.includes(String(payload.id)),
    );
    assert.equal(cb.body.type, 5);
    const patch = await fake.waitFor(
      (c) => c.route === 'webhook.message' && c.path.includes(String(payload.token)),
    );
    assert.equal(patch.method, 'PATCH');
    assert.equal(patch.path, `/api/v10/webhooks/${APP_ID}/${payload.token}/messages/%40original`);
    assert.equal(patch.body.content, 'the answer');
    assert.ok(fake.calls.indexOf(cb) < fake.calls.indexOf(patch));
    const followUp = await i.followUp({ content: 'more', flags: MessageFlags.Ephemeral });
    assert.equal(followUp.content, 'more');
    const post = await fake.waitFor(
      (c) => c.route === 'webhook.execute' && c.path.includes(String(payload.token)),
    );
    assert.deepEqual(post.query, { wait: 'true' });
    assert.equal(post.body.flags, 64);
  });

  it('records an autocomplete respond() as callback type 8', async () => {
    const payload = fake.sendInteraction(fake.autocomplete('resolution', 'number', '17'));
    const i = (await next<Interaction>(
      client,
      Events.InteractionCreate,
      byId(payload.id),
    )) as AutocompleteInteraction;
    assert.ok(i.isAutocomplete());
    assert.equal(i.commandName, 'resolution');
    assert.deepEqual(i.options.getFocused(true), { name: 'number', type: 3, value: '17', focused: true });
    await i.respond([{ name: 'Resolution 174', value: '174' }]);
    const cb = await fake.waitFor(
      (c) => c.route === 'interaction.callback' && c.path.includes(String(payload.id)),
    );
    assert.equal(cb.body.type, 8);
    assert.deepEqual(cb.body.data.choices, [{ name: 'Resolution 174', value: '174' }]);
  });

  it('delivers a button press and records update() as callback type 7', async () => {
    const payload = fake.sendInteraction(fake.button('search:page:2'));
    const i = (await next<Interaction>(
      client,
      Events.InteractionCreate,
      byId(payload.id),
    )) as ButtonInteraction;
    assert.ok(i.isButton());
    assert.equal(i.customId, 'search:page:2');
    assert.equal(i.message.author.id, BOT_USER.id);
    await i.update({ content: 'page 2' });
    const cb = await fake.waitFor(
      (c) => c.route === 'interaction.callback' && c.path.includes(String(payload.id)),
    );
    assert.equal(cb.body.type, 7);
    assert.equal(cb.body.data.content, 'page 2');
  });

  it('delivers a guild MESSAGE_CREATE mentioning the bot, and records message.reply()', async () => {
    const got = next<Message>(client, Events.MessageCreate);
    const sent = fake.messageCreate({ content: 'resolution 174', mentionsBot: true });
    const msg = await got;
    assert.equal(msg.id, sent.id);
    assert.equal(msg.content, `<@${BOT_USER.id}> resolution 174`);
    assert.equal(msg.guildId, GUILD_ID);
    assert.equal(msg.channelId, CHANNEL_ID);
    assert.ok(client.user && msg.mentions.users.has(client.user.id));
    assert.equal(msg.author.bot, false);
    await msg.reply({ content: 'Resolution 174 ...' });
    const post = await fake.waitFor((c) => c.route === 'channel.messages.create');
    assert.equal(post.path, `/api/v10/channels/${CHANNEL_ID}/messages`);
    assert.equal(post.headers.authorization, 'Bot fake-token');
    assert.equal(post.body.message_reference.message_id, sent.id);
    assert.deepEqual(post.body.allowed_mentions, { parse: [] });
  });

  it('blanks the content of guild messages that do not mention the bot (no MessageContent intent)', async () => {
    const got = next<Message>(client, Events.MessageCreate);
    fake.messageCreate({ content: 'chatting among delegates' });
    const msg = await got;
    assert.equal(msg.content, '');
  });

  it('delivers a DM MESSAGE_CREATE (Partials.Channel) and records a send to the DM channel', async () => {
    const got = next<Message>(client, Events.MessageCreate);
    fake.messageCreate({ content: 'ask who chaired', guildId: null });
    const msg = await got;
    assert.equal(msg.guildId, null);
    assert.equal(msg.channelId, DM_CHANNEL_ID);
    assert.ok(msg.channel.isDMBased());
    assert.equal(msg.content, 'ask who chaired');
    assert.ok(msg.channel.isSendable());
    await msg.channel.send('Here is the answer');
    const post = await fake.waitFor(
      (c) => c.route === 'channel.messages.create' && c.path.includes(DM_CHANNEL_ID),
    );
    assert.equal(post.body.content, 'Here is the answer');
    const dm = await client.users.createDM(USER.id);
    assert.equal(dm.id, DM_CHANNEL_ID);
  });

  it('bulk-overwrites global and guild commands', async () => {
    const global = await client.application?.commands.set([{ name: 'help', description: 'Every command' }]);
    assert.equal(global?.first()?.name, 'help');
    const inGuild = await client.application?.commands.set(
      [{ name: 'facts', description: 'At a glance' }],
      GUILD_ID,
    );
    assert.equal(inGuild?.first()?.guildId, GUILD_ID);
    const put = await fake.waitFor((c) => c.route === 'commands.guild');
    assert.equal(put.method, 'PUT');
    assert.equal(put.path, `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    assert.equal(put.body[0].name, 'facts');
  });

  it('fails a route on demand: a 404 Unknown interaction rejects reply()', async () => {
    fake.failNext('POST', /\/interactions\/.*\/callback$/, 404, {
      message: 'Unknown interaction',
      code: 10062,
    });
    const payload = fake.sendInteraction(fake.chatInput('help'));
    const i = (await next<Interaction>(
      client,
      Events.InteractionCreate,
      byId(payload.id),
    )) as ChatInputCommandInteraction;
    await assert.rejects(
      i.reply('too late'),
      (e: unknown) => e instanceof DiscordAPIError && e.code === 10062,
    );
    const cb = await fake.waitFor((c) => c.path.includes(String(payload.id)));
    assert.equal(cb.status, 404);
  });

  it('a single 500 is retried by @discordjs/rest; four fail the call', async () => {
    fake.failNext('POST', /\/channels\/\d+\/messages$/, 500);
    const ok = await client.rest.post(`/channels/${CHANNEL_ID}/messages`, { body: { content: 'retried' } });
    assert.equal((ok as { content: string }).content, 'retried');
    fake.failNext('POST', /\/channels\/\d+\/messages$/, 500, undefined, { times: 4 });
    await assert.rejects(client.rest.post(`/channels/${CHANNEL_ID}/messages`, { body: { content: 'x' } }));
  });

  it('answers anything else with 404 Unknown, recorded', async () => {
    await assert.rejects(
      client.rest.get('/guilds/1/bans'),
      (e: unknown) => e instanceof DiscordAPIError && e.status === 404,
    );
    const call = await fake.waitFor((c) => c.path === '/api/v10/guilds/1/bans');
    assert.equal(call.route, 'unknown');
  });

  it('after closeSocket() the client resumes and still answers; events sent meanwhile arrive', async () => {
    const resumes = fake.resumes;
    const identifies = fake.identifies;
    const started = performance.now();
    await fake.closeSocket();
    const queued = fake.sendInteraction(fake.chatInput('topic', { name: 'cybersecurity' }));
    const got = next<Interaction>(client, Events.InteractionCreate, byId(queued.id));
    await fake.ready();
    console.log(`# closeSocket(4000) -> RESUMED: ${(performance.now() - started).toFixed(0)} ms`);
    assert.equal(fake.resumes, resumes + 1);
    assert.equal(fake.identifies, identifies);
    const i = (await got) as ChatInputCommandInteraction;
    await i.reply('Cybersecurity: ...');
    const cb = await fake.waitFor((c) => c.path.includes(String(queued.id)));
    assert.equal(cb.body.type, 4);

    const later = fake.sendInteraction(fake.chatInput('sources'));
    const j = (await next<Interaction>(
      client,
      Events.InteractionCreate,
      byId(later.id),
    )) as ChatInputCommandInteraction;
    await j.reply('sources');
    assert.equal((await fake.waitFor((c) => c.path.includes(String(later.id)))).body.type, 4);
  });
});

describe('what discord.js needs from the fake (and from the adapter)', () => {
  it('without GUILD_CREATE (guild: false), guild messages are dropped; interactions still arrive', async () => {
    const { fake, client } = await connect({ guild: false });
    try {
      const lost = maybe<Message>(client, Events.MessageCreate, () => true, 300);
      fake.messageCreate({ content: 'hello', mentionsBot: true });
      assert.equal(await lost, undefined);
      const payload = fake.sendInteraction(fake.chatInput('help'));
      const i = await next<Interaction>(client, Events.InteractionCreate, byId(payload.id));
      assert.equal(i.guildId, GUILD_ID);
      assert.equal(i.guild, null, 'an uncached guild');
    } finally {
      await client.destroy();
      await fake.stop();
    }
  });

  it('without Partials.Channel, DMs are dropped (the DM channel is not cached)', async () => {
    const { fake, client } = await connect({}, { partials: [] });
    try {
      const lost = maybe<Message>(client, Events.MessageCreate, () => true, 300);
      fake.messageCreate({ content: 'hello', guildId: null });
      assert.equal(await lost, undefined);
    } finally {
      await client.destroy();
      await fake.stop();
    }
  });

  it('without the DirectMessages intent the fake does not send DMs, as Discord', async () => {
    const { fake, client } = await connect(
      {},
      { intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] },
    );
    try {
      fake.messageCreate({ content: 'hello', guildId: null });
      assert.equal(fake.dropped.length, 1);
      assert.equal(fake.dropped[0]?.reason, 'no DirectMessages intent');
    } finally {
      await client.destroy();
      await fake.stop();
    }
  });

  it('a wrong token fails login (401 on /gateway/bot)', async () => {
    const fake = await new FakeDiscord({ token: 'right' }).start();
    const client = clientFor(fake);
    try {
      await assert.rejects(client.login('wrong'), /token/i);
      assert.equal(fake.identifies, 0);
    } finally {
      await client.destroy();
      await fake.stop();
    }
  });

  it('after a close with 1000 the client re-identifies, gets what was sent meanwhile, and answers', async () => {
    // @discordjs/ws allows one IDENTIFY per 5 s (+ up to 1.5 s jitter): a re-identify right after login
    // waits that long. A no-op throttler (test-only) makes it immediate.
    const noThrottle = { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) };
    const { fake, client } = await connect({}, { ws: noThrottle });
    try {
      const started = performance.now();
      await fake.closeSocket(1000);
      const queued = fake.sendInteraction(fake.chatInput('help'));
      const got = next<Interaction>(client, Events.InteractionCreate, byId(queued.id));
      await fake.ready();
      console.log(
        `# closeSocket(1000) -> new IDENTIFY + READY: ${(performance.now() - started).toFixed(0)} ms`,
      );
      assert.equal(fake.identifies, 2);
      assert.equal(fake.resumes, 0);
      const i = (await got) as ChatInputCommandInteraction;
      await i.reply('help');
      assert.equal((await fake.waitFor((c) => c.path.includes(String(queued.id)))).status, 204);
    } finally {
      await client.destroy();
      await fake.stop();
    }
  });

  it('heartbeats are acked (op 1 -> op 11)', async () => {
    const { fake, client } = await connect({ heartbeatIntervalMs: 50 });
    try {
      const deadline = Date.now() + 2000;
      while (client.ws.ping < 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.ok(fake.heartbeats >= 1);
      assert.ok(client.ws.ping >= 0, 'discord.js measured a heartbeat round trip');
    } finally {
      await client.destroy();
      await fake.stop();
    }
  });

  it('leaves no sockets or servers open after client.destroy() and fake.stop()', async () => {
    const { fake, client } = await connect();
    const payload = fake.sendInteraction(fake.chatInput('help'));
    const i = (await next<Interaction>(
      client,
      Events.InteractionCreate,
      byId(payload.id),
    )) as ChatInputCommandInteraction;
    await i.reply('help');
    await client.destroy();
    await fake.stop();
    const open = (): string[] => process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP'));
    const deadline = Date.now() + 1000;
    while (open().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(open(), []);
  });
});
