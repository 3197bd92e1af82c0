// Whether the compiled dist/ may run in place of the TypeScript sources: bin/confbot.js asks, and
// scripts/cold-start.mjs says which one it timed.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time (ms) of the files under `dir`, or 0 when it does not exist. */
function newest(dir) {
  let out = 0;
  let names;
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const d of names) {
    const path = join(dir, d.name);
    out = Math.max(out, d.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return out;
}

/**
 * True when dist/ (scripts/build-dist.mjs) was built after every file under src/ and commands/ and
 * tsconfig.json last changed, so it is the code the sources say; false when it is missing or older, or
 * when its link to the bundled corpus (dist/corpus) does not resolve: the compiled code finds the
 * corpus through it, and without it would refuse to start, where the sources still can.
 */
export function distIsFresh(root) {
  try {
    if (!statSync(join(root, 'dist', 'corpus')).isDirectory()) return false;
    const built = statSync(join(root, 'dist', 'BUILT')).mtimeMs;
    const sources = Math.max(
      newest(join(root, 'src')),
      newest(join(root, 'commands')),
      statSync(join(root, 'tsconfig.json')).mtimeMs,
    );
    return sources <= built;
  } catch {
    return false;
  }
}
