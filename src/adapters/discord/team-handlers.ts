import {
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  LabelBuilder,
  type Message,
  MessageFlags,
  ModalBuilder,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { Answer } from '../../answer.ts';
import { PASSIVE_REPEAT_MS } from '../../commands/passive-lookups.ts';
import { newErrorId } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import { adminCommand } from '../../registry/admin-commands.ts';
import { renderDiscord } from '../../render/discord.ts';
import { DISCORD_FEEDBACK_PREFIX } from '../../render/feedback-actions.ts';
import type { ContextHolder } from '../../runtime/context-holder.ts';
import { DOWNVOTE_REASON_LABELS, DOWNVOTE_REASONS } from '../../store/types.ts';
import type { Intake } from '../intake.ts';
import type { TeamOptions } from '../team-options.ts';
import { readShared } from './shared-lines.ts';

/** How long a Discord answer's 👍/👎 keep working: the line they rate is kept this long, then purged. */
export const FEEDBACK_LINE_TTL_MS = 24 * 60 * 60 * 1000;
/** Custom id prefix of the "what was wrong?" modal: `confbot-feedback-reason:<answer id>`. */
export const FEEDBACK_MODAL_PREFIX = 'confbot-feedback-reason';
/** Longest comment the modal accepts. */
export const MAX_FEEDBACK_COMMENT = 500;

/** Who may run each admin command, checked when it runs as well as by `default_member_permissions`. */
export const ADMIN_PERMISSIONS: Readonly<Record<string, bigint>> = {
  report: PermissionFlagsBits.ManageGuild,
  settings: PermissionFlagsBits.ManageChannels,
};

interface TeamDeps {
  team: TeamOptions;
  contexts: ContextHolder;
  logger: Logger;
  /** The gate admin commands and passive lookups go through, as every other request does. */
  intake: Intake;
}

/**
 * The team loop on Discord: 👍/👎 buttons and the reason modal, the admin commands `/report` and
 * `/settings`, and passive lookups. {@link feedbackId} gives an answer its buttons' id;
 * {@link intercept} takes the interactions that are the team loop's before the ordinary handlers.
 */
export class DiscordTeam {
  private readonly pending = new Map<string, Promise<void>>();

  constructor(private readonly deps: TeamDeps) {}

  /**
   * The id for an answer's 👍/👎 (undefined when it gets none). The line it rates is stored under the id,
   * since Discord's 100-character custom ids cannot carry it; the write finishes before a click here is
   * handled, and with PostgreSQL any replica can read it.
   */
  feedbackId(answer: Answer, line: string): string | undefined {
    const ref = this.deps.team.loop.feedbackFor(answer, line);
    if (!ref) return undefined;
    const write = this.deps.team.loop.store
      .putLine(`feedback:${ref.answerId}`, line, FEEDBACK_LINE_TTL_MS)
      .catch((err: unknown) =>
        this.deps.logger.warn('feedback line not stored', { errorId: newErrorId(), error: String(err) }),
      )
      .finally(() => this.pending.delete(ref.answerId));
    this.pending.set(ref.answerId, write);
    return ref.answerId;
  }

  /** Handles the interaction when it is the team loop's; returns false to leave it to the others. */
  async intercept(interaction: Interaction): Promise<boolean> {
    if (interaction.isChatInputCommand() && adminCommand(interaction.commandName)) {
      await this.admin(interaction);
      return true;
    }
    if (interaction.isButton() && interaction.customId.startsWith(`${DISCORD_FEEDBACK_PREFIX}:`)) {
      await this.vote(interaction);
      return true;
    }
    if (interaction.isModalSubmit() && interaction.customId.startsWith(`${FEEDBACK_MODAL_PREFIX}:`)) {
      await this.reason(interaction);
      return true;
    }
    return false;
  }

  private async admin(interaction: ChatInputCommandInteraction): Promise<void> {
    const definition = adminCommand(interaction.commandName);
    if (!definition) return;
    const needed = ADMIN_PERMISSIONS[definition.name] ?? PermissionFlagsBits.Administrator;
    const raw = definition.option ? (interaction.options.getString(definition.option.name) ?? '') : '';
    const reply = await this.deps.intake.admin(
      definition,
      raw,
      {
        store: this.deps.team.loop.store,
        platform: 'discord',
        channel: interaction.channelId,
        user: interaction.user.id,
      },
      async () => interaction.inGuild() && interaction.memberPermissions?.has(needed) === true,
    );
    if (!reply) {
      const what = needed === PermissionFlagsBits.ManageGuild ? 'Manage Server' : 'Manage Channels';
      await interaction.reply({
        content: `Only members with the ${what} permission can run /${definition.name}, in a server.`,
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const [page] = renderDiscord(reply);
    if (!page) return;
    const { allowed_mentions: _, ...rest } = page;
    await interaction.reply({ ...rest, allowedMentions: { parse: [] }, flags: MessageFlags.Ephemeral });
  }

  private async vote(interaction: ButtonInteraction): Promise<void> {
    const [, vote, answerId = ''] = interaction.customId.split(':');
    if ((vote !== 'up' && vote !== 'down') || !/^[0-9a-f]{6,32}$/.test(answerId)) return;
    await this.pending.get(answerId);
    const { loop } = this.deps.team;
    const line = this.deps.team.shared
      ? await readShared(loop.store, `feedback:${answerId}`)
      : await loop.store.getLine(`feedback:${answerId}`);
    if (!line) {
      await interaction.reply({
        content: 'Voting on this answer has closed. Ask again for a fresh one.',
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    const result = await loop.vote(
      { answerId, line },
      vote,
      { platform: 'discord', user: interaction.user.id, channel: interaction.channelId },
      this.deps.contexts.current(),
    );
    if (vote === 'down') {
      // The modal is the private acknowledgement; closing it keeps the vote without a reason.
      await interaction.showModal(reasonModal(answerId));
      return;
    }
    const text =
      result === 'same'
        ? 'You already rated this answer 👍.'
        : result === 'changed'
          ? 'Changed your rating to 👍. Only you can see this.'
          : 'Thanks: noted that this answer helped. Only you can see this.';
    await interaction.reply({ content: text, flags: MessageFlags.Ephemeral });
  }

  private async reason(interaction: ModalSubmitInteraction): Promise<void> {
    const answerId = interaction.customId.split(':')[1] ?? '';
    const [picked] = interaction.fields.getStringSelectValues('reason');
    const reason = DOWNVOTE_REASONS.find((r) => r === picked) ?? 'other';
    const comment = interaction.fields.getTextInputValue('comment');
    await this.deps.team.loop.explain(
      answerId,
      { platform: 'discord', user: interaction.user.id },
      reason,
      comment || undefined,
    );
    await interaction.reply({
      content: 'Thanks: noted what was wrong, so the corpus can be fixed. Only you can see this.',
      flags: MessageFlags.Ephemeral,
    });
  }

  /** Passive lookups: a message naming a text, in a channel that turned them on, gets one card in reply. */
  async onMessage(message: Message, client: Client): Promise<void> {
    const me = client.user?.id;
    if (message.system || !message.inGuild()) return;
    if (me !== undefined && message.mentions.users.has(me)) return;
    const { store } = this.deps.team.loop;
    const card = await this.deps.intake.lookup(
      message.content,
      { platform: 'discord', user: message.author.id, channel: message.channelId },
      {
        bot: message.author.bot,
        enabled: async () => (await store.channelSettings('discord', message.channelId)).passive,
        fresh: async (entries) => {
          const fresh = [];
          for (const entry of entries) {
            const key = `discord:passive:${message.channelId}:${entry.id}`;
            if (!(await store.seenRecently(key, PASSIVE_REPEAT_MS))) fresh.push(entry);
          }
          return fresh;
        },
      },
    );
    if (!card) return;
    const [page] = renderDiscord(card);
    if (!page) return;
    const { allowed_mentions: _, ...rest } = page;
    await message.reply({ ...rest, allowedMentions: { parse: [], repliedUser: false } });
  }
}

/** The modal a 👎 opens: a reason to pick and an optional comment. */
function reasonModal(answerId: string): ModalBuilder {
  return new ModalBuilder()
    .setCustomId(`${FEEDBACK_MODAL_PREFIX}:${answerId}`)
    .setTitle('What was wrong?')
    .addLabelComponents(
      new LabelBuilder()
        .setLabel('The answer was')
        .setStringSelectMenuComponent(
          new StringSelectMenuBuilder()
            .setCustomId('reason')
            .addOptions(DOWNVOTE_REASONS.map((r) => ({ label: DOWNVOTE_REASON_LABELS[r], value: r }))),
        ),
      new LabelBuilder()
        .setLabel('Anything to add?')
        .setTextInputComponent(
          new TextInputBuilder()
            .setCustomId('comment')
            .setStyle(TextInputStyle.Paragraph)
            .setRequired(false)
            .setMaxLength(MAX_FEEDBACK_COMMENT),
        ),
    );
}
