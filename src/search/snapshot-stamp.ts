import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/*
 * A cheap freshness check in front of the snapshot key. The key hashes the content of every corpus file
 * and of the indexing code, which costs more than anything else a one-shot `confbot query` does once the
 * snapshot is read (docs/performance.md, "Cold start"). The stamp is a hash of each of those files'
 * metadata instead (size, modification and change times to the nanosecond, inode, device): a file
 * written, replaced, copied or moved gets a new change time or inode, so it changes the stamp. A stamp
 * file beside the snapshot records the key last computed for a stamp; while the stamp is the same, the
 * recorded key is used without reading the files, and any other stamp has the key computed from content.
 *
 * The one blind spot is the one git calls "racy": a file written again within the same timestamp tick
 * as the metadata that was recorded. As git does, a stamp is recorded only when every file is older than
 * RACY_MS, so a later write necessarily moves its times. This is the check make and rsync rely on,
 * tightened with the change time (which no tool can set back) and a margin larger than any file
 * system's timestamp granularity.
 */

/** Files changed more recently than this are too fresh for their times to vouch for their content. */
export const RACY_MS = 3000;

/** A stamp of a list of files. */
export interface Stamp {
  /** SHA-256 of the context and each file's path and metadata. */
  value: string;
  /** Some file changed within {@link RACY_MS}: the stamp must not be recorded. */
  racy: boolean;
}

/** The stamp of `files` (a missing file counts as missing), under a context such as format and options. */
export function stampFiles(files: readonly string[], context: string, now = Date.now()): Stamp {
  const hash = createHash('sha256').update(`${context}\0`);
  let racy = false;
  const recent = BigInt(now - RACY_MS) * 1_000_000n;
  for (const file of files) {
    const s = statSync(file, { bigint: true, throwIfNoEntry: false });
    if (!s) {
      hash.update(`${file}\0missing\0`);
      continue;
    }
    hash.update(`${file}\0${s.size}\0${s.mtimeNs}\0${s.ctimeNs}\0${s.ino}\0${s.dev}\0`);
    if (s.mtimeNs > recent || s.ctimeNs > recent) racy = true;
  }
  return { value: hash.digest('hex'), racy };
}

/** The key recorded in `file` for `stamp`, or undefined when there is none for it. */
export async function recordedKey(file: string, stamp: Stamp): Promise<string | undefined> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as { stamp?: unknown; key?: unknown };
    return record.stamp === stamp.value && typeof record.key === 'string' ? record.key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records `key` for `stamp` in `file`, atomically, unless the stamp is racy. Best effort: a folder that
 * cannot be written (a read-only image) only means the key is computed from content every time.
 */
export async function recordKey(file: string, stamp: Stamp, key: string): Promise<void> {
  if (stamp.racy) return;
  try {
    await mkdir(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify({ stamp: stamp.value, key })}\n`);
    await rename(temporary, file);
  } catch {
    // Not writable: nothing is recorded.
  }
}
