import type { App } from '@slack/bolt';
import { PASSIVE_REPEAT_MS } from '../../commands/passive-lookups.ts';
import { newErrorId } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { adminCommand } from '../../registry/admin-commands.ts';
import { FEEDBACK_ACTION_ID, parseSlackFeedbackValue } from '../../render/feedback-actions.ts';
import { renderSlack } from '../../render/slack.ts';
import type { ContextHolder } from '../../runtime/context-holder.ts';
import { DOWNVOTE_REASON_LABELS, DOWNVOTE_REASONS, type DownvoteReason } from '../../store/types.ts';
import type { Intake } from '../intake.ts';
import { RECENT_ID_TTL_MS } from '../recent-ids.ts';
import type { TeamOptions } from '../team-options.ts';
import { replayKey } from './request-guard.ts';

/** `callback_id` of the "what was wrong?" modal that a 👎 opens. */
export const FEEDBACK_MODAL_ID = 'confbot_feedback_reason';
/** Longest comment the modal accepts. */
export const MAX_FEEDBACK_COMMENT = 500;

interface TeamDeps {
  team: TeamOptions;
  contexts: ContextHolder;
  logger: Logger;
  /** The gate admin commands and passive lookups go through, as every other request does. */
  intake: Intake;
}

/**
 * Registers the team loop on a Bolt app: shared event de-duplication (PostgreSQL), the admin commands
 * under `/confbot`, the 👍/👎 element and its modal, and passive lookups. Must run before the ordinary
 * handlers are registered, so its middleware sees requests first.
 */
export function registerTeamHandlers(app: App, deps: TeamDeps): void {
  const { team, contexts, logger, intake } = deps;
  const { loop } = team;

  if (team.shared) {
    // Every replica may receive the same event (a retry lands elsewhere): the database says who answers.
    // A replayed command or click (its trigger_id or action_ts, see request-guard.ts) likewise.
    app.use(async (args) => {
      const id = (args.body as { event_id?: unknown }).event_id;
      const key = typeof id === 'string' ? `event:${id}` : replayKey(args.body);
      if (key !== undefined && (await loop.store.seenRecently(`slack:${key}`, RECENT_ID_TTL_MS))) {
        if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
        return;
      }
      await args.next();
    });
  }

  // `/confbot report` and `/confbot settings`: handled here, before the public commands see them.
  app.use(async (args) => {
    if (!('command' in args) || !('ack' in args) || args.command.command !== '/confbot') return args.next();
    const [name = '', ...words] = args.command.text.trim().split(/\s+/);
    const definition = adminCommand(name);
    if (!definition) return args.next();
    const { command, ack } = args;
    const reply = await intake.admin(
      definition,
      words.join(' '),
      { store: loop.store, platform: 'slack', channel: command.channel_id, user: command.user_id },
      () => isAdmin(args.client, command.user_id, team.config.slackAdmins, logger),
    );
    if (!reply) {
      await ack({
        response_type: 'ephemeral',
        text: `Only workspace admins, owners and the admins configured for confbot can run /confbot ${definition.name}.`,
      });
      return;
    }
    const [first] = renderSlack(reply);
    await ack({ response_type: 'ephemeral', ...first });
  });

  app.action(FEEDBACK_ACTION_ID, async ({ ack, action, body, client, respond }) => {
    await ack();
    const value = 'value' in action ? String(action.value ?? '') : '';
    const parsed = parseSlackFeedbackValue(value);
    if (!parsed) return;
    const channel = body.channel?.id;
    let result: 'new' | 'changed' | 'same';
    try {
      result = await loop.vote(
        { answerId: parsed.answerId, line: parsed.line },
        parsed.vote,
        { platform: 'slack', user: body.user.id, ...(channel ? { channel } : {}) },
        contexts.current(),
      );
    } catch (err) {
      const id = newErrorId();
      logger.error('vote not stored', { errorId: id, error: String(err) });
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: `Sorry, I could not record that (error id ${id}). Please try again.`,
      });
      return;
    }
    if (parsed.vote === 'down' && 'trigger_id' in body && typeof body.trigger_id === 'string') {
      // The vote stands without a reason if the form cannot open (its trigger lasts 3 s).
      await client.views
        .open({ trigger_id: body.trigger_id, view: reasonModal(parsed.answerId) })
        .catch((err: unknown) => logger.warn('feedback form not opened', { error: String(err) }));
    }
    // Only the voter sees this, even under an answer shared in the channel.
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: acknowledgement(parsed.vote, result),
    });
  });

  app.view(FEEDBACK_MODAL_ID, async ({ ack, view, body }) => {
    await ack();
    const values = view.state.values;
    const reason = values.reason?.reason?.selected_option?.value as DownvoteReason | undefined;
    const comment = values.comment?.comment?.value ?? undefined;
    if (!reason || !DOWNVOTE_REASONS.includes(reason)) return;
    await loop.explain(
      view.private_metadata,
      { platform: 'slack', user: body.user.id },
      reason,
      comment ?? undefined,
    );
  });

  // Passive lookups: ordinary channel messages that name a text, where the channel turned them on.
  app.message(async ({ message, body, client, context }) => {
    // Edits, joins and other subtypes are not messages someone wrote.
    if (message.subtype !== undefined) return;
    if (message.channel_type !== 'channel' && message.channel_type !== 'group') return;
    const text = message.text ?? '';
    // A message that mentions the bot is a question: app_mention answers it.
    if (context.botUserId && text.includes(`<@${context.botUserId}>`)) return;
    const eventId = (body as { event_id?: string }).event_id;
    // A replayed event (a retry of one already handled here) is not looked up twice.
    const replayed = async () =>
      eventId !== undefined &&
      !team.shared &&
      (await loop.store.seenRecently(`slack:passive-event:${eventId}`, RECENT_ID_TTL_MS));
    const card = await intake.lookup(
      text,
      { platform: 'slack', user: message.user, channel: message.channel },
      {
        bot: 'bot_id' in message,
        enabled: async () =>
          !(await replayed()) && (await loop.store.channelSettings('slack', message.channel)).passive,
        fresh: async (entries) => {
          const fresh = [];
          for (const entry of entries) {
            const key = `slack:passive:${message.channel}:${entry.id}`;
            if (!(await loop.store.seenRecently(key, PASSIVE_REPEAT_MS))) fresh.push(entry);
          }
          return fresh;
        },
      },
    );
    if (!card) return;
    const [page] = renderSlack(card);
    if (!page) return;
    await client.chat.postMessage({
      channel: message.channel,
      thread_ts: message.thread_ts ?? message.ts,
      ...page,
      unfurl_links: false,
      unfurl_media: false,
    });
  });
}

/** Admins: the configured ids, or workspace admins and owners as `users.info` reports them. */
async function isAdmin(
  client: App['client'],
  user: string,
  configured: readonly string[],
  logger: Logger,
): Promise<boolean> {
  if (configured.includes(user)) return true;
  try {
    const info = await client.users.info({ user });
    return Boolean(info.user?.is_admin || info.user?.is_owner || info.user?.is_primary_owner);
  } catch (err) {
    // Without users:read (an old manifest) nobody but the configured admins passes: say why in the log.
    logger.warn('slack admin check failed', { errorId: newErrorId(), error: String(err) });
    return false;
  }
}

function acknowledgement(vote: 'up' | 'down', result: 'new' | 'changed' | 'same'): string {
  const mark = vote === 'up' ? '👍' : '👎';
  if (result === 'same') return `You already rated this answer ${mark}.`;
  if (result === 'changed') return `Changed your rating to ${mark}. Only you can see this.`;
  return vote === 'up'
    ? 'Thanks: noted that this answer helped. Only you can see this.'
    : 'Thanks: noted. Tell me what was wrong in the form, so the corpus can be fixed. Only you can see this.';
}

/** The modal a 👎 opens: a reason (required) and a short comment (optional). */
function reasonModal(answerId: string) {
  const option = (r: DownvoteReason) => ({
    text: { type: 'plain_text' as const, text: DOWNVOTE_REASON_LABELS[r] },
    value: r,
  });
  return {
    type: 'modal' as const,
    callback_id: FEEDBACK_MODAL_ID,
    private_metadata: answerId,
    title: { type: 'plain_text' as const, text: 'What was wrong?' },
    submit: { type: 'plain_text' as const, text: 'Send' },
    close: { type: 'plain_text' as const, text: 'Skip' },
    blocks: [
      {
        type: 'input' as const,
        block_id: 'reason',
        label: { type: 'plain_text' as const, text: 'The answer was' },
        element: {
          type: 'radio_buttons' as const,
          action_id: 'reason',
          options: DOWNVOTE_REASONS.map(option),
        },
      },
      {
        type: 'input' as const,
        block_id: 'comment',
        optional: true,
        label: { type: 'plain_text' as const, text: 'Anything to add?' },
        element: {
          type: 'plain_text_input' as const,
          action_id: 'comment',
          multiline: true,
          max_length: MAX_FEEDBACK_COMMENT,
        },
      },
    ],
  };
}
