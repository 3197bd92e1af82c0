import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminSlashCommandsJson } from '../../../src/adapters/discord/admin-slash-commands.ts';
import { registerCommands, registerPlan } from '../../../src/adapters/discord/register.ts';
import {
  applicationCommandsJson,
  messageCommandsJson,
  slashCommandsJson,
} from '../../../src/adapters/discord/slash-commands.ts';
import { MESSAGE_ACTIONS } from '../../../src/commands/registry.ts';
import { APP_ID, FakeDiscord, GUILD_ID } from '../../fakes/fake-discord.ts';
import { contextFor } from '../../helpers.ts';

describe('Discord command registration', () => {
  let fake: FakeDiscord;
  before(async () => {
    fake = await new FakeDiscord().start();
  });
  after(async () => {
    await fake.stop();
  });

  it('builds slash commands from the command definitions, with autocomplete where a command completes', async () => {
    const ctx = await contextFor();
    const json = slashCommandsJson(ctx.commands);
    assert.deepEqual(
      json.map((c) => c.name),
      ctx.commands.map((c) => c.name),
    );
    const resolution = json.find((c) => c.name === 'resolution');
    assert.deepEqual(resolution?.options[0], {
      type: 3,
      name: 'number',
      description: ctx.commands[0]?.option?.description,
      required: false,
      autocomplete: true,
    });
    assert.ok(
      json.every((c) => c.description.length <= 100 && c.options.every((o) => o.description.length <= 100)),
    );
    assert.equal(json.find((c) => c.name === 'ask')?.options[0]?.required, true);
  });

  it('declares each message action as a message context-menu command (type 3), usable in servers and DMs', () => {
    const json = messageCommandsJson(MESSAGE_ACTIONS);
    assert.deepEqual(
      json.map((c) => [c.name, c.type]),
      MESSAGE_ACTIONS.map((a) => [a.name, 3]),
    );
    assert.ok(json.every((c) => c.name.length <= 32 && !('description' in c)));
    assert.ok(json.every((c) => c.contexts.join() === '0,1'));
  });

  it('bulk-overwrites the guild commands over REST with the expected JSON', async () => {
    const ctx = await contextFor();
    const done = await registerCommands(
      { token: 'fake-token', appId: APP_ID, apiUrl: fake.apiUrl },
      ctx.commands,
      { guildId: GUILD_ID },
    );
    const put = await fake.waitFor((c) => c.route === 'commands.guild' && c.method === 'PUT');
    assert.equal(put.path, `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    assert.deepEqual(put.body, [...applicationCommandsJson(ctx.commands), ...adminSlashCommandsJson()]);
    assert.equal(
      done.registered,
      ctx.commands.length + MESSAGE_ACTIONS.length + adminSlashCommandsJson().length,
    );
  });

  it('registers globally with --global, and plans without sending for --dry-run', async () => {
    const ctx = await contextFor();
    assert.equal(registerPlan(APP_ID, ctx.commands, 'global').route, `/applications/${APP_ID}/commands`);
    await registerCommands(
      { token: 'fake-token', appId: APP_ID, apiUrl: fake.apiUrl },
      ctx.commands,
      'global',
    );
    await fake.waitFor((c) => c.route === 'commands.global' && c.method === 'PUT');
  });
});
