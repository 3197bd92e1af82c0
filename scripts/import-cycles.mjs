#!/usr/bin/env node
// Reports folder-level import cycles in the TypeScript sources, and exits 1 if there is any.
//
// Why: docs/development.md says each layer imports only from the layers below it. A cycle between
// two folders means that rule is broken somewhere, and such breaks are cheap to add and expensive to
// remove later, so the test suite runs this script (test/scripts/import-cycles.test.ts).
//
// A "module" here is a folder (src/commands, commands, src/adapters/slack ...). A file that sits
// directly in src/ (src/main.ts, src/config.ts) is its own module, because those files are at very
// different layers (config at the bottom, main at the top). Every relative import counts, `import type`
// and dynamic `import()` included: a type import still ties the two folders together.
//
// Usage: node scripts/import-cycles.mjs [--allow 'a <-> b'] [root ...]   (default roots: src commands)
// `--allow` names a known cycle (its modules joined by " <-> ", sorted) that is reported but does not
// fail the run, for a cycle someone is already removing; the test names each one and why.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const allowed = new Set();
const rootArgs = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--allow') allowed.add(args[++i]);
  else rootArgs.push(args[i]);
}
const roots = rootArgs.length > 0 ? rootArgs : ['src', 'commands'];

/** Every .ts file under a folder. */
function tsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The module a file belongs to, as a repository-relative path with forward slashes. */
function moduleOf(file) {
  const rel = relative(repo, file).split(sep).join('/');
  const dir = rel.slice(0, rel.lastIndexOf('/'));
  return dir === 'src' ? rel : dir;
}

// Static imports and re-exports (`from '...'`), side-effect imports and dynamic imports.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Strips comments so an example import in a comment does not count. */
function code(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const edges = new Map(); // module -> Map(module -> [ "file -> target" ])
for (const root of roots) {
  const abs = resolve(repo, root);
  for (const file of tsFiles(abs)) {
    const from = moduleOf(file);
    for (const match of code(readFileSync(file, 'utf8')).matchAll(IMPORT)) {
      const target = resolve(dirname(file), match[1]);
      if (!target.startsWith(repo + sep)) continue;
      const to = moduleOf(target);
      if (to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      const byTarget = edges.get(from);
      if (!byTarget.has(to)) byTarget.set(to, []);
      byTarget.get(to).push(`${relative(repo, file).split(sep).join('/')} -> ${match[1]}`);
    }
  }
}

// Tarjan's strongly connected components: every component with more than one module is a cycle.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const components = [];
function visit(node) {
  index.set(node, counter);
  low.set(node, counter);
  counter += 1;
  stack.push(node);
  onStack.add(node);
  for (const next of edges.get(node)?.keys() ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) {
      low.set(node, Math.min(low.get(node), index.get(next)));
    }
  }
  if (low.get(node) === index.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) components.push(component.sort());
  }
}
for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);

if (components.length === 0) {
  console.log(
    `No folder-level import cycle (${edges.size} modules with imports, roots: ${roots.join(', ')}).`,
  );
  process.exit(0);
}
const failing = components.filter((c) => !allowed.has(c.join(' <-> ')));
console.log(
  `${components.length} folder-level import cycle(s), ${components.length - failing.length} of them allowed:`,
);
for (const component of components) {
  const name = component.join(' <-> ');
  console.log(`\n  ${name}${allowed.has(name) ? '   (allowed: known, being removed)' : ''}`);
  const members = new Set(component);
  for (const from of component) {
    for (const [to, imports] of edges.get(from) ?? []) {
      if (!members.has(to)) continue;
      console.log(`    ${from} -> ${to}: ${imports.length} import(s), e.g. ${imports[0]}`);
    }
  }
}
process.exit(failing.length > 0 ? 1 : 0);
