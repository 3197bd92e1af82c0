import type { Requester } from '../commands/dispatch.ts';
import type { Limiter } from '../commands/limiter.ts';
import { newErrorId } from '../errors.ts';
import type { Logger } from '../log.ts';

/**
 * CPU time one request is expected to cost (`REQUEST_CPU_BUDGET_MS`). A request that costs more
 * is logged and charged to its sender's rate allowance as that many requests, so costly inputs spend
 * the allowance fast: one sender cannot take more than about `limit x budget` of CPU per window.
 */
export const DEFAULT_CPU_BUDGET_MS = 25;

/** Where a request started: wall clock and the process's CPU time, for {@link CpuBudget.spent}. */
export interface CpuMark {
  wall: number;
  cpu: NodeJS.CpuUsage;
}

/** The per-request CPU budget of {@link Intake}: what a request over it is charged, and its log line. */
export class CpuBudget {
  constructor(
    private readonly budgetMs: number,
    private readonly logger: Logger,
  ) {}

  /** Marks the start of a request. */
  start(): CpuMark {
    return { wall: performance.now(), cpu: process.cpuUsage() };
  }

  /**
   * CPU milliseconds the process spent since `mark`. Answering is synchronous on the main thread, so over
   * one request this is that request's cost; unlike wall time it does not count time the machine gave to
   * other processes, so a busy host does not charge users for its own load. A request that took less
   * wall time than the budget cannot have spent more main-thread CPU than that, so it is not read again
   * (0): reading the process's CPU time sums every thread's, and under load each read cost the bot tens
   * of microseconds of CPU per Slack ack here (docs/slack.md, Throughput).
   */
  spent(mark: CpuMark): number {
    if (performance.now() - mark.wall <= this.budgetMs) return 0;
    const { user, system } = process.cpuUsage(mark.cpu);
    return (user + system) / 1000;
  }

  /** Logs a request that cost `ms`, when over the budget, and charges its sender for the excess. */
  charge(ms: number, requester: Requester, limiter: Limiter | undefined, command: string): void {
    if (ms <= this.budgetMs) return;
    const units = Math.ceil(ms / this.budgetMs) - 1;
    // A shared limiter charges through the database; a failure there must not fail the answer.
    Promise.resolve(limiter?.charge?.(requester, units)).catch((err: unknown) =>
      this.logger.error('charging the rate limit failed', {
        errorId: newErrorId(),
        error: String(err),
      }),
    );
    this.logger.warn('request over CPU budget', {
      command,
      ms: Math.round(ms * 10) / 10,
      budgetMs: this.budgetMs,
      charged: units,
      platform: requester.platform,
      user: requester.user,
    });
  }
}

/** An error as a log field: name, message and stack when it is an Error. */
export function describeError(err: unknown): unknown {
  return err instanceof Error ? { name: err.name, message: err.message, stack: err.stack } : String(err);
}
