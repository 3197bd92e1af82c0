import { contextFor } from './test/helpers.ts';
import { dispatch } from './src/commands/dispatch.ts';
import { silentLogger } from './src/log.ts';
const ctx = await contextFor();
const junk = (n: number, seed = 1) => { let s = ''; let x = seed; while (s.length < n) { x = (x * 1103515245 + 12345) & 0x7fffffff; s += String.fromCharCode(97 + (x % 26)); if (x % 9 === 0) s += ' '; } return s.slice(0, n); };
const oneToken = (n: number) => 'abcdefghijklmnopqrstuvwxyz'.repeat(Math.ceil(n / 26)).slice(0, n);
const words = (n: number) => 'the role of ITU in internet governance resolution council elections plenipotentiary cybersecurity member states budget '.repeat(20).slice(0, n);
const worst: Record<string, number> = {};
for (const name of ctx.commands.map((c) => c.name)) {
  for (const [label, v] of [['junk words', junk(960)], ['one token', oneToken(960)], ['real words', words(960)], ['short tokens', 'a b c d e f g h i j '.repeat(48)]] as const) {
    await dispatch(`/${name} ${v}`, { ctx, logger: silentLogger });
    const t = performance.now(); const a = await dispatch(`/${name} ${v}`, { ctx, logger: silentLogger }); const ms = performance.now() - t;
    console.log('dispatch', name, label, ms.toFixed(1), 'ms', a.ok, a.title.slice(0,30));
  }
}
