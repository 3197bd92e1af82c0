import { stat } from 'node:fs/promises';
import { relative, sep } from 'node:path';

/**
 * Each corpus file's size and modification time when a snapshot's key was taken, and a hash of what
 * else the key covers (`code`: format, indexing code and options). When every file still has its
 * stamp, the key still holds without reading and hashing every file again.
 */
export interface CorpusStamps {
  /** Hash of what the key covers besides the files. */
  code: string;
  /** When the files were stamped (ms since the epoch). */
  at: number;
  /** Path (relative, `/`-separated) -> `size:mtimeMs`, or `missing`. */
  files: Record<string, string>;
}

/**
 * A file modified this close before it was stamped (or after) is not trusted by its stamp: a write in
 * the same clock tick could leave size and time unchanged. Its corpus is then read to check the key.
 */
export const STAMP_MARGIN_MS = 2000;

/** Stamps a corpus's files. Take the stamps before reading the contents, so a later write shows. */
export async function stampFiles(dir: string, files: readonly string[], code: string): Promise<CorpusStamps> {
  const at = Date.now();
  const stats = await Promise.all(files.map((f) => stat(f).catch(() => undefined)));
  const stamped: Record<string, string> = {};
  files.forEach((f, i) => {
    const s = stats[i];
    stamped[relative(dir, f).split(sep).join('/')] = s ? `${s.size}:${s.mtimeMs}` : 'missing';
  });
  return { code, at, files: stamped };
}

/**
 * True when saved stamps still hold: the same code and options, the same files, each of the same size
 * and modification time, none modified within {@link STAMP_MARGIN_MS} of the stamping.
 */
export function stampsMatch(saved: CorpusStamps | undefined, now: CorpusStamps): boolean {
  if (!saved || saved.code !== now.code || typeof saved.at !== 'number') return false;
  const names = Object.keys(now.files);
  if (names.length !== Object.keys(saved.files).length) return false;
  return names.every((name) => {
    const stamp = saved.files[name];
    if (stamp === undefined || stamp !== now.files[name]) return false;
    // Absent then and now (an optional vocabulary.yml): the key hashed it as empty both times.
    if (stamp === 'missing') return true;
    const mtime = Number(stamp.slice(stamp.indexOf(':') + 1));
    return mtime < saved.at - STAMP_MARGIN_MS;
  });
}
