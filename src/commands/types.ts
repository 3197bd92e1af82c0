import type { Answer } from '../answer.ts';
import type { Corpus } from '../corpus/types.ts';
import type { AnswerCache } from '../search/answer-cache.ts';
import type { AskOptions, QuestionResult } from '../search/answer-question.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { Conversation } from './conversation-memory.ts';

/** What every command may use. Passed in, never imported, so tests can build their own. */
export interface CommandContext {
  corpus: Corpus;
  index: SearchIndex;
  /** All commands, for `/help` and did-you-mean. */
  commands: readonly CommandDefinition[];
  /** Tuning of `/ask`, when it differs from the defaults (the ablation script varies it). */
  answer?: Partial<AskOptions>;
  /** The thread or DM this request is in, when the platform has one: for follow-up questions. */
  conversation?: Conversation;
  /**
   * Answers to questions already asked of this corpus (`/ask`): built with the context, so a reload,
   * which builds a new context, starts it empty. Teams ask the same things.
   */
  answers?: AnswerCache<QuestionResult>;
}

/** The single text option a command takes, described once for every platform. */
export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** True when Discord should offer autocomplete for it. */
  autocomplete?: boolean;
}

/** One autocomplete suggestion: what the menu shows, and the argument text it fills in. */
export interface Choice {
  name: string;
  value: string;
}

/**
 * A platform-neutral command: it parses its argument text and returns an {@link Answer}. The same
 * definition feeds the terminal, Slack (manifest and handlers) and Discord (registration and handlers).
 */
export interface CommandDefinition<Args = unknown> {
  /** Name without the slash: `resolution`. */
  name: string;
  /** One line for menus and `/help` (Discord allows 100 characters). */
  description: string;
  /** How to call it: `/resolution <number>`. */
  usage: string;
  /** Example lines, each a full command. */
  examples: string[];
  /** The argument, when the command takes one. */
  option?: CommandOption;
  /**
   * Other names typed in text ("/decision 5" in the terminal or a mention) that this command answers, the
   * name kept as the argument's first word ("/resolution decision 5"). Not registered as slash commands.
   */
  answersAs?: readonly string[];
  /** Reads the argument text; throws a user error with a clear message when it cannot. */
  parse(raw: string): Args;
  /** Answers. May throw user errors; anything else is caught and logged by the dispatcher. */
  run(args: Args, ctx: CommandContext): Answer | Promise<Answer>;
  /**
   * Suggestions for a partly typed argument, best first. Must be fast (Discord allows 3 s and no
   * deferral) and never throw; platforms clip the list to their own limits.
   */
  complete?(partial: string, ctx: CommandContext): Choice[];
}

/** Declares a command with its argument type checked, for `export default defineCommand({...})`. */
export function defineCommand<Args>(definition: CommandDefinition<Args>): CommandDefinition<Args> {
  return definition;
}

/**
 * A command run on a message rather than typed: Slack's message shortcut and Discord's message
 * context-menu command. Declared once, so the Slack manifest and the Discord registration both list it.
 */
export interface MessageActionDefinition {
  /** Stable id: Slack's `callback_id` is `confbot_${id}`. Lower case, digits and `_`. */
  id: string;
  /** What the menu shows, in both platforms (Discord allows 32 characters, Slack 24). */
  name: string;
  /** One line for Slack's shortcut list (Slack allows 80 characters). */
  description: string;
  /** The command the message's text is given to, without the slash: `ask`. */
  command: string;
}
