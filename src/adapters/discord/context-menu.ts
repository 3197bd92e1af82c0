import { type MessageContextMenuCommandInteraction, MessageFlags } from 'discord.js';
import type { Answer } from '../../answer.ts';
import { MESSAGE_ACTIONS, messageActionLine } from '../../commands/registry.ts';
import type { DiscordMessage } from '../../render/discord.ts';
import { type CompactAction, renderDiscordCompact } from '../../render/discord-compact.ts';
import { withDiscordFeedback } from '../../render/feedback-actions.ts';
import { beforeDeadline } from '../deadline.ts';

/** What a message command needs from the adapter. */
export interface MessageCommandDeps {
  /** Answers a line for the user who ran the command, in its channel. */
  answer: (line: string) => Promise<Answer>;
  /** Makes a button's `custom_id`, as the adapter's other cards do. */
  customId: (action: CompactAction, line: string) => string;
  /** How long to wait for the answer before deferring the reply (Discord allows 3 s). */
  deadlineMs: number;
  /** The id of the answer's 👍/👎 buttons, when it gets them (the team loop). */
  feedback?: (answer: Answer, line: string) => string | undefined;
}

/**
 * A message context-menu command ("Ask confbot about this", under Apps in a message's menu): the
 * message's text goes to the action's command, and the compact card is the public reply, opening with
 * a link to the message it answers. Discord includes the target message's content in the interaction,
 * so no MessageContent intent is needed; a message with no text gets a private note instead.
 */
export async function answerMessageCommand(
  interaction: MessageContextMenuCommandInteraction,
  { answer, customId, deadlineMs, feedback }: MessageCommandDeps,
): Promise<void> {
  const action = MESSAGE_ACTIONS.find((a) => a.name === interaction.commandName);
  const text = interaction.targetMessage.content.replace(/\s+/g, ' ').trim();
  if (!action || text === '') {
    await interaction.reply({
      content: action
        ? 'That message has no text I can read. Pick a message with a question in it.'
        : "That isn't one of my commands.",
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const line = messageActionLine(action, text);
  const pending = answer(line);
  const onTime = await beforeDeadline(pending, deadlineMs);
  if (!onTime) await interaction.deferReply();
  const reply = onTime ?? (await pending);
  const card = toDiscordJs(
    withDiscordFeedback(
      renderDiscordCompact(reply, { customId, ...(reply.ok ? { more: { line } } : {}) }),
      feedback?.(reply, line),
    ),
    `About ${interaction.targetMessage.url}`,
  );
  if (onTime) await interaction.reply(card);
  else await interaction.editReply(card);
}

/** The renderer speaks the API's snake_case; discord.js wants `allowedMentions`. */
function toDiscordJs(page: DiscordMessage, content: string) {
  const { allowed_mentions: _, content: shared, ...rest } = page;
  return { ...rest, content: [content, shared].filter(Boolean).join('\n'), allowedMentions: { parse: [] } };
}
