import { type Answer, makeAnswer } from '../answer.ts';
import { type AdminCommandDefinition, type AdminContext, runAdmin } from '../commands/admin.ts';
import { ConversationMemory } from '../commands/conversation-memory.ts';
import { apology, type DispatchOptions, dispatch, type Requester, slowDown } from '../commands/dispatch.ts';
import {
  cleanInput,
  inputTooLong,
  MAX_INPUT_CHARS,
  RAW_INPUT_ALLOWANCE,
  stripFormatChars,
} from '../commands/input.ts';
import type { Limiter } from '../commands/limiter.ts';
import { findReferences, passiveCard } from '../commands/passive-lookups.ts';
import type { Choice } from '../commands/types.ts';
import type { Entry } from '../corpus/types.ts';
import { isUserError, newErrorId } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { ContextHolder } from '../runtime/context-holder.ts';
import type { RateLimiter } from '../runtime/rate-limit.ts';
import { AnswerMemo } from './answer-memo.ts';
import { CpuBudget, DEFAULT_CPU_BUDGET_MS, describeError as describe } from './cpu-budget.ts';
import { answerRemembered } from './remembered.ts';

/**
 * Longest partly typed value autocomplete looks at. A suggestion's name is at most 100 characters on
 * Discord, so nothing longer can be completed; longer values get no suggestions and cost nothing.
 */
export const MAX_AUTOCOMPLETE_CHARS = 100;
/** Autocomplete requests one user may make per window when `AUTOCOMPLETE_RATE_LIMIT_USER` is not set. */
export const DEFAULT_AUTOCOMPLETE_PER_USER = 30;
/** The autocomplete rate window: Discord sends one request per keystroke, so a short window. */
export const AUTOCOMPLETE_WINDOW_MS = 10_000;
/** What {@link Intake} needs. */
export interface IntakeOptions {
  contexts: ContextHolder;
  logger: Logger;
  /**
   * Per-user and per-channel limits on answers; none when absent. Per process, or kept in PostgreSQL
   * so replicas share them (its `take` is then async).
   */
  limiter?: Limiter;
  /** Per-user limit on autocomplete requests; none when absent. */
  autocompleteLimiter?: RateLimiter;
  /** Longest cleaned line accepted (`INPUT_MAX_CHARS`). */
  maxInputChars?: number;
  /** See {@link DEFAULT_CPU_BUDGET_MS}. */
  cpuBudgetMs?: number;
  /** Each thread's or DM's last question, for follow-ups; a bounded one of its own by default. */
  memory?: ConversationMemory;
  /** Answers to repeated lines, per corpus context, behind the gate; one of its own by default. */
  memo?: AnswerMemo;
}

/** What a passive lookup needs from the adapter, which knows the channel's settings and its history. */
export interface LookupOptions {
  /** The message was posted by a bot (or by confbot itself): it is not read. */
  bot?: boolean;
  /** Whether the channel turned passive lookups on; asked only when the message names an entry. */
  enabled: () => Promise<boolean>;
  /**
   * The entries not shown in this channel lately, which it then marks as shown; asked once the rate
   * limits allowed the lookup.
   */
  fresh: (entries: readonly Entry[]) => Promise<Entry[]>;
}

/**
 * The one gate every platform entry point goes through (slash commands, autocomplete, mentions, DMs,
 * button values, admin commands, passive lookups): the input cap, the rate limits, the CPU budget,
 * bots ignored and one logged line with a request id per request, shared by the Slack and Discord
 * adapters so that no entry point can bypass them.
 */
export class Intake {
  private readonly maxInputChars: number;
  private readonly budget: CpuBudget;
  private readonly memory: ConversationMemory;
  /** Answers to repeated lines: what the gate lets through is answered once per line and corpus. */
  readonly memo: AnswerMemo;

  constructor(private readonly options: IntakeOptions) {
    this.memory = options.memory ?? new ConversationMemory();
    this.memo = options.memo ?? new AnswerMemo();
    this.maxInputChars = options.maxInputChars ?? MAX_INPUT_CHARS;
    this.budget = new CpuBudget(options.cpuBudgetMs ?? DEFAULT_CPU_BUDGET_MS, options.logger);
  }

  /**
   * Answers raw platform text. `prepare` (turning Slack markup or a Discord mention into plain text)
   * runs only on text within the raw cap; text over it goes to the dispatcher as it is, which refuses it
   * by its length alone. `onOutcome` is told how the request ended (the team loop records it). Never
   * throws.
   */
  async answer(
    raw: string,
    requester: Requester,
    prepare?: (raw: string) => string,
    onOutcome?: DispatchOptions['onOutcome'],
  ): Promise<Answer> {
    const { contexts, logger, limiter } = this.options;
    const line = prepare && raw.length <= this.maxInputChars * RAW_INPUT_ALLOWANCE ? prepare(raw) : raw;
    const ctx = contexts.current();
    // A line answered from memory costs microseconds: the same gate, without running the command again
    // or reading the CPU time (see remembered.ts and cpu-budget.ts).
    const remembered =
      requester.conversation === undefined ? this.memo.recall(ctx, line, this.maxInputChars) : undefined;
    if (remembered) {
      return answerRemembered(remembered, line, {
        ctx,
        logger,
        requester,
        requestLogLevel: 'info',
        ...(limiter ? { limiter } : {}),
        ...(onOutcome ? { onOutcome } : {}),
      });
    }
    const started = this.budget.start();
    const answer = await dispatch(line, {
      // Still counted, capped, logged and reported by dispatch; only a repeated line's command is not run.
      ctx: this.memo.contextFor(ctx),
      logger,
      requester,
      requestLogLevel: 'info',
      maxInputChars: this.maxInputChars,
      memory: this.memory,
      ...(limiter ? { limiter } : {}),
      ...(onOutcome ? { onOutcome } : {}),
    });
    // An unknown command's name is user text, which a warning must not carry.
    const known = ctx.commands.some((c) => c.name === answer.command);
    this.account(this.budget.spent(started), requester, limiter, known ? answer.command : 'unknown');
    return answer;
  }

  /**
   * Suggestions for a partly typed option value: none when the user asks too often, when the value is
   * longer than anything that can be completed, or when the command has no completion. Format and
   * control characters are removed first. Never throws: a failing completion is logged and offers none.
   */
  complete(commandName: string, partial: unknown, requester: Requester): Choice[] {
    const { contexts, logger, autocompleteLimiter } = this.options;
    if (autocompleteLimiter && !autocompleteLimiter.take(requester).allowed) return [];
    const value = typeof partial === 'string' ? partial : String(partial ?? '');
    if (value.length > MAX_AUTOCOMPLETE_CHARS) return [];
    const ctx = contexts.current();
    const definition = ctx.commands.find((c) => c.name === commandName);
    if (!definition?.complete) return [];
    const text = stripFormatChars(value).replace(/\p{Cc}/gu, ' ');
    const started = this.budget.start();
    try {
      return definition.complete(text, ctx);
    } catch (err) {
      logger.error('autocomplete failed', {
        errorId: newErrorId(),
        command: commandName,
        error:
          err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
      });
      return [];
    } finally {
      this.account(this.budget.spent(started), requester, autocompleteLimiter, `${commandName}:complete`);
    }
  }

  /**
   * A passive lookup: the card for the texts an ordinary channel message names, or undefined when
   * there is nothing to post. A bot's message is not read, and neither is text over the input cap. A
   * message that would get a card counts against its sender's and its channel's rate limits like a
   * question; over them, nothing is posted (nobody asked) and the refusal is logged. Each lookup that
   * finds something is logged with a request id. Never throws.
   */
  async lookup(raw: string, requester: Requester, options: LookupOptions): Promise<Answer | undefined> {
    if (options.bot) return undefined;
    const { contexts, limiter } = this.options;
    const started = performance.now();
    const log = this.requestLog(requester);
    const done = (outcome: string, level: 'info' | 'debug' = 'info', more: Record<string, unknown> = {}) =>
      log[level]('request', {
        command: 'lookup',
        outcome,
        ms: Math.round((performance.now() - started) * 10) / 10,
        ...more,
      });
    try {
      // Far over the cap: refused by its length alone, as dispatch refuses a question.
      if (raw.length > this.maxInputChars * RAW_INPUT_ALLOWANCE) {
        done('input-too-long', 'debug', { chars: raw.length });
        return undefined;
      }
      const ctx = contexts.current();
      const cpu = this.budget.start();
      let entries: Entry[];
      try {
        entries = findReferences(cleanInput(raw, this.maxInputChars), ctx.corpus);
      } catch (err) {
        if (!isUserError(err)) throw err;
        done(err.code, 'debug', { chars: raw.length });
        return undefined;
      }
      const spent = this.budget.spent(cpu);
      // Chatter that names nothing is not a request: it costs its sender nothing.
      if (entries.length === 0 || !(await options.enabled())) return undefined;
      if (limiter) {
        const verdict = await limiter.take(requester);
        if (!verdict.allowed) {
          done('rate-limited');
          return undefined;
        }
      }
      this.account(spent, requester, limiter, 'lookup');
      const fresh = await options.fresh(entries);
      if (fresh.length === 0) {
        done('repeat', 'debug');
        return undefined;
      }
      done('answered', 'info', { entries: fresh.map((e) => e.id) });
      return passiveCard(fresh, ctx.corpus);
    } catch (err) {
      log.error('passive lookup failed', { errorId: newErrorId(), error: describe(err) });
      return undefined;
    }
  }

  /**
   * Runs an admin command through the same gate as a question: the rate limits first, then
   * `authorize` (the platform's admin check, which may cost an API call, so it is not open to a flood),
   * then the input cap, the CPU budget and one logged line with a request id. Resolves to undefined when
   * `authorize` says no: the adapter answers with its own refusal. A bad argument is answered plainly;
   * any other failure is logged with an id that the apology names. Never throws.
   */
  async admin(
    definition: AdminCommandDefinition,
    raw: string,
    actx: Omit<AdminContext, 'ctx'>,
    authorize: () => Promise<boolean> = async () => true,
  ): Promise<Answer | undefined> {
    const { contexts, limiter } = this.options;
    const requester: Requester = {
      platform: actx.platform,
      user: actx.user,
      ...(actx.channel ? { channel: actx.channel } : {}),
    };
    const started = performance.now();
    const cpu = this.budget.start();
    const log = this.requestLog(requester);
    let answer: Answer | undefined;
    let outcome: string;
    try {
      const verdict = limiter ? await limiter.take(requester) : { allowed: true as const };
      if (!verdict.allowed) {
        answer = slowDown(verdict);
        outcome = 'rate-limited';
      } else if (!(await authorize())) {
        answer = undefined;
        outcome = 'forbidden';
      } else {
        if (raw.length > this.maxInputChars * RAW_INPUT_ALLOWANCE)
          throw inputTooLong(raw.length, this.maxInputChars);
        const args = raw.trim() === '' ? '' : cleanInput(raw, this.maxInputChars);
        answer = await runAdmin(definition, args, { ...actx, ctx: contexts.current() });
        outcome = answer.ok ? 'answered' : 'user-error';
      }
    } catch (err) {
      if (isUserError(err)) {
        answer = makeAnswer({
          ok: false,
          command: definition.name,
          title: 'Cannot do that',
          body: [err.message, `Usage: ${definition.usage}`],
        });
        outcome = 'user-error';
      } else {
        const errorId = newErrorId();
        log.error('command failed', { errorId, command: definition.name, error: describe(err) });
        answer = apology(definition.name, errorId);
        outcome = 'failed';
      }
    }
    log.info('request', {
      command: definition.name,
      outcome,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
    this.account(this.budget.spent(cpu), requester, limiter, definition.name);
    return answer;
  }

  /** The logger of one request: every line it writes carries the request id and who asked. */
  private requestLog(requester: Requester): Logger {
    return this.options.logger.child({
      requestId: requester.requestId ?? newErrorId(),
      platform: requester.platform,
      user: requester.user,
      channel: requester.channel,
    });
  }

  /** Logs a request over the CPU budget and charges its sender for the excess. */
  private account(ms: number, requester: Requester, limiter: Limiter | undefined, command: string): void {
    this.budget.charge(ms, requester, limiter, command);
  }
}
