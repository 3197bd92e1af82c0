import type { types } from '@slack/bolt';
import type { DiscordActionRow, DiscordMessage } from './discord.ts';
import { MAX_ACTION_ROWS, MAX_CUSTOM_ID } from './discord-limits.ts';
import type { SlackMessage } from './slack-blocks.ts';
import { MAX_BLOCKS, MAX_BUTTON_VALUE } from './slack-limits.ts';

/** `action_id` of Slack's native 👍/👎 element on answers. */
export const FEEDBACK_ACTION_ID = 'confbot_feedback';
/** Prefix of Discord's feedback button ids: `confbot-feedback:up:<id>`, `confbot-feedback:down:<id>`. */
export const DISCORD_FEEDBACK_PREFIX = 'confbot-feedback';

/** A Slack message whose blocks may include the feedback element (a block the page renderer never makes). */
export interface SlackMessageWithFeedback {
  text: string;
  blocks: (SlackMessage['blocks'][number] | types.KnownBlock)[];
}

/**
 * Slack's button value for a vote: `up:<answer id>:<line>`; the line is what the answer answered, so a
 * vote can say what was rated without the bot keeping every answer. Clipped to Slack's value limit.
 */
export function slackFeedbackValue(vote: 'up' | 'down', answerId: string, line: string): string {
  return `${vote}:${answerId}:${line}`.slice(0, MAX_BUTTON_VALUE);
}

/** Reads a value made by {@link slackFeedbackValue}; undefined when it is not one. */
export function parseSlackFeedbackValue(
  value: string,
): { vote: 'up' | 'down'; answerId: string; line: string } | undefined {
  const m = /^(up|down):([0-9a-f]{6,32}):([\s\S]*)$/.exec(value);
  if (!m) return undefined;
  return { vote: m[1] as 'up' | 'down', answerId: m[2] as string, line: m[3] as string };
}

/** The native `feedback_buttons` element, in the `context_actions` block Slack requires around it. */
export function slackFeedbackBlock(answerId: string, line: string): types.ContextActionsBlock {
  return {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: FEEDBACK_ACTION_ID,
        positive_button: {
          text: { type: 'plain_text', text: '👍' },
          accessibility_label: 'This answer helped',
          value: slackFeedbackValue('up', answerId, line),
        },
        negative_button: {
          text: { type: 'plain_text', text: '👎' },
          accessibility_label: 'This answer is wrong or not what I asked',
          value: slackFeedbackValue('down', answerId, line),
        },
      },
    ],
  };
}

/**
 * Adds 👍/👎 under the last page of an answer, or, when that page already has Slack's maximum of
 * blocks, as a small message of its own after it. Pages are returned new; the input is not changed.
 */
export function withSlackFeedback(
  pages: SlackMessage[],
  feedback: { answerId: string; line: string } | undefined,
): SlackMessageWithFeedback[] {
  if (!feedback || pages.length === 0) return pages;
  const block = slackFeedbackBlock(feedback.answerId, feedback.line);
  const last = pages[pages.length - 1] as SlackMessage;
  if (last.blocks.length < MAX_BLOCKS)
    return [...pages.slice(0, -1), { ...last, blocks: [...last.blocks, block] }];
  return [...pages, { text: 'Was this answer useful?', blocks: [block] }];
}

/**
 * Adds a row with 👍 and 👎 buttons to a Discord answer page, when it has a free row. `id` is the short
 * id the adapter stored the answer's reference under (custom ids allow 100 characters).
 */
export function withDiscordFeedback(page: DiscordMessage, id: string | undefined): DiscordMessage {
  if (!id || page.components.length >= MAX_ACTION_ROWS) return page;
  const row: DiscordActionRow = {
    type: 1,
    components: (['up', 'down'] as const).map((vote) => ({
      type: 2 as const,
      style: 2 as const,
      label: vote === 'up' ? '👍' : '👎',
      custom_id: `${DISCORD_FEEDBACK_PREFIX}:${vote}:${id}`.slice(0, MAX_CUSTOM_ID),
    })),
  };
  return { ...page, components: [...page.components, row] };
}
