import { type Dirent, type FSWatcher, readdirSync, watch } from 'node:fs';
import { join } from 'node:path';
import type { CommandContext } from '../commands/types.ts';
import { type CorpusLimits, DEFAULT_CORPUS_LIMITS } from '../corpus/limits.ts';
import type { Corpus } from '../corpus/types.ts';
import type { Logger } from '../log.ts';
import { createContext } from '../registry/registry.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { ContextHolder } from './context-holder.ts';
import { buildCorpusInWorker } from './corpus-build.ts';

/** Quiet time after the last change before reloading, so an editor's save (or a `git pull`) is one reload. */
export const RELOAD_DEBOUNCE_MS = 300;

/** What one reload did. */
export type ReloadResult =
  | { status: 'reloaded'; entries: number }
  | { status: 'rejected'; problems: string[] };

/** Options for {@link watchCorpus}. */
export interface CorpusWatchOptions {
  dir: string;
  holder: ContextHolder;
  logger: Logger;
  debounceMs?: number;
  /** Size limits per file and for the whole corpus; a reload over them keeps the last good corpus. */
  limits?: CorpusLimits;
  /**
   * Builds the context for a new corpus and the index the worker built for it; by default like the
   * current one (same commands and tuning).
   */
  build?: (corpus: Corpus, previous: CommandContext, index: SearchIndex) => CommandContext;
  /** Told of every reload, for tests and metrics. */
  onReload?: (result: ReloadResult) => void;
}

/** A running corpus watcher. */
export interface CorpusWatcher {
  /** Loads the folder now and swaps it in when valid; reloads never overlap. */
  reload(): Promise<ReloadResult>;
  close(): void;
}

/**
 * Watches a corpus folder and reloads it on change: the new corpus is size-checked, loaded, validated
 * and indexed in a worker thread while the old one keeps serving, then swapped in with one assignment.
 * A corpus that is invalid or over the size limits is not swapped in: the last good one stays, and each
 * problem is logged as `file:line: message`.
 */
export function watchCorpus({
  dir,
  holder,
  logger,
  debounceMs = RELOAD_DEBOUNCE_MS,
  limits = DEFAULT_CORPUS_LIMITS,
  build = (corpus, previous, index) =>
    createContext(corpus, {
      index,
      commands: previous.commands,
      ...(previous.answer ? { answer: previous.answer } : {}),
    }),
  onReload,
}: CorpusWatchOptions): CorpusWatcher {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<ReloadResult> | undefined;
  let again = false;

  const once = async (): Promise<ReloadResult> => {
    const started = performance.now();
    const built = await buildCorpusInWorker(dir, limits);
    let result: ReloadResult;
    if (built.status === 'rejected') {
      const lines = built.problems;
      for (const problem of lines) logger.warn('corpus reload rejected', { problem });
      logger.error('corpus reload rejected; still serving the last good corpus', {
        dir,
        problems: lines.length,
      });
      result = { status: 'rejected', problems: lines };
    } else {
      const { corpus, index } = built;
      holder.swap(build(corpus, holder.current(), index));
      logger.info('corpus reloaded', {
        dir,
        entries: corpus.entries.length,
        ms: Math.round(performance.now() - started),
      });
      result = { status: 'reloaded', entries: corpus.entries.length };
    }
    onReload?.(result);
    return result;
  };

  const reload = (): Promise<ReloadResult> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let result: ReloadResult;
      do {
        again = false;
        result = await once().catch((err: unknown) => {
          logger.error('corpus reload failed', { error: String(err) });
          return { status: 'rejected', problems: [String(err)] } as ReloadResult;
        });
      } while (again);
      running = undefined;
      return result;
    })();
    return running;
  };

  // One watch per folder, not one recursive watch: on Linux, Node 20's recursive watch follows each
  // file, and a file replaced by a rename (an editor's save, `git checkout`) is never seen again.
  // A folder's watch sees its files come and go by name. Folders are listed again before each
  // reload, so a new topic folder is watched too.
  const watchers = new Map<string, FSWatcher>();
  const changed = (_event: string, name: string | Buffer | null) => {
    // Only corpus files, or a name we cannot see: snapshots under .confbot/ and editor swap files are
    // not edits to the corpus.
    const file = name === null ? null : String(name);
    if (file !== null && !/\.(?:md|ya?ml)$/i.test(file) && file.includes('.')) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      refresh();
      void reload();
    }, debounceMs);
    timer.unref();
  };
  const refresh = () => {
    const folders = new Set(corpusFolders(dir));
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const w = watch(folder, changed);
        w.on('error', (err) => logger.error('corpus watch failed', { dir: folder, error: String(err) }));
        watchers.set(folder, w);
      } catch (err) {
        logger.error('cannot watch the corpus; changes need a restart', { dir: folder, error: String(err) });
      }
    }
    for (const [folder, w] of watchers) {
      if (folders.has(folder)) continue;
      w.close();
      watchers.delete(folder);
    }
  };
  refresh();
  logger.debug('watching the corpus', { dir, folders: watchers.size });
  return {
    reload,
    close: () => {
      clearTimeout(timer);
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}

/** A corpus folder and every folder below it, leaving out hidden ones (`.confbot/` snapshots, `.git`). */
function corpusFolders(dir: string): string[] {
  const out = [dir];
  let names: Dirent[];
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const d of names) {
    if (d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules')
      out.push(...corpusFolders(join(dir, d.name)));
  }
  return out;
}
