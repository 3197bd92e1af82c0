import SearchableMap from 'minisearch/SearchableMap';
import { type Answer, makeAnswer } from '../answer.ts';
import { isUserError, newErrorId } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { ConversationMemory } from './conversation-memory.ts';
import { cleanInput, inputTooLong, MAX_INPUT_CHARS, parseLine, RAW_INPUT_ALLOWANCE } from './input.ts';
import type { Limiter } from './limiter.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/** Who asked, for logs and rate limits: a platform and opaque user and channel ids. */
export interface Requester {
  platform: string;
  user?: string;
  channel?: string;
  /** Ties every log line of one request together; a fresh one is made when absent. */
  requestId?: string;
  /** The thread or DM the line was sent in (a Slack thread ts, a DM channel): for follow-ups. */
  conversation?: string;
}

/** What {@link dispatch} needs besides the line. */
export interface DispatchOptions {
  ctx: CommandContext;
  logger: Logger;
  requester?: Requester;
  /** Refuses, politely, a user or channel asking faster than the configured limits. */
  limiter?: Limiter;
  /**
   * Level of the one line logged per request (id, command, latency, outcome): `info` for the chat
   * platforms, `debug` by default so the terminal and the CLI stay quiet.
   */
  requestLogLevel?: 'info' | 'debug';
  /** Longest line accepted once cleaned (`INPUT_MAX_CHARS`); {@link MAX_INPUT_CHARS} by default. */
  maxInputChars?: number;
  /** Remembers each conversation's last question, so a follow-up in a thread or DM is understood. */
  memory?: ConversationMemory;
  /**
   * Told how each request ended, after it is answered (the team loop records declined questions here).
   * A failure of the hook is logged, never shown to the user.
   */
  onOutcome?: (event: OutcomeEvent) => void | Promise<void>;
}

/** What {@link DispatchOptions.onOutcome} is told about one request. */
export interface OutcomeEvent {
  line: string;
  answer: Answer;
  outcome: Outcome;
  requester?: Requester;
}

/** How a request ended, as logged. */
export type Outcome = 'answered' | 'not-found' | 'user-error' | 'rate-limited' | 'failed';

/**
 * Answers one line of user input. Never throws: user mistakes become a plain `ok: false` answer, and
 * any other failure is logged with an id that the apology repeats, so support can find it.
 */
export async function dispatch(line: string, options: DispatchOptions): Promise<Answer> {
  const started = performance.now();
  const requestId = options.requester?.requestId ?? newErrorId();
  const log = options.logger.child({
    requestId,
    platform: options.requester?.platform,
    user: options.requester?.user,
    channel: options.requester?.channel,
  });
  const { answer, outcome } = await answerLine(line, { ...options, logger: log });
  // An unknown command's name is whatever the user typed after the slash: user text, which the log
  // only carries when LOG_QUERIES allows (as `line`, redacted otherwise).
  const known = answer.command === 'help' || options.ctx.commands.some((c) => c.name === answer.command);
  log[options.requestLogLevel ?? 'debug']('request', {
    command: known ? answer.command : 'unknown',
    outcome,
    ms: Math.round((performance.now() - started) * 10) / 10,
    line,
  });
  if (options.onOutcome) {
    try {
      await options.onOutcome({
        line,
        answer,
        outcome,
        ...(options.requester ? { requester: options.requester } : {}),
      });
    } catch (err) {
      log.error('recording the outcome failed', { errorId: newErrorId(), error: String(err) });
    }
  }
  return answer;
}

async function answerLine(
  line: string,
  { ctx, logger, requester, limiter, memory, maxInputChars = MAX_INPUT_CHARS }: DispatchOptions,
): Promise<{ answer: Answer; outcome: Outcome }> {
  if (limiter && requester) {
    const verdict = await limiter.take(requester);
    if (!verdict.allowed) return { answer: slowDown(verdict), outcome: 'rate-limited' };
  }
  let command = 'unknown';
  try {
    // Refused before any cleaning: raw text far over the cap costs nothing more than its length check.
    if (line.length > maxInputChars * RAW_INPUT_ALLOWANCE) throw inputTooLong(line.length, maxInputChars);
    const cleaned = cleanInput(line, maxInputChars);
    const parsed = parseLine(
      cleaned,
      ctx.commands.map((c) => c.name),
    );
    command = parsed.name;
    const own = ctx.commands.find((c) => c.name === parsed.name);
    // "/decision 5": a name another command answers, run as that command with the name as its first word.
    const host = own ? undefined : ctx.commands.find((c) => c.answersAs?.includes(parsed.name));
    const definition = own ?? host;
    if (!definition) return { answer: unknownCommand(parsed.name, ctx.commands), outcome: 'user-error' };
    if (host) command = host.name;
    const args = host ? `${parsed.name} ${parsed.args}`.trim() : parsed.args;
    const conversing = withConversation(ctx, requester, memory);
    // "Resolution 185 is the IoT one, right?": a line that starts with a command's name but is no lookup
    // that command can answer is a question.
    const asked = parsed.bare ? ctx.commands.find((c) => c.name === 'ask') : undefined;
    if (asked) {
      const lookup = (words: string) =>
        runCommand(definition, words, conversing).catch((err: unknown) => {
          if (isUserError(err)) return undefined;
          throw err;
        });
      const looked = await lookup(args);
      // Only an exact lookup answers before the question does: a closest match may be another thing.
      if (looked?.ok && !looked.approximate) return { answer: looked, outcome: 'answered' };
      const answer = await runCommand(asked, cleaned, conversing);
      // The question finds nothing: the lookup's closest match, labelled as such, or its "no such
      // resolution, nearest: …", says more than a decline. "Resolution 186 was about satellite orbits,
      // right?": that "no such resolution" is of the reference the line opens with, not of the whole claim
      // after it; a reference the corpus has is no answer to the claim made of it.
      const reference = LEADING_REFERENCE.exec(args)?.[0];
      const missing =
        !answer.ok && reference !== undefined && !looked?.ok ? await lookup(reference) : undefined;
      // "Resolution 185 is the cybersecurity one, isn't it?": the corpus has the text, so "no resolution
      // matches '185 is the …'" would be false; the question's own decline stands.
      const fallback = missing === undefined ? looked : missing.ok ? undefined : missing;
      if (!answer.ok && fallback)
        return { answer: fallback, outcome: fallback.ok ? 'answered' : 'not-found' };
      command = asked.name;
      return { answer, outcome: answer.ok ? 'answered' : 'not-found' };
    }
    const answer = await runCommand(definition, args, conversing);
    return { answer, outcome: answer.ok ? 'answered' : 'not-found' };
  } catch (err) {
    if (isUserError(err)) {
      const answer = makeAnswer({
        ok: false,
        command,
        title: 'Cannot answer that',
        body: [err.message],
        suggestions: ['/help'],
      });
      return { answer, outcome: 'user-error' };
    }
    const id = newErrorId();
    logger.error('command failed', {
      errorId: id,
      command,
      error: err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err),
    });
    return { answer: apology(command, id), outcome: 'failed' };
  }
}

/**
 * The context a command runs in, with the conversation's memory when the line came from a thread or a
 * DM. The key holds platform, channel, thread and user: nothing is shared across any of them.
 */
function withConversation(
  ctx: CommandContext,
  requester: Requester | undefined,
  memory: ConversationMemory | undefined,
): CommandContext {
  if (!memory || !requester?.conversation) return ctx;
  const key = [
    requester.platform,
    requester.channel ?? '',
    requester.conversation,
    requester.user ?? '',
  ].join('\u0000');
  return {
    ...ctx,
    conversation: { previous: memory.get(key), remember: (previous) => memory.set(key, previous) },
  };
}

/** The short apology for a failure on our side, naming the id it was logged with. */
export function apology(command: string, errorId: string): Answer {
  return makeAnswer({
    ok: false,
    command,
    title: 'Something went wrong',
    body: [
      `Sorry, something went wrong on my side (error id ${errorId}). It has been logged; please try again.`,
    ],
  });
}

/** The polite refusal when a user or a channel asks faster than the limits allow. */
export function slowDown(verdict: { scope: 'user' | 'channel'; retryAfterMs: number }): Answer {
  const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
  const who = verdict.scope === 'user' ? 'You are asking' : 'This channel is asking';
  return makeAnswer({
    ok: false,
    command: 'rate-limited',
    title: 'One moment, please',
    body: [`${who} faster than I can keep up with. Please try again in ${seconds} s.`],
  });
}

/** Parses then runs one command; user errors from either propagate to the caller. */
export async function runCommand<A>(
  definition: CommandDefinition<A>,
  args: string,
  ctx: CommandContext,
): Promise<Answer> {
  return definition.run(definition.parse(args), ctx);
}

function unknownCommand(name: string, commands: readonly CommandDefinition[]): Answer {
  const typos = SearchableMap.from(commands.map((c) => [c.name, c])).fuzzyGet(name, 2);
  const near = commands
    .map((c) => ({
      c,
      d:
        c.name.startsWith(name) && name.length >= 2
          ? 0
          : (typos.get(c.name)?.[1] ?? Number.POSITIVE_INFINITY),
    }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d)
    .map((x) => `/${x.c.name}`);
  const shown = name === '' ? '/' : `/${name}`;
  return makeAnswer({
    ok: false,
    command: name,
    title: 'Unknown command',
    body: [
      `There is no ${shown} command.${near.length > 0 ? ` Did you mean ${near.join(' or ')}?` : ''} Type /help to see every command.`,
    ],
    suggestions: near.length > 0 ? near : ['/help'],
  });
}

/**
 * The number a bare lookup's words open with, when more follows it ("186 was about …", "190 (Busan,
 * 2014) - what is …", "decision 5 is …"), alone.
 */
const LEADING_REFERENCE = /^\s*(?:(?:decision|resolution|res)\.?\s+)?\d+\b(?=\s*[^\s\d])/iu;
