/** The reply to a command that arrives while the bot is shutting down and takes no new work. */
export const RESTARTING = 'confbot is restarting. Please ask again in a few seconds.';

/**
 * Counts the answers being worked on, so shutdown can stop taking new work and still finish what was
 * already accepted.
 */
export class InFlight {
  private count = 0;
  private accepting = true;
  private idle: (() => void)[] = [];

  /** Answers currently in progress. */
  get size(): number {
    return this.count;
  }

  /** False once shutdown began: adapters then leave new requests unanswered for another replica. */
  get isAccepting(): boolean {
    return this.accepting;
  }

  /**
   * Runs `work` counted as in flight. Returns undefined without running it when shutting down. Errors
   * propagate to the caller, who already handles them.
   */
  async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    if (!this.accepting) return undefined;
    this.count++;
    try {
      return await work();
    } finally {
      this.count--;
      if (this.count === 0) for (const resolve of this.idle.splice(0)) resolve();
    }
  }

  /** Stops accepting, then resolves true when nothing is in flight, or false after `timeoutMs`. */
  drain(timeoutMs: number): Promise<boolean> {
    this.accepting = false;
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref();
      this.idle.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
