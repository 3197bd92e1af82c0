// Loads the command line's CommonJS bundle (dist/bundle/cli.cjs, built by scripts/build-dist.mjs) with
// V8's code cache, so a start does not compile zod and our code again: on Node 20 that is most of what
// a one-shot `confbot query` costs after Node's own start (docs/performance.md, "Cold start").
//
// Node 22 has this built in (module.enableCompileCache), which is used when present. On Node 20 the
// bundle is compiled here through node:vm with the cache V8 made at the end of an earlier run (so it
// holds the functions that run used, not only the top level). Only the bundle is cached: nothing else
// is hooked, so every other module loads as Node loads it. (v8-compile-cache, the package that did this
// for CommonJS, hooks every require and breaks the packages that Node 20.19+ loads with require(esm).)
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import vm from 'node:vm';

/**
 * Requires the bundle at `file`, compiled from its code cache when a fitting one exists. V8 checks a
 * cache against its own version, its flags and the source's length and refuses one that does not fit
 * (the bundle then compiles as usual). A cache is also named after the bundle's size and modification
 * time and V8's version, so a rebuilt bundle or another Node never even reads an old one.
 */
export function requireBundle(file) {
  const require = createRequire(file);
  if (typeof module.enableCompileCache === 'function') {
    module.enableCompileCache();
    return require(file);
  }
  const { size, mtimeMs } = statSync(file);
  const cacheFile = `${file}.${size}-${Math.trunc(mtimeMs)}-v8-${process.versions.v8}.cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(file, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, require, bundle, file, dirname(file));
  if (!cachedData) {
    // At exit, so the cache holds every function this run compiled. Best effort: a folder that cannot
    // be written (a read-only install) only means each start compiles the bundle.
    process.once('exit', () => {
      try {
        const temporary = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // Not writable: no cache.
      }
    });
  }
  return bundle.exports;
}
