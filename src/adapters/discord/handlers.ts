import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type Message,
  MessageFlags,
} from 'discord.js';
import type { Answer } from '../../answer.ts';
import type { DispatchOptions } from '../../commands/dispatch.ts';
import { newErrorId } from '../../errors.ts';
import type { Logger } from '../../log.ts';
import {
  autocompleteChoices,
  type DiscordMessage,
  type DiscordRenderOptions,
  renderDiscord,
} from '../../render/discord.ts';
import {
  type CompactAction,
  type DiscordCompactOptions,
  renderDiscordCompact,
} from '../../render/discord-compact.ts';
import { withDiscordFeedback } from '../../render/feedback-actions.ts';
import type { ContextHolder } from '../../runtime/context-holder.ts';
import { type InFlight, RESTARTING } from '../../runtime/in-flight.ts';
import type { Limiter } from '../../runtime/shared-rate-limit.ts';
import { beforeDeadline } from '../deadline.ts';
import type { Intake } from '../intake.ts';
import { answerMessageCommand } from './context-menu.ts';
import type { ButtonLines } from './shared-lines.ts';

/** Discord wants a reply or a deferral within 3 s; answers take milliseconds, but never risk it. */
export const REPLY_DEADLINE_MS = 2000;
/** Most extra pages sent as follow-ups for one answer. */
export const MAX_FOLLOW_UPS = 4;
/** Prefix of every button id confbot issues: `confbot:<action>:<line id>`. */
export const CUSTOM_ID_PREFIX = 'confbot';

type ButtonAction = CompactAction;

interface HandlerDeps {
  contexts: ContextHolder;
  logger: Logger;
  lines: ButtonLines;
  limiter?: Limiter;
  /** Counts answers in progress so shutdown can finish them; new work is refused once it drains. */
  inflight: InFlight;
  /** The input cap, rate limits and CPU budget every entry point goes through. */
  intake: Intake;
  /** Told how each request ended (the team loop records declined questions). */
  onOutcome?: DispatchOptions['onOutcome'];
  /** The id of an answer's 👍/👎 buttons, when it gets them. */
  feedback?: (answer: Answer, line: string) => string | undefined;
  /** Takes the team loop's interactions (admin commands, votes, the reason modal) first. */
  intercept?: (interaction: Interaction) => Promise<boolean>;
  /** A channel's default visibility (its settings); private when absent. */
  visibility?: (channel: string) => Promise<'private' | 'channel'>;
}

/** Wires interactions (commands, autocomplete, buttons), mentions and DMs to the commands. */
export function registerHandlers(client: Client, deps: HandlerDeps): void {
  const { logger, inflight } = deps;
  client.on('interactionCreate', (interaction) => {
    if (!inflight.isAccepting) {
      // Discord never delivers an interaction twice: tell the user now rather than let it time out.
      if (interaction.isRepliable())
        void interaction.reply({ content: RESTARTING, flags: MessageFlags.Ephemeral }).catch(() => {});
      return;
    }
    void inflight
      .run(() => onInteraction(interaction, deps))
      .catch((err) => failed(err, interaction, logger));
  });
  client.on('messageCreate', (message) => {
    void inflight
      .run(() => onMessage(message, client, deps))
      .catch((err) => {
        logger.error('discord message failed', { errorId: newErrorId(), error: describe(err) });
      });
  });
}

async function onInteraction(interaction: Interaction, deps: HandlerDeps): Promise<void> {
  if (deps.intercept && (await deps.intercept(interaction))) return;
  if (interaction.isAutocomplete()) return complete(interaction, deps);
  if (interaction.isChatInputCommand()) return command(interaction, deps);
  if (interaction.isButton()) return button(interaction, deps);
  if (interaction.isMessageContextMenuCommand())
    return answerMessageCommand(interaction, {
      answer: (line) => answer(line, interaction.user.id, interaction.channelId, deps),
      customId: lineId(deps),
      deadlineMs: REPLY_DEADLINE_MS,
      ...(deps.feedback ? { feedback: deps.feedback } : {}),
    });
}

/** Autocomplete cannot be deferred: answer from the command's own suggestions, at once. */
async function complete(interaction: AutocompleteInteraction, { intake }: HandlerDeps): Promise<void> {
  const requester = { platform: 'discord', user: interaction.user.id };
  const choices = intake.complete(interaction.commandName, interaction.options.getFocused(), requester);
  await interaction.respond(autocompleteChoices(choices));
}

async function command(interaction: ChatInputCommandInteraction, deps: HandlerDeps): Promise<void> {
  const definition = deps.contexts.current().commands.find((c) => c.name === interaction.commandName);
  const value = definition?.option ? (interaction.options.getString(definition.option.name) ?? '') : '';
  const line = `/${interaction.commandName} ${value}`.trim();
  const pending = answer(line, interaction.user.id, interaction.channelId, deps);
  const onTime = await beforeDeadline(pending, REPLY_DEADLINE_MS);
  const reply = onTime ?? (await deferThen(interaction, pending));
  // A channel that chose "posted in the channel" gets answers in the open; refusals stay private, and so
  // does a deferred answer (its deferral was already private).
  const open =
    onTime !== undefined && reply.ok && (await deps.visibility?.(interaction.channelId)) === 'channel';
  const flags = open ? {} : { flags: MessageFlags.Ephemeral as const };
  // A compact card; "More" brings the full answer, to the clicker only.
  const card = cardFor(reply, line, deps, cardOptions(reply, line, deps, !open));
  if (onTime) await interaction.reply({ ...toDiscordJs(card), ...flags });
  else await interaction.editReply(toDiscordJs(card));
}

async function deferThen(
  interaction: ChatInputCommandInteraction,
  pending: Promise<Answer>,
): Promise<Answer> {
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  return pending;
}

async function button(interaction: ButtonInteraction, deps: HandlerDeps): Promise<void> {
  const [prefix, action, id] = interaction.customId.split(':');
  if (prefix !== CUSTOM_ID_PREFIX || !action || !id) {
    await interaction.reply({
      content: "That button isn't one of mine, so I can't act on it.",
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const line = await deps.lines.get(id);
  if (!line) {
    await interaction.reply({
      content: 'That button has expired. Run the command again for a fresh answer.',
      flags: MessageFlags.Ephemeral,
    });
    return;
  }
  const reply = await answer(line, interaction.user.id, interaction.channelId, deps);
  if (action === 'more') {
    // The full answer, to the clicker only: ephemeral, and the card it came from stays as it is.
    const [first, ...rest] = renderDiscord(reply, renderOptions(reply, line, deps));
    await interaction.reply({ ...toDiscordJs(first as DiscordMessage), flags: MessageFlags.Ephemeral });
    for (const page of rest.slice(0, MAX_FOLLOW_UPS)) {
      await interaction.followUp({ ...toDiscordJs(page), flags: MessageFlags.Ephemeral });
    }
    return;
  }
  // Only a real answer is shared; anything else (a rate-limit note, nothing found) is for the clicker alone.
  if (action === 'share' && reply.ok) {
    // A public reply to the click: everyone in the channel sees the card, and who shared it.
    const card = cardFor(reply, line, deps, {
      ...cardOptions(reply, line, deps, false),
      sharedBy: interaction.user.id,
    });
    await interaction.reply(toDiscordJs(card));
    return;
  }
  const card = cardFor(reply, line, deps, cardOptions(reply, line, deps));
  if (action === 'next' || action === 'previous') await interaction.update(toDiscordJs(card));
  else await interaction.reply({ ...toDiscordJs(card), flags: MessageFlags.Ephemeral });
}

async function onMessage(message: Message, client: Client, deps: HandlerDeps): Promise<void> {
  const me = client.user?.id;
  if (message.author.bot || message.author.id === me || message.system) return;
  const isDm = !message.inGuild();
  const mentioned = me !== undefined && message.mentions.users.has(me);
  if (!isDm && !mentioned) return;
  const withoutMe = (raw: string) =>
    raw
      .replace(new RegExp(`<@!?${me}>`, 'g'), ' ')
      .replace(/\s+/g, ' ')
      .trim() || '/help';
  // A DM or a thread is a conversation: a follow-up there is read against the question before it.
  const conversation = isDm || message.channel.isThread() ? message.channelId : undefined;
  const reply = await answer(
    message.content,
    message.author.id,
    message.channelId,
    deps,
    withoutMe,
    conversation,
  );
  const line = withoutMe(message.content);
  const card = cardFor(reply, line, deps, cardOptions(reply, line, deps, false));
  await message.reply({ ...toDiscordJs(card), allowedMentions: { parse: [], repliedUser: false } });
}

function answer(
  line: string,
  user: string,
  channel: string | null,
  { intake, onOutcome }: HandlerDeps,
  prepare?: (raw: string) => string,
  conversation?: string,
): Promise<Answer> {
  return intake.answer(
    line,
    { platform: 'discord', user, ...(channel ? { channel } : {}), ...(conversation ? { conversation } : {}) },
    prepare,
    onOutcome,
  );
}

/** Buttons carry short ids for their lines, kept in the line store. */
function lineId({ lines }: HandlerDeps) {
  return (action: ButtonAction, target: string) => `${CUSTOM_ID_PREFIX}:${action}:${lines.put(target)}`;
}

/** Options of the full answer ("More"): its own buttons, and Share where it is private. */
function renderOptions(
  reply: Answer,
  line: string,
  deps: HandlerDeps,
  shareable = true,
): DiscordRenderOptions {
  return { customId: lineId(deps), ...(shareable && reply.ok ? { share: { line } } : {}) };
}

/**
 * A card's buttons: "More" for every real answer; "Share" only where the card is private (an error is
 * nobody's business, and a card already in the channel needs no sharing).
 */
function cardOptions(
  reply: Answer,
  line: string,
  deps: HandlerDeps,
  shareable = true,
): DiscordCompactOptions {
  if (!reply.ok) return { customId: lineId(deps) };
  return { customId: lineId(deps), more: { line }, ...(shareable ? { share: { line } } : {}) };
}

/** The compact card, with a row of 👍/👎 under it when the answer gets feedback. */
function cardFor(
  reply: Answer,
  line: string,
  deps: HandlerDeps,
  options: DiscordCompactOptions,
): DiscordMessage {
  return withDiscordFeedback(renderDiscordCompact(reply, options), deps.feedback?.(reply, line));
}

/** The renderer speaks the API's snake_case; discord.js wants `allowedMentions`. */
function toDiscordJs(page: DiscordMessage) {
  const { allowed_mentions: _, ...rest } = page;
  return { ...rest, allowedMentions: { parse: [] } };
}

async function failed(err: unknown, interaction: Interaction, logger: Logger): Promise<void> {
  const id = newErrorId();
  logger.error('discord interaction failed', { errorId: id, error: describe(err) });
  if (!interaction.isRepliable()) return;
  const content = `Sorry, something went wrong on my side (error id ${id}). Please try again.`;
  try {
    if (interaction.replied || interaction.deferred)
      await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ content, flags: MessageFlags.Ephemeral });
  } catch (second) {
    logger.warn('discord apology failed', { errorId: id, error: describe(second) });
  }
}

function describe(err: unknown): Record<string, unknown> {
  return err instanceof Error
    ? { name: err.name, message: err.message, code: (err as { code?: unknown }).code }
    : { value: String(err) };
}
