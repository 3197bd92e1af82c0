import type { Config } from '../config.ts';
import { prepare } from '../main.ts';
import { buildReport, DEFAULT_REPORT_DAYS, formatReport } from '../runtime/team-report.ts';
import { openStore } from '../store/open-store.ts';

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
  const json = args.includes('--json');
  let days = DEFAULT_REPORT_DAYS;
  const at = args.indexOf('--days');
  if (at >= 0) {
    const raw = args[at + 1] ?? '';
    if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_REPORT_DAYS)
      return { usage: `--days needs a whole number from 1 to ${MAX_REPORT_DAYS}` };
    days = Number(raw);
  }
  const unknown = args.filter((a, i) => a !== '--json' && a !== '--days' && !(at >= 0 && i === at + 1));
  if (unknown.length > 0) return { usage: `report: unknown argument "${unknown[0]}"` };
  const [ctx, store] = await Promise.all([prepare(config), openStore(config.store.database)]);
  try {
    const report = await buildReport(store, ctx, { days });
    write(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  } finally {
    await store.close();
  }
  return undefined;
}
