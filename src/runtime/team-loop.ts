import { createHmac, randomBytes } from 'node:crypto';
import type { Answer } from '../answer.ts';
import type { OutcomeEvent } from '../commands/dispatch.ts';
import { cleanInput, parseLine } from '../commands/input.ts';
import { resolveEntry } from '../commands/resolve-entry.ts';
import type { CommandContext } from '../commands/types.ts';
import type { StoreConfig } from '../config-store.ts';
import type { EntryKind } from '../corpus/types.ts';
import { newErrorId } from '../errors.ts';
import type { Logger } from '../log.ts';
import { answerQuestion } from '../search/answer-question.ts';
import { parseTextRef } from '../search/identifiers.ts';
import { openStore } from '../store/open-store.ts';
import type { DownvoteReason, Store } from '../store/types.ts';

/** Commands whose argument is a free question: their answers and refusals are what the report counts. */
export const QUESTION_COMMANDS: readonly string[] = ['ask', 'search'];
/** How often the retention purge runs while the bot is up (and once at start). */
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What a feedback button carries: enough to say later what was rated. */
export interface FeedbackRef {
  /** A fresh id per answer shown: one vote per person per id. */
  answerId: string;
  /** The line that produced the answer. */
  line: string;
}

/** Options of {@link TeamLoop}. */
export interface TeamLoopOptions {
  store: Store;
  logger: Logger;
  /** Keep the text of declined and rated questions. */
  recordQuestions: boolean;
  /** Hash channel and user ids before they are stored. */
  hashIds: boolean;
  retentionDays: number;
  /** Key of the id hash; made once per database and shared by replicas when not given. */
  hashKey: string;
  now?: () => number;
}

/**
 * The team loop: records what was asked and not answered, and people's votes on answers, the way the
 * configuration allows (question text or not, ids hashed or not, for so many days). Every method
 * swallows and logs database failures: a vote or a record lost is better than an answer not given.
 */
export class TeamLoop {
  readonly store: Store;
  private readonly options: TeamLoopOptions;
  private readonly now: () => number;

  constructor(options: TeamLoopOptions) {
    this.options = options;
    this.store = options.store;
    this.now = options.now ?? Date.now;
  }

  /** Opens the configured database (migrating it) and the team loop over it. */
  static async open(config: StoreConfig, logger: Logger): Promise<TeamLoop> {
    const store = await openStore(config.database);
    const hashKey = await store.secret('id-hash');
    return new TeamLoop({
      store,
      logger,
      recordQuestions: config.recordQuestions,
      hashIds: config.hashIds,
      retentionDays: config.retentionDays,
      hashKey,
    });
  }

  /** A platform id as stored: a keyed hash (not reversible without the database's key) unless configured off. */
  storedId(platform: string, id: string): string {
    if (!this.options.hashIds) return id;
    return createHmac('sha256', this.options.hashKey).update(`${platform}:${id}`).digest('hex').slice(0, 32);
  }

  /**
   * Dispatch's outcome hook: counts answered and declined questions per day, and keeps the text of a
   * declined one. Other commands, user errors, failures and rate-limit refusals are not questions.
   */
  readonly onOutcome = async ({ line, answer, outcome, requester }: OutcomeEvent): Promise<void> => {
    if (!QUESTION_COMMANDS.includes(answer.command)) return;
    if (outcome !== 'answered' && outcome !== 'not-found') return;
    const platform = requester?.platform ?? 'terminal';
    const declined = outcome === 'not-found';
    await this.store.recordOutcome({
      platform,
      command: answer.command,
      declined,
      ...(declined && this.options.recordQuestions ? { question: questionOf(line) } : {}),
      ...(requester?.channel ? { channel: this.storedId(platform, requester.channel) } : {}),
      ...(requester?.user ? { user: this.storedId(platform, requester.user) } : {}),
    });
  };

  /** A reference for the feedback buttons of an answer, or undefined when it gets none (errors, help). */
  feedbackFor(answer: Answer, line: string): FeedbackRef | undefined {
    if (!answer.ok || answer.command === 'help') return undefined;
    return { answerId: randomBytes(6).toString('hex'), line };
  }

  /**
   * Records a vote, resolving what was rated (the question, the entry and passages that answered it) from
   * the current corpus. Returns whether it was new, changed or the same as before.
   */
  async vote(
    ref: FeedbackRef,
    vote: 'up' | 'down',
    who: { platform: string; user: string; channel?: string },
    ctx: CommandContext,
  ): Promise<'new' | 'changed' | 'same'> {
    const question = questionOf(ref.line);
    const command = commandOf(ref.line, ctx);
    const found = command === 'ask' ? answerQuestion(question, ctx.index, ctx.answer) : undefined;
    const entry = found?.found ? found.entry.id : entryOf(command, argsOf(ref.line, ctx), ctx);
    return this.store.recordVote({
      answerId: ref.answerId,
      user: this.storedId(who.platform, who.user),
      platform: who.platform,
      ...(who.channel ? { channel: this.storedId(who.platform, who.channel) } : {}),
      vote,
      command,
      ...(this.options.recordQuestions ? { question: command === 'ask' ? question : ref.line } : {}),
      ...(entry ? { entry } : {}),
      passages: found?.found ? found.passages.map((p) => p.passage.id) : [],
    });
  }

  /** Adds the modal's reason and comment to a person's down-vote. */
  explain(
    answerId: string,
    who: { platform: string; user: string },
    reason: DownvoteReason,
    comment?: string,
  ): Promise<boolean> {
    return this.store.explainVote(
      answerId,
      this.storedId(who.platform, who.user),
      reason,
      this.options.recordQuestions ? comment : undefined,
    );
  }

  /**
   * Where a channel's answers go by default, read from the database on every request so a change on one
   * replica applies on all at once. A database failure means private: the safe default.
   */
  async visibility(platform: string, channel: string): Promise<'private' | 'channel'> {
    try {
      return (await this.store.channelSettings(platform, channel)).visibility;
    } catch (err) {
      this.options.logger.warn('channel settings unavailable', { errorId: newErrorId(), error: String(err) });
      return 'private';
    }
  }

  /** Deletes what is older than the retention period. */
  async purge(): Promise<number> {
    return this.store.purge(this.now() - this.options.retentionDays * DAY_MS);
  }

  /** Purges now and then every {@link PURGE_INTERVAL_MS}; returns the function that stops it. */
  startPurging(intervalMs = PURGE_INTERVAL_MS): () => void {
    const run = () =>
      void this.purge().catch((err: unknown) =>
        this.options.logger.error('retention purge failed', { errorId: newErrorId(), error: String(err) }),
      );
    run();
    const timer = setInterval(run, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** The question a line asks: its argument text, whatever command or prefix it came with. */
export function questionOf(line: string): string {
  try {
    return parseLine(cleanInput(line), QUESTION_COMMANDS).args;
  } catch {
    return line.trim();
  }
}

/** The entry a lookup command's argument names (`/resolution 174`, `/outcome cable tax`), if any. */
function entryOf(command: string, args: string, ctx: CommandContext): string | undefined {
  if (command === 'resolution') {
    const ref = parseTextRef(args);
    return ctx.corpus.entries.find((e) => e.kind === ref?.kind && e.number === ref?.number)?.id;
  }
  if (command === 'outcome' || command === 'topic') {
    const kinds: EntryKind[] = command === 'outcome' ? ['outcome'] : ['topic', 'glossary', 'person', 'event'];
    return resolveEntry(args, kinds, ctx).entry?.id;
  }
  return undefined;
}

function argsOf(line: string, ctx: CommandContext): string {
  try {
    return parseLine(
      cleanInput(line),
      ctx.commands.map((c) => c.name),
    ).args;
  } catch {
    return '';
  }
}

function commandOf(line: string, ctx: CommandContext): string {
  try {
    return parseLine(
      cleanInput(line),
      ctx.commands.map((c) => c.name),
    ).name;
  } catch {
    return 'unknown';
  }
}
