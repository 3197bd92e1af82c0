import type { App } from '@slack/bolt';
import type { Answer } from '../../answer.ts';
import { MESSAGE_ACTIONS, messageActionLine } from '../../commands/registry.ts';
import { newErrorId } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { type SlackMessageWithFeedback, withSlackFeedback } from '../../render/feedback-actions.ts';
import { renderSlackCompact } from '../../render/slack-compact.ts';
import type { AnswerFn } from './answer-fn.ts';
import { fromSlackText } from './message-text.ts';

/** Slack's `callback_id` of a message action: `confbot_ask_message`. */
export function shortcutCallbackId(id: string): string {
  return `confbot_${id}`;
}

/**
 * The message shortcuts ("Ask confbot about this"): the selected message's text goes to the action's
 * command, and the compact card is posted in the message's thread. When the bot is not in the channel,
 * the card goes to the user alone (ephemeral, through the shortcut's `response_url`) with how to invite it.
 * With `feedback` (the team loop), the card carries the 👍/👎 element.
 */
export function registerShortcut(
  app: App,
  {
    answer,
    logger,
    feedback,
  }: {
    answer: AnswerFn;
    logger: Logger;
    feedback?: (answer: Answer, line: string) => { answerId: string; line: string } | undefined;
  },
): void {
  for (const action of MESSAGE_ACTIONS) {
    app.shortcut(shortcutCallbackId(action.id), async ({ shortcut, ack, client, respond, context }) => {
      await ack();
      if (shortcut.type !== 'message_action') return;
      const text = fromSlackText(shortcut.message.text ?? '', context.botUserId);
      if (text === '') {
        await respond({
          response_type: 'ephemeral',
          text: 'That message has no text I can read. Pick a message with a question in it.',
        });
        return;
      }
      const line = messageActionLine(action, text);
      const reply = await answer(line, shortcut.user.id, shortcut.channel.id);
      // One message: a card leaves a block free for the feedback element (compact-limits.ts).
      const card = withSlackFeedback(
        [renderSlackCompact(reply, reply.ok ? { more: { value: line } } : {})],
        feedback?.(reply, line),
      )[0] as SlackMessageWithFeedback;
      try {
        await client.chat.postMessage({
          channel: shortcut.channel.id,
          thread_ts: (shortcut.message.thread_ts as string | undefined) ?? shortcut.message.ts,
          ...card,
          unfurl_links: false,
          unfurl_media: false,
        });
      } catch (err) {
        const code = (err as { data?: { error?: string } }).data?.error;
        const id = newErrorId();
        logger.warn('shortcut reply failed', { errorId: id, code, channel: shortcut.channel.id });
        const why =
          code === 'not_in_channel' || code === 'channel_not_found'
            ? 'I am not in this channel, so only you see this: invite me with /invite @confbot to answer in threads.'
            : `Sorry, I could not post in the thread (error id ${id}); here is the answer for you alone.`;
        await respond({ response_type: 'ephemeral', replace_original: false, text: why });
        await respond({ response_type: 'ephemeral', replace_original: false, ...card });
      }
    });
  }
}
