import { config as loadDotenv } from 'dotenv';
import { readConfig, secretsOf } from '../config.ts';
import { formatProblem } from '../corpus/load.ts';
// Each subcommand loads what only it needs (the checker, the eval, the manifest, the report) when it
// runs: a one-shot `confbot query` should not pay for them at start.
import { ConfbotError, newErrorId } from '../errors.ts';
import { createLogger } from '../log.ts';
import { prepare } from '../runtime/prepare.ts';
import { parseFlags } from './flags.ts';
import { runQuery } from './query.ts';

/** Minimum eval score for `confbot eval` to exit 0. */
export const EVAL_PASS_SCORE = 0.9;

const USAGE = `Usage:
  confbot                         start the bot (terminal chat when no Slack/Discord tokens are set)
  confbot chat                    the terminal chat
  confbot query [--json] [--explain] [LINE]
                                  answer LINE, or every line of standard input;
                                  --explain prints each /ask stage (understand, retrieve, verify, compose);
                                  a LINE starting with "-" goes after "--"
  confbot corpus check [DIR] [--strict] [--reference FILE [--seed DIR]]
                                  validate a corpus (default: the configured one); --strict
                                  also requires 3+ questions per entry; with --reference, every
                                  source URL must appear in FILE and every statement's numbers
                                  and names in FILE or the seed (default: FILE's ../seed)
  confbot corpus build [DIR]      index a corpus once and save the snapshot that start-up loads
                                  (DIR/.confbot/snapshot.json) while the corpus is unchanged
  confbot eval FILE.jsonl         score a question file
  confbot discord-register [--guild ID | --global] [--dry-run [--app ID]]
                                  register the Discord slash commands (bulk overwrite)
  confbot slack-manifest [--url https://HOST] [--json]
                                  print the Slack app manifest (Socket Mode unless --url)
  confbot report [--days N] [--json]
                                  what people asked and did not get, answers marked wrong,
                                  the answer rate per day (from DATABASE_URL; default 30 days)
  confbot help                    this text`;

/**
 * The `confbot` command line. Returns the exit code: 0 done, 1 failed (invalid corpus, low eval score,
 * bad configuration), 2 usage error. Never throws.
 */
export async function runCli(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  loadDotenv({ quiet: true });
  // A reader that stops early (`confbot query ... | head`) closes the pipe: that ends the output, quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const [command = 'start', ...rest] = argv;
  let logger = createLogger();
  try {
    const config = readConfig(env);
    logger = createLogger({
      level: config.logLevel,
      logQueries: config.ops.logQueries,
      secrets: secretsOf(config),
    });
    switch (command) {
      case 'start': {
        // The bot (platforms, store, runtime services) loads only when one starts.
        const { startBot } = await import('../main.ts');
        await startBot({ config, logger });
        return 0;
      }
      case 'chat': {
        const { startBot } = await import('../main.ts');
        await startBot({ config: { ...config, platforms: { slack: false, discord: false } }, logger });
        return 0;
      }
      case 'query': {
        // A line that starts with "-" goes after "--": `confbot query -- -5 votes?`.
        const args = parseFlags(rest, {
          options: { json: { type: 'boolean' }, explain: { type: 'boolean' } },
          maxPositionals: Number.POSITIVE_INFINITY,
          unknown: (arg) => `unknown query option "${arg}" (a line starting with "-" goes after "--")`,
        });
        if (typeof args === 'string') return usage(args);
        const words = args.positionals;
        // The index is restored only if the line needs it: "/resolution 174" does not.
        const ctx = await prepare(config, { lazyIndex: true });
        await runQuery({
          ctx,
          logger,
          json: args.values.json === true,
          explain: args.values.explain === true,
          ...(words.length > 0 ? { line: words.join(' ') } : {}),
        });
        return 0;
      }
      case 'corpus': {
        if (rest[0] === 'build') {
          const args = parseFlags(rest.slice(1), {
            options: {},
            maxPositionals: Number.POSITIVE_INFINITY,
            unknown: (arg) => `unknown corpus build option "${arg}"`,
          });
          if (typeof args === 'string') return usage(args);
          const [dir, extra] = args.positionals;
          if (extra !== undefined) return usage(`corpus build takes one folder, got "${dir}" and "${extra}"`);
          return await buildCorpusSnapshot(dir ?? config.corpusDir);
        }
        if (rest[0] !== 'check') return usage(`unknown corpus command "${rest[0] ?? ''}"`);
        const args = parseCheckArgs(rest.slice(1));
        if (typeof args === 'string') return usage(args);
        const dir = args.dir ?? config.corpusDir;
        const { checkCorpus } = await import('../corpus/check.ts');
        const { corpus, problems, untraced } = await checkCorpus({ ...args, dir });
        for (const p of problems) process.stdout.write(`${formatProblem(p)}\n`);
        if (untraced !== undefined)
          process.stdout.write(
            `reference check: ${untraced} statement(s) hold a number or name found in neither the reference nor the seed\n`,
          );
        if (!corpus || problems.length > 0) {
          process.stderr.write(`corpus check: ${problems.length} problem(s) in ${dir}\n`);
          return 1;
        }
        process.stdout.write(
          `corpus check: ok, ${corpus.entries.length} entries, ${corpus.passages.length} passages in ${dir}\n`,
        );
        return 0;
      }
      case 'eval': {
        const args = parseFlags(rest, {
          options: {},
          maxPositionals: 1,
          unknown: (arg) => `eval takes one question file, got "${arg}"`,
        });
        if (typeof args === 'string') return usage(args);
        const file = args.positionals[0];
        if (!file)
          return usage('eval needs a question file, e.g. npm run eval -- ../shared/eval/dev-questions.jsonl');
        const ctx = await prepare(config);
        const { botAnswerer, formatReport, readQuestions, runEval } = await import('../eval/run-eval.ts');
        const { baselineAnswerer } = await import('../eval/baseline.ts');
        const questions = await readQuestions(file);
        const report = await runEval(questions, botAnswerer(ctx, logger));
        const baseline = await runEval(questions, baselineAnswerer(ctx.corpus));
        process.stdout.write(`${formatReport(report, baseline)}\n`);
        return report.score >= EVAL_PASS_SCORE ? 0 : 1;
      }
      case 'slack-manifest': {
        const needsUrl = '--url needs the public https base URL of the bot';
        const args = parseFlags(rest, {
          options: { url: { type: 'string' }, json: { type: 'boolean' }, socket: { type: 'boolean' } },
          maxPositionals: 0,
          needs: { url: needsUrl },
          unknown: (arg) => `unknown slack-manifest option "${arg}"`,
        });
        if (typeof args === 'string') return usage(args);
        const { url, json, socket } = args.values;
        const socketMode = socket === true || url === undefined;
        if (url !== undefined && !/^https:\/\//.test(url)) return usage(needsUrl);
        const ctx = await prepare(config, { lazyIndex: true });
        const { buildSlackManifest } = await import('../adapters/slack/manifest.ts');
        const { stringify: stringifyYaml } = await import('yaml');
        const manifest = buildSlackManifest(
          ctx.commands,
          ctx.corpus.conference,
          socketMode ? { socketMode: true } : { socketMode: false, baseUrl: url as string },
        );
        process.stdout.write(json ? `${JSON.stringify(manifest, null, 2)}\n` : stringifyYaml(manifest));
        return 0;
      }
      case 'discord-register': {
        const needsGuild = '--guild needs a numeric guild id';
        const needsApp = '--dry-run needs --app ID or DISCORD_APP_ID';
        const args = parseFlags(rest, {
          options: {
            guild: { type: 'string' },
            global: { type: 'boolean' },
            'dry-run': { type: 'boolean' },
            app: { type: 'string' },
          },
          maxPositionals: 0,
          needs: { guild: needsGuild, app: needsApp },
          unknown: (arg) => `unknown discord-register option "${arg}"`,
        });
        if (typeof args === 'string') return usage(args);
        const { guild, global, 'dry-run': dryRun, app } = args.values;
        if (guild !== undefined && !/^\d{1,20}$/.test(guild)) return usage(needsGuild);
        const scope = global ? 'global' : (guild ?? config.discord?.guildId);
        if (!scope) return usage('discord-register needs --guild ID, --global, or DISCORD_GUILD_ID');
        const ctx = await prepare(config, { lazyIndex: true });
        const { registerCommands, registerPlan } = await import('../adapters/discord/register.ts');
        const where = scope === 'global' ? 'global' : { guildId: scope };
        if (dryRun) {
          const appId = app ?? config.discord?.appId;
          if (!appId || !/^\d{1,20}$/.test(appId)) return usage(needsApp);
          const plan = registerPlan(appId, ctx.commands, where);
          process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
          return 0;
        }
        if (!config.discord)
          return usage('discord-register needs DISCORD_TOKEN and DISCORD_APP_ID (or use --dry-run)');
        const done = await registerCommands(config.discord, ctx.commands, where);
        process.stdout.write(`registered ${done.registered} commands at ${done.route}\n`);
        return 0;
      }
      case 'report': {
        const { runReport } = await import('./report.ts');
        const wrong = await runReport(rest, config, (text) => process.stdout.write(text));
        return wrong ? usage(wrong.usage) : 0;
      }
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        return 0;
      default:
        return usage(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof ConfbotError && err.code !== 'internal') {
      process.stderr.write(`confbot: ${err.message}\n`);
      return 1;
    }
    // A platform refusing a token, a port in use: one clear line for the operator, details in the log.
    const id = newErrorId();
    const message = err instanceof Error ? err.message : String(err);
    logger.error('fatal', {
      errorId: id,
      error: err instanceof Error ? { message, stack: err.stack } : message,
    });
    process.stderr.write(`confbot: ${message.split('\n')[0]} (error id ${id})\n`);
    return 1;
  }
}

/** `confbot corpus build`: writes the snapshot and says where, how big and how long it took. */
async function buildCorpusSnapshot(dir: string): Promise<number> {
  const started = performance.now();
  const { buildSnapshot } = await import('../search/snapshot.ts');
  const built = await buildSnapshot(dir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const mb = (built.bytes / 1e6).toFixed(1);
  process.stdout.write(
    `corpus build: ${built.entries} entries, ${built.passages} passages -> ${built.file} (${mb} MB, key ${built.key.slice(0, 12)}, ${seconds} s)\n`,
  );
  return 0;
}

/** Reads `corpus check [DIR] [--strict] [--reference FILE] [--seed DIR]`, or says what is wrong. */
function parseCheckArgs(
  args: readonly string[],
): { dir?: string; reference?: string; seed?: string; requireQuestions: boolean } | string {
  const parsed = parseFlags(args, {
    options: { strict: { type: 'boolean' }, reference: { type: 'string' }, seed: { type: 'string' } },
    maxPositionals: Number.POSITIVE_INFINITY,
    needs: { reference: '--reference needs a file', seed: '--seed needs a folder' },
    unknown: (arg) => `unknown corpus check option "${arg}"`,
  });
  if (typeof parsed === 'string') return parsed;
  const [dir, extra] = parsed.positionals;
  if (extra !== undefined) return `corpus check takes one folder, got "${dir}" and "${extra}"`;
  const { strict, reference, seed } = parsed.values;
  if (seed && !reference) return '--seed goes with --reference FILE';
  return {
    requireQuestions: strict === true,
    ...(dir !== undefined ? { dir } : {}),
    ...(reference !== undefined ? { reference } : {}),
    ...(seed !== undefined ? { seed } : {}),
  };
}

function usage(problem: string): number {
  process.stderr.write(`confbot: ${problem}\n${USAGE}\n`);
  return 2;
}
