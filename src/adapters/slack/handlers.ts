import type { App, RespondFn } from '@slack/bolt';
import type { Answer } from '../../answer.ts';
import type { DispatchOptions } from '../../commands/dispatch.ts';
import { UMBRELLA_COMMAND } from '../../commands/input.ts';
import type { Limiter } from '../../commands/limiter.ts';
import { newErrorId } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { type SlackMessageWithFeedback, withSlackFeedback } from '../../render/feedback-actions.ts';
import {
  NEXT_ACTION_ID,
  SHARE_ACTION_ID,
  type SlackMessage,
  SUGGEST_ACTION_PREFIX,
} from '../../render/slack.ts';
import { renderSlackCompact, type SlackCompactOptions } from '../../render/slack-compact.ts';
import type { ContextHolder } from '../../runtime/context-holder.ts';
import { type InFlight, RESTARTING } from '../../runtime/in-flight.ts';
import { beforeDeadline } from '../deadline.ts';
import type { Intake } from '../intake.ts';
import { RecentAnswers } from '../recent-answers.ts';
import type { RecentIds } from '../recent-ids.ts';
import { SlackCardCache } from './card-cache.ts';
import { registerHome } from './home.ts';
import { fromSlackText } from './message-text.ts';
import { registerMore } from './more.ts';
import { registerShortcut } from './shortcut.ts';

/** Slack wants a slash command acked within 3 s; answers normally take milliseconds, but never risk it. */
export const ACK_DEADLINE_MS = 2500;
/** `response_url` allows 5 uses in 30 minutes: the ack is free, so at most this many follow-up pages. */
export const MAX_FOLLOW_UP_PAGES = 3;

interface HandlerDeps {
  contexts: ContextHolder;
  logger: Logger;
  recentEvents: RecentIds;
  limiter?: Limiter;
  /** Counts answers in progress so shutdown can finish them; new work is refused once it drains. */
  inflight: InFlight;
  /** The input cap, rate limits and CPU budget every entry point goes through. */
  intake: Intake;
  /** Told how each request ended (the team loop records declined questions). */
  onOutcome?: DispatchOptions['onOutcome'];
  /** The 👍/👎 reference for an answer, when it gets feedback buttons. */
  feedback?: (answer: Answer, line: string) => { answerId: string; line: string } | undefined;
  /** A channel's default visibility (its settings); private when absent. */
  visibility?: (channel: string) => Promise<'private' | 'channel'>;
}

/** Registers every slash command, mention, DM and button handler on a Bolt app. */
export function registerHandlers(app: App, deps: HandlerDeps): void {
  const { contexts, logger, recentEvents, inflight, intake } = deps;
  // The compact card, with 👍/👎 under it when the answer gets feedback (the card leaves room for it).
  // A repeated answer's card comes from memory; the feedback row has an id of its own every time.
  const cards = new SlackCardCache();
  const card = (reply: Answer, line: string, options: SlackCompactOptions) =>
    withSlackFeedback([cards.card(reply, options)], deps.feedback?.(reply, line));
  // The last answers each user was given, for the Home tab (memory only, bounded).
  const recent = new RecentAnswers();
  const answer = async (
    line: string,
    user: string | undefined,
    channel?: string,
    prepare?: (raw: string) => string,
    conversation?: string,
  ) => {
    const reply = await intake.answer(
      line,
      {
        platform: 'slack',
        ...(user ? { user } : {}),
        ...(channel ? { channel } : {}),
        ...(conversation ? { conversation } : {}),
      },
      prepare,
      deps.onOutcome,
    );
    // Only an answer is worth listing, and an answer's line is within the input cap.
    if (reply.ok && user) recent.record(user, { title: reply.title, line: prepare ? prepare(line) : line });
    return reply;
  };

  // Bolt awaits the listeners inside `next()`, so this counts each request until its last reply.
  app.use(async (args) => {
    if (!inflight.isAccepting) {
      // Slack does not resend a slash command: tell its user now. Events it resends by itself.
      if ('command' in args && 'ack' in args)
        await args.ack({ response_type: 'ephemeral', text: RESTARTING });
      return;
    }
    await inflight.run(args.next);
  });

  // Slash commands are answered here, in global middleware after the in-flight count, and go no
  // further: Bolt runs every listener's filters on every request (about 4 µs each on 2 shared cores, a
  // dozen listeners here), which under load cost more than answering a repeated command. The team
  // loop's admin commands are answered the same way, earlier (team-handlers.ts). See docs/slack.md.
  const names = new Set([...contexts.current().commands.map((c) => `/${c.name}`), `/${UMBRELLA_COMMAND}`]);
  app.use(async (args) => {
    if (!('command' in args) || !('ack' in args) || !names.has(args.command.command)) return args.next();
    const { command, ack, respond } = args;
    const line = `${command.command} ${command.text}`.trim();
    const pending = answer(line, command.user_id, command.channel_id);
    const onTime = await beforeDeadline(pending, ACK_DEADLINE_MS);
    if (!onTime) {
      // Too slow to answer inside the ack: ack now, answer through response_url when ready.
      await ack({ response_type: 'ephemeral', text: 'Working on it…' });
      const late = await pending;
      await sendPages(card(late, line, cardOptions(late, line)), respond, { replace: true });
      return;
    }
    // A channel that chose "posted in the channel" gets answers in the open; refusals stay private.
    const open = onTime.ok && (await deps.visibility?.(command.channel_id)) === 'channel';
    // A compact card; "More" brings the full answer (more.ts), privately, even under an open card.
    const [first, ...rest] = card(onTime, line, cardOptions(onTime, line, !open));
    await ack({ response_type: open ? 'in_channel' : 'ephemeral', ...(first as SlackMessage) });
    await sendPages(rest, respond, { replace: false, open });
  });

  app.event('app_mention', async ({ event, body, client, context }) => {
    if (recentEvents.checkAndAdd(body.event_id)) return;
    if ('bot_id' in event && event.bot_id) return;
    const toLine = (raw: string) => fromSlackText(raw, context.botUserId) || '/help';
    // The thread the reply goes to is the conversation: a follow-up there is read against this question.
    const reply = await answer(event.text, event.user, event.channel, toLine, event.thread_ts ?? event.ts);
    const line = toLine(event.text);
    for (const page of card(reply, line, cardOptions(reply, line, false))) {
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: event.thread_ts ?? event.ts,
        ...page,
        unfurl_links: false,
        unfurl_media: false,
      });
    }
  });

  app.message(async ({ message, body, client, context }) => {
    // Only direct messages from people: no edits, joins, bot posts or channel chatter.
    if (message.channel_type !== 'im' || message.subtype !== undefined || 'bot_id' in message) return;
    if (recentEvents.checkAndAdd((body as { event_id: string }).event_id)) return;
    const toLine = (raw: string) => fromSlackText(raw, context.botUserId);
    // A DM is one conversation (or a thread within it).
    const thread = 'thread_ts' in message && typeof message.thread_ts === 'string' ? message.thread_ts : 'dm';
    const reply = await answer(message.text ?? '', message.user, message.channel, toLine, thread);
    const line = toLine(message.text ?? '');
    for (const page of card(reply, line, cardOptions(reply, line, false))) {
      await client.chat.postMessage({
        channel: message.channel,
        ...page,
        unfurl_links: false,
        unfurl_media: false,
      });
    }
  });

  app.action(SHARE_ACTION_ID, async ({ ack, body, action, client, respond }) => {
    await ack();
    const line = 'value' in action ? String(action.value ?? '') : '';
    const channel = body.channel?.id;
    if (!channel || line === '') return;
    const reply = await answer(line, body.user.id, channel);
    if (!reply.ok) {
      // Only a real answer is shared: a rate-limit note, an unknown command from a tampered value or
      // nothing found goes to the clicker alone.
      await sendPages([renderSlackCompact(reply, {})], respond, { replace: false });
      return;
    }
    try {
      // The card, not the full answer: a share must not flood the channel. "More" stays on it.
      const shared = card(reply, line, { ...cardOptions(reply, line, false), sharedBy: body.user.id });
      for (const page of shared) {
        await client.chat.postMessage({ channel, ...page, unfurl_links: false, unfurl_media: false });
      }
    } catch (err) {
      const code = (err as { data?: { error?: string } }).data?.error;
      const id = newErrorId();
      logger.warn('share failed', { errorId: id, code, channel });
      const why =
        code === 'not_in_channel' || code === 'channel_not_found'
          ? 'I am not in this channel: invite me with /invite @confbot, then share again.'
          : `Sorry, I could not share that (error id ${id}).`;
      await respond({ response_type: 'ephemeral', replace_original: false, text: why });
    }
  });

  app.action(NEXT_ACTION_ID, async ({ ack, action, body, respond }) => {
    await ack();
    const line = 'value' in action ? String(action.value ?? '') : '';
    if (line === '') return;
    const reply = await answer(line, body.user.id, body.channel?.id);
    await sendPages(card(reply, line, cardOptions(reply, line)), respond, { replace: true });
  });

  app.action(new RegExp(`^${SUGGEST_ACTION_PREFIX}\\d+$`), async ({ ack, action, body, respond }) => {
    await ack();
    const line = 'value' in action ? String(action.value ?? '') : '';
    if (line === '') return;
    const reply = await answer(line, body.user.id, body.channel?.id);
    await sendPages(card(reply, line, cardOptions(reply, line)), respond, { replace: false });
  });

  registerMore(app, { answer });
  registerHome(app, { contexts, answer, logger, recentAnswers: async (user) => recent.of(user) });
  registerShortcut(app, { answer, logger, ...(deps.feedback ? { feedback: deps.feedback } : {}) });
}

/**
 * A card's buttons: "More" for every real answer; "Share" only where the card is private (an error
 * message is nobody's business, and a card already in a channel needs no sharing).
 */
function cardOptions(answer: Answer, line: string, shareable = true): SlackCompactOptions {
  if (!answer.ok) return {};
  return { more: { value: line }, ...(shareable ? { share: { value: line } } : {}) };
}

async function sendPages(
  pages: SlackMessageWithFeedback[],
  respond: RespondFn,
  { replace, open = false }: { replace: boolean; open?: boolean },
): Promise<void> {
  for (const [i, page] of pages.slice(0, MAX_FOLLOW_UP_PAGES + (replace ? 1 : 0)).entries()) {
    const response_type = open ? 'in_channel' : 'ephemeral';
    await respond({ response_type, replace_original: replace && i === 0, ...page });
  }
}
