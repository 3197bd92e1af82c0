import { UMBRELLA_COMMAND } from '../../commands/input.ts';
import { MESSAGE_ACTIONS } from '../../commands/registry.ts';
import type { CommandDefinition, MessageActionDefinition } from '../../commands/types.ts';
import type { ConferenceInfo } from '../../corpus/types.ts';
import { SLACK_EVENTS_PATH } from './constants.ts';
import { shortcutCallbackId } from './shortcut.ts';

/**
 * Bot scopes: slash commands and message shortcuts (`commands`), mentions, replies and direct
 * messages; `channels:history` and `groups:history` for passive lookups (messages in channels the bot
 * is in, answered only where a channel turned them on); `users:read` to tell workspace admins for the
 * admin commands. A shortcut's payload carries the message it was used on, and the Home tab
 * (`views.publish`) needs no scope of its own.
 */
export const SLACK_BOT_SCOPES = [
  'commands',
  'app_mentions:read',
  'chat:write',
  'im:history',
  'im:read',
  'im:write',
  'channels:history',
  'groups:history',
  'users:read',
] as const;
/**
 * Events: mentions, messages in its DMs, the Home tab opening, and messages in public and private
 * channels it is in (passive lookups).
 */
export const SLACK_BOT_EVENTS = [
  'app_mention',
  'message.im',
  'app_home_opened',
  'message.channels',
  'message.groups',
] as const;
/** Slack's limit on a slash command's description in the manifest. */
const MAX_COMMAND_DESCRIPTION = 100;

/** How the app connects: Socket Mode (no public URL), or HTTP at a public base URL. */
export type ManifestMode = { socketMode: true } | { socketMode: false; baseUrl: string };

/**
 * Builds a Slack app manifest from the command definitions, the single source of the command list, so
 * the app in Slack always matches the code. Paste it into "Create New App -> From a manifest".
 */
export function buildSlackManifest(
  commands: readonly CommandDefinition[],
  conference: ConferenceInfo,
  mode: ManifestMode,
  name = 'confbot',
  actions: readonly MessageActionDefinition[] = MESSAGE_ACTIONS,
): Record<string, unknown> {
  const requestUrl = mode.socketMode ? undefined : `${mode.baseUrl.replace(/\/+$/, '')}${SLACK_EVENTS_PATH}`;
  const withUrl = requestUrl ? { url: requestUrl } : {};
  const slashCommands = [
    ...commands.map((c) => ({
      command: `/${c.name}`,
      description: clip(c.description, MAX_COMMAND_DESCRIPTION),
      usage_hint: c.usage.replace(/^\/\S+\s*/, '').slice(0, 100) || undefined,
      should_escape: false,
      ...withUrl,
    })),
    {
      command: `/${UMBRELLA_COMMAND}`,
      description: clip(
        `Any ${name} command, e.g. /${UMBRELLA_COMMAND} resolution 174`,
        MAX_COMMAND_DESCRIPTION,
      ),
      usage_hint: '<command> [arguments]',
      should_escape: false,
      ...withUrl,
    },
  ].map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)));
  return {
    display_information: {
      name,
      description: clip(`Cited answers about ${conference.name} (${conference.shortName})`, 140),
      background_color: '#1d3557',
    },
    features: {
      app_home: {
        home_tab_enabled: true,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: name, always_online: true },
      slash_commands: slashCommands,
      shortcuts: actions.map((a) => ({
        name: clip(a.name, 24),
        type: 'message',
        callback_id: shortcutCallbackId(a.id),
        description: clip(a.description, 80),
      })),
    },
    oauth_config: { scopes: { bot: [...SLACK_BOT_SCOPES] } },
    settings: {
      event_subscriptions: {
        ...(requestUrl ? { request_url: requestUrl } : {}),
        bot_events: [...SLACK_BOT_EVENTS],
      },
      interactivity: { is_enabled: true, ...(requestUrl ? { request_url: requestUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: mode.socketMode,
      token_rotation_enabled: false,
    },
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
