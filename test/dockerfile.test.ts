import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from './helpers.ts';

// The image cannot be built here (no Docker daemon), so what can be checked without one is checked here.
describe('Dockerfile', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };

  it('installs without lifecycle scripts when they would run files the build context leaves out', () => {
    const needsScripts = Object.entries(pkg.scripts)
      .filter(([name]) => ['preinstall', 'install', 'postinstall', 'prepare'].includes(name))
      .some(([, command]) => ignored.some((dir) => dir !== '' && command.includes(`${dir}/`)));
    for (const line of dockerfile.split('\n').filter((l) => /\bnpm ci\b/.test(l))) {
      if (needsScripts) assert.match(line, /--ignore-scripts/, line);
    }
  });

  it('runs as the unprivileged node user, with a health check and the production dependencies only', () => {
    assert.match(dockerfile, /^FROM node:20-slim/m);
    assert.match(dockerfile, /^USER node$/m);
    assert.match(dockerfile, /^HEALTHCHECK /m);
    assert.match(dockerfile, /--omit=dev/);
    assert.ok(ignored.includes('.env'), '.env must stay out of the image');
  });
});
