import type { CommandContext } from '../commands/types.ts';

/**
 * Holds the context commands answer from, so a reloaded corpus can replace it while the bot serves:
 * each request reads {@link current} once and keeps that snapshot to the end, and {@link swap} is a
 * single assignment, so no answer ever mixes two corpora.
 */
export class ContextHolder {
  private ctx: CommandContext;
  /** How many times the context was replaced since start. */
  generation = 0;

  constructor(ctx: CommandContext) {
    this.ctx = ctx;
  }

  /** The context to answer the next request from. */
  current(): CommandContext {
    return this.ctx;
  }

  /** Replaces the context for every later request. */
  swap(ctx: CommandContext): void {
    this.ctx = ctx;
    this.generation++;
  }
}

/** A fixed context or a holder of the current one; adapters accept either. */
export type ContextSource = CommandContext | ContextHolder;

/** A holder for `source`: the same holder, or a new one around a fixed context. */
export function holderOf(source: ContextSource): ContextHolder {
  return source instanceof ContextHolder ? source : new ContextHolder(source);
}
