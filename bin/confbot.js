#!/usr/bin/env node
// Entry point for `npm start` and `npx confbot`: registers tsx so the TypeScript sources run as they are,
// without a build step, then hands over to the CLI.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
