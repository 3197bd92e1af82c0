import { buildReport, DEFAULT_REPORT_DAYS, formatReport } from '../commands/team-report.ts';
import type { Config } from '../config-types.ts';
import { prepare } from '../runtime/prepare.ts';
import { openStore } from '../store/open-store.ts';
import { parseFlags } from './flags.ts';

/** Longest period a report may cover, in days. */
export const MAX_REPORT_DAYS = 3650;

/**
 * `confbot report [--days N] [--json]`: reads the configured database (the same DATABASE_URL the bot
 * uses) and prints the report. Returns a usage message instead of running when the arguments are wrong.
 */
export async function runReport(
  args: readonly string[],
  config: Config,
  write: (text: string) => void,
): Promise<{ usage: string } | undefined> {
  const needsDays = `--days needs a whole number from 1 to ${MAX_REPORT_DAYS}`;
  const parsed = parseFlags(args, {
    options: { json: { type: 'boolean' }, days: { type: 'string' } },
    maxPositionals: 0,
    needs: { days: needsDays },
    unknown: (arg) => `report: unknown argument "${arg}"`,
  });
  if (typeof parsed === 'string') return { usage: parsed };
  const { json, days: rawDays } = parsed.values;
  let days = DEFAULT_REPORT_DAYS;
  if (rawDays !== undefined) {
    if (!/^\d{1,5}$/.test(rawDays) || Number(rawDays) < 1 || Number(rawDays) > MAX_REPORT_DAYS)
      return { usage: needsDays };
    days = Number(rawDays);
  }
  const [ctx, store] = await Promise.all([prepare(config), openStore(config.store.database)]);
  try {
    const report = await buildReport(store, ctx, { days });
    write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  } finally {
    await store.close();
  }
  return undefined;
}
