import type { Store } from '../../store/types.ts';
import { LINE_TTL_MS, LineStore } from './line-store.ts';

/** How long a replica waits before looking again for a line another replica may still be writing. */
export const SHARED_LINE_RETRY_MS = 250;

/**
 * Reads a line another replica stored. Its write starts before the reply carrying the button is sent,
 * so it has almost always landed; a click that beats it is given one more look.
 */
export async function readShared(store: Store, key: string): Promise<string | undefined> {
  const first = await store.getLine(key);
  if (first !== undefined) return first;
  await new Promise((resolve) => setTimeout(resolve, SHARED_LINE_RETRY_MS));
  return store.getLine(key);
}

/** Where button lines are kept: this process's {@link LineStore}, or the database shared by replicas. */
export interface ButtonLines {
  put(line: string): string;
  get(id: string): string | undefined | Promise<string | undefined>;
}

/**
 * Button lines in the database, so a click that reaches another replica still finds its line. Each line
 * is also kept here, so a click on this replica needs no query; a write still in flight is awaited.
 */
export class SharedLines implements ButtonLines {
  private readonly local = new LineStore();
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    private readonly store: Store,
    private readonly onError: (err: unknown) => void,
  ) {}

  put(line: string): string {
    const id = this.local.put(line);
    const write = this.store
      .putLine(`button:${id}`, line, LINE_TTL_MS)
      .catch(this.onError)
      .finally(() => this.pending.delete(id));
    this.pending.set(id, write);
    return id;
  }

  /** Resolves when every line put so far is in the database. */
  async flush(): Promise<void> {
    await Promise.all(this.pending.values());
  }

  async get(id: string): Promise<string | undefined> {
    const here = this.local.get(id);
    if (here !== undefined) return here;
    await this.pending.get(id);
    return readShared(this.store, `button:${id}`);
  }
}
