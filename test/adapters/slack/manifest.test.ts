import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildSlackManifest,
  SLACK_BOT_EVENTS,
  SLACK_BOT_SCOPES,
} from '../../../src/adapters/slack/manifest.ts';
import { MESSAGE_ACTIONS } from '../../../src/registry/registry.ts';
import { contextFor } from '../../helpers.ts';

describe('buildSlackManifest', () => {
  it('declares every command of the registry plus /confbot, for Socket Mode without URLs', async () => {
    const ctx = await contextFor();
    const m = buildSlackManifest(ctx.commands, ctx.corpus.conference, { socketMode: true }) as {
      features: { slash_commands: { command: string; url?: string; description: string }[] };
      settings: {
        socket_mode_enabled: boolean;
        event_subscriptions: { bot_events: string[]; request_url?: string };
      };
      oauth_config: { scopes: { bot: string[] } };
    };
    assert.deepEqual(
      m.features.slash_commands.map((c) => c.command),
      [...ctx.commands.map((c) => `/${c.name}`), '/confbot'],
    );
    assert.ok(m.features.slash_commands.every((c) => c.url === undefined && c.description.length <= 100));
    assert.equal(m.settings.socket_mode_enabled, true);
    assert.deepEqual(m.settings.event_subscriptions.bot_events, [...SLACK_BOT_EVENTS]);
    assert.deepEqual(m.oauth_config.scopes.bot, [...SLACK_BOT_SCOPES]);
  });

  it('points commands, events and interactivity at /slack/events in HTTP mode', async () => {
    const ctx = await contextFor();
    const json = JSON.stringify(
      buildSlackManifest(ctx.commands, ctx.corpus.conference, {
        socketMode: false,
        baseUrl: 'https://bot.example.org/',
      }),
    );
    assert.match(json, /"request_url":"https:\/\/bot\.example\.org\/slack\/events"/);
    assert.match(json, /"url":"https:\/\/bot\.example\.org\/slack\/events"/);
    assert.match(json, /"socket_mode_enabled":false/);
  });
});

describe('buildSlackManifest, message shortcuts and the Home tab', () => {
  it('declares each message action as a message shortcut, enables the Home tab and subscribes to app_home_opened', async () => {
    const ctx = await contextFor();
    const m = buildSlackManifest(ctx.commands, ctx.corpus.conference, { socketMode: true }) as {
      features: {
        app_home: { home_tab_enabled: boolean };
        shortcuts: { name: string; type: string; callback_id: string; description: string }[];
      };
      settings: { event_subscriptions: { bot_events: string[] } };
      oauth_config: { scopes: { bot: string[] } };
    };
    assert.deepEqual(
      m.features.shortcuts.map((s) => [s.name, s.type, s.callback_id]),
      MESSAGE_ACTIONS.map((a) => [a.name, 'message', `confbot_${a.id}`]),
    );
    assert.ok(m.features.shortcuts.every((s) => s.name.length <= 24 && s.description.length <= 80));
    assert.equal(m.features.app_home.home_tab_enabled, true);
    assert.ok(m.settings.event_subscriptions.bot_events.includes('app_home_opened'));
    assert.ok(m.oauth_config.scopes.bot.includes('commands'), 'shortcuts need the commands scope');
  });
});
