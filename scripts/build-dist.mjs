#!/usr/bin/env node
// `npm run build`, also run by `npm install` / `npm ci` (the `prepare` script): compiles src/ and
// commands/ to dist/ with tsc, so `confbot` starts without tsx (a one-shot query in a fraction of the
// time), then bundles the command line from those sources with esbuild into dist/bundle/cli.cjs, one
// file instead of about two hundred modules (ours, zod's, yaml's), which is what bin/confbot.js runs.
// bin/confbot.js uses dist/ only while it is newer than every source file, and tsx otherwise, so
// a failed or skipped build never breaks anything: this script warns and exits 0 instead of failing
// an install (e.g. one without dev dependencies, where tsc and esbuild are absent). A failed bundle
// alone leaves the tsc output, which bin/confbot.js then runs. See docs/performance.md, "Cold start".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');

/**
 * Packages the bundle holds: pure JavaScript the command line loads on every start (stemmer is ESM only,
 * so it must be bundled into CommonJS). Everything else
 * (native modules, the platform SDKs, the large NLP data loaded on first use) stays in node_modules and
 * is loaded from there when needed, as the compiled files do.
 */
const BUNDLED_PACKAGES = new Set(['zod', 'yaml', 'minisearch', 'lru-cache', 'dotenv', 'stemmer']);
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
let tsc;
try {
  tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
} catch {
  console.warn('build: typescript is not installed; confbot will run through tsx');
  process.exit(0);
}
// The stamp gets the time the compile started: a source saved while tsc ran is then newer than the
// stamp, and bin/confbot.js falls back to tsx instead of running code built from the older text.
const started = new Date();
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
  stdio: 'inherit',
});
if (result.status !== 0 || !existsSync(join(dist, 'src', 'cli', 'main.js'))) {
  rmSync(dist, { recursive: true, force: true });
  console.warn('build: tsc failed; confbot will run through tsx');
  process.exit(0);
}
try {
  // The compiled code finds the bundled corpus beside it, as the sources do.
  mkdirSync(dist, { recursive: true });
  symlinkSync(join('..', 'corpus'), join(dist, 'corpus'), 'dir');
} catch (err) {
  rmSync(dist, { recursive: true, force: true });
  console.warn(`build: cannot link dist/corpus (${err.message}); confbot will run through tsx`);
  process.exit(0);
}
await bundle().catch((err) => {
  rmSync(join(dist, 'bundle'), { recursive: true, force: true });
  console.warn(`build: bundling failed (${err.message}); confbot will run the compiled files`);
});
// The stamp's time is what bin/confbot.js compares the sources' times with.
writeFileSync(join(dist, 'BUILT'), `${started.toISOString()}\n`);
utimesSync(join(dist, 'BUILT'), started, started);

/**
 * Bundles src/cli/main.ts into one CommonJS file, dist/bundle/cli.cjs. CommonJS because Node 20 keeps a
 * compile cache only for CommonJS (v8-compile-cache, which bin/confbot.js loads first; Node 22's
 * module.enableCompileCache covers both): with it, a start skips compiling zod and our code, the largest
 * cost left once the bundle spares resolving modules. What only some commands load (the bot, the
 * platforms, the eval) stays in the file but runs only when those commands import it. Each module's
 * `import.meta.url` is pointed at the file tsc compiled it to (dist/src/...), so the code finds the
 * corpus, its sources (the snapshot key) and the reload worker exactly as the compiled files do.
 */
async function bundle() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.warn('build: esbuild is not installed; confbot will run the compiled files');
    return;
  }
  const out = join(dist, 'bundle');
  await esbuild.build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    outfile: join(out, 'cli.cjs'),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Minified code is slower to start here: V8 compiles its wrapped functions eagerly.
    minify: false,
    logLevel: 'warning',
    // corpus-build.ts resolves tsx only when its worker is TypeScript, never from the bundle.
    logOverride: { 'empty-import-meta': 'silent' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    plugins: [
      {
        name: 'confbot-dist',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) => {
            if (args.path.startsWith('node:')) return { external: true };
            const name = args.path.startsWith('@')
              ? args.path.split('/').slice(0, 2).join('/')
              : args.path.split('/')[0];
            return BUNDLED_PACKAGES.has(name) ? undefined : { external: true };
          });
          build.onLoad({ filter: /\.ts$/ }, async (args) => {
            const { readFile } = await import('node:fs/promises');
            const source = await readFile(args.path, 'utf8');
            const compiled = relative(out, join(dist, relative(root, args.path)))
              .replace(/\\/g, '/')
              .replace(/\.ts$/, '.js');
            return {
              contents: source.replace(
                /\bimport\.meta\.url\b/g,
                `new URL(${JSON.stringify(compiled)}, __importMetaUrl).href`,
              ),
              loader: 'ts',
            };
          });
        },
      },
    ],
  });
}
