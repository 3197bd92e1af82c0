import { LRUCache } from 'lru-cache';
import type { Answer } from '../answer.ts';
import { cleanInput, MAX_INPUT_CHARS, parseLine, RAW_INPUT_ALLOWANCE } from '../commands/input.ts';
import type { CommandContext, CommandDefinition } from '../commands/types.ts';
import { COMMANDS } from '../registry/registry.ts';

/** Most answers one corpus context keeps; the least recently asked go first. */
export const DEFAULT_ANSWER_MEMO_MAX = 2000;

/** How long an answer is kept (one hour): a bound on memory, not on correctness. */
export const DEFAULT_ANSWER_MEMO_TTL_MS = 60 * 60 * 1000;

/** Options of {@link AnswerMemo}, each with a named default. */
export interface AnswerMemoOptions {
  /**
   * The commands whose answer depends on nothing but their argument text and the corpus context, so a
   * repeated line may be answered from memory. By default the bundled commands (`COMMANDS`): each reads
   * only its argument, the corpus and the index. A command outside the set always runs.
   */
  pure?: ReadonlySet<CommandDefinition>;
  /** Most answers kept per context; default {@link DEFAULT_ANSWER_MEMO_MAX}. */
  max?: number;
  /** Time to live of an answer; default {@link DEFAULT_ANSWER_MEMO_TTL_MS}. */
  ttlMs?: number;
}

/** Hits and misses since the memo was made, over every context. */
export interface AnswerMemoStats {
  hits: number;
  misses: number;
}

/**
 * Answers already given, per corpus context: the same command line of the same corpus gets the same
 * `Answer` object back without running the command again. Chat repeats itself (`/resolution 174` in a
 * busy channel), and a platform renderer can then keep its rendering of that object too.
 *
 * The memo sits behind the gate, not in front of it: `dispatch` still counts the request against the
 * rate limits, caps and cleans the line, logs it with its request id and reports its outcome; only the
 * command's own parse and run are skipped on a hit. What is kept:
 * - the answer of a command in `pure`, keyed by its name and its cleaned argument text;
 * - nothing for a line read in a conversation (a thread or DM follow-up depends on the question before);
 * - nothing when the command throws: a bad argument is refused with its message every time.
 * Each context has its own store, held weakly by that context: a corpus reload builds a new context, so
 * no answer outlives the corpus it came from.
 */
export class AnswerMemo {
  private readonly pure: ReadonlySet<CommandDefinition>;
  private readonly max: number;
  private readonly ttlMs: number;
  private readonly contexts = new WeakMap<CommandContext, Memoized>();
  private hits = 0;
  private misses = 0;

  constructor(options: AnswerMemoOptions = {}) {
    this.pure = options.pure ?? new Set(COMMANDS);
    this.max = options.max ?? DEFAULT_ANSWER_MEMO_MAX;
    this.ttlMs = options.ttlMs ?? DEFAULT_ANSWER_MEMO_TTL_MS;
  }

  /**
   * The context to dispatch in: `ctx` with each pure command answering a repeated argument from this
   * context's store. The same object for the same `ctx`, so the store lives as long as the context.
   */
  contextFor(ctx: CommandContext): CommandContext {
    return this.memoized(ctx).ctx;
  }

  /**
   * The answer `ctx` would give `line` from memory, or undefined. `line` is read as `dispatch` reads it
   * (capped at `maxInputChars`, cleaned, split into command and argument) with the same functions, so
   * a line it would refuse or route elsewhere is never found here. Counts as a hit when found.
   */
  recall(ctx: CommandContext, line: string, maxInputChars: number = MAX_INPUT_CHARS): Answer | undefined {
    const state = this.contexts.get(ctx);
    if (!state || line.length > maxInputChars * RAW_INPUT_ALLOWANCE) return undefined;
    let name: string;
    let args: string;
    try {
      ({ name, args } = parseLine(cleanInput(line, maxInputChars), state.names));
    } catch {
      return undefined;
    }
    const answer = state.pureNames.has(name) ? state.store.get(memoKey(name, args)) : undefined;
    if (answer) this.hits++;
    return answer;
  }

  /** Hits and misses so far (the bench and tests read them). */
  stats(): AnswerMemoStats {
    return { hits: this.hits, misses: this.misses };
  }

  private memoized(ctx: CommandContext): Memoized {
    let state = this.contexts.get(ctx);
    if (!state) {
      const store = new LRUCache<string, Answer>({ max: this.max, ttl: this.ttlMs, ttlAutopurge: false });
      // Copied by descriptor, not spread: the index may be a getter that builds it on first use.
      const memoized = Object.defineProperties({}, Object.getOwnPropertyDescriptors(ctx)) as CommandContext;
      memoized.commands = ctx.commands.map((c) => (this.pure.has(c) ? this.remembering(c, store) : c));
      state = {
        ctx: memoized,
        store,
        names: ctx.commands.map((c) => c.name),
        pureNames: new Set(ctx.commands.filter((c) => this.pure.has(c)).map((c) => c.name)),
      };
      this.contexts.set(ctx, state);
    }
    return state;
  }

  /**
   * `command`, answering from `store` when it can. Its parse moves into run, so a hit skips it, and a
   * miss still refuses a bad argument with the command's own message (the dispatcher catches both alike).
   */
  private remembering(command: CommandDefinition, store: LRUCache<string, Answer>): CommandDefinition {
    return {
      ...command,
      parse: (raw: string) => raw,
      run: async (raw, ctx) => {
        const args = raw as string;
        if (ctx.conversation) return command.run(command.parse(args), ctx);
        const key = memoKey(command.name, args);
        const known = store.get(key);
        if (known) {
          this.hits++;
          return known;
        }
        this.misses++;
        const answer = await command.run(command.parse(args), ctx);
        store.set(key, answer);
        return answer;
      },
    };
  }
}

/** One context's memo: the context commands run in, its answers, and its command names. */
interface Memoized {
  ctx: CommandContext;
  store: LRUCache<string, Answer>;
  names: string[];
  pureNames: ReadonlySet<string>;
}

/** The key of a command's answer: its name and its cleaned argument text. */
function memoKey(name: string, args: string): string {
  return `${name}\n${args}`;
}
