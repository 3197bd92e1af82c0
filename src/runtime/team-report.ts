import { commandFor, labelFor } from '../commands/entry-links.ts';
import type { CommandContext } from '../commands/types.ts';
import { answerQuestion } from '../search/answer-question.ts';
import type { Store } from '../store/types.ts';

/** Days a report covers when none is asked for. */
export const DEFAULT_REPORT_DAYS = 30;
/** Most declined questions and down-votes a report lists. */
export const REPORT_LIMIT = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The entry closest to a declined question: where an editor might add it to `questions:`. */
export interface NearestEntry {
  id: string;
  label: string;
  command: string;
}

/** The report's JSON contract (`confbot report --json`). */
export interface TeamReport {
  /** The period covered, in days back from now. */
  periodDays: number;
  declined: { question: string; count: number; lastAsked: string; nearest: NearestEntry | null }[];
  downvoted: {
    question: string | null;
    command: string;
    entry: string | null;
    passages: string[];
    reason: string | null;
    comment: string | null;
    platform: string;
    at: string;
  }[];
  /** Per day: answered and declined questions, and the share answered (null on a day with none). */
  days: { day: string; answered: number; declined: number; answerRate: number | null }[];
}

/**
 * What people asked and did not get, which answers they marked wrong, and the answer rate per day,
 * over the last `days` days. Each declined question names the entry nearest to it in the current corpus.
 */
export async function buildReport(
  store: Store,
  ctx: CommandContext,
  { days = DEFAULT_REPORT_DAYS, now = Date.now() }: { days?: number; now?: number } = {},
): Promise<TeamReport> {
  const since = now - days * DAY_MS;
  const [declined, downvoted, daily] = await Promise.all([
    store.declined(since, REPORT_LIMIT),
    store.downvoted(since, REPORT_LIMIT),
    store.days(since),
  ]);
  return {
    periodDays: days,
    declined: declined.map((d) => ({
      question: d.question,
      count: d.count,
      lastAsked: new Date(d.lastAsked).toISOString(),
      nearest: nearestEntry(d.question, ctx),
    })),
    downvoted: downvoted.map((v) => ({
      question: v.question ?? null,
      command: v.command,
      entry: v.entry ?? null,
      passages: v.passages,
      reason: v.reason ?? null,
      comment: v.comment ?? null,
      platform: v.platform,
      at: new Date(v.at ?? now).toISOString(),
    })),
    days: daily.map((d) => ({
      ...d,
      answerRate: d.answered + d.declined > 0 ? round(d.answered / (d.answered + d.declined)) : null,
    })),
  };
}

function nearestEntry(question: string, ctx: CommandContext): NearestEntry | null {
  const result = answerQuestion(question, ctx.index, ctx.answer);
  const entry = result.found ? result.entry : result.nearest[0];
  if (!entry) {
    const [hit] = ctx.index.searchEntries(question, { loose: true });
    if (!hit) return null;
    return { id: hit.entry.id, label: labelFor(hit.entry), command: commandFor(hit.entry) };
  }
  return { id: entry.id, label: labelFor(entry), command: commandFor(entry) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The report as plain text for the terminal: three short sections. */
export function formatReport(report: TeamReport): string {
  const lines = [`confbot report: the last ${report.periodDays} day(s)`, '', 'Asked and not answered:'];
  if (report.declined.length === 0) lines.push('  (none)');
  for (const d of report.declined) {
    const near = d.nearest ? `; nearest: ${d.nearest.label} (${d.nearest.command})` : '';
    lines.push(`  ${d.count} x  ${d.question}  (last ${d.lastAsked.slice(0, 16).replace('T', ' ')}${near})`);
  }
  lines.push('', 'Answers marked wrong:');
  if (report.downvoted.length === 0) lines.push('  (none)');
  for (const v of report.downvoted) {
    const what = v.question ?? `(${v.command})`;
    const why = [v.reason, v.comment].filter(Boolean).join(': ') || 'no reason given';
    lines.push(`  ${what}  [${v.entry ?? 'no entry'}]  ${why}`);
  }
  lines.push('', 'Answer rate per day:');
  if (report.days.length === 0) lines.push('  (no questions)');
  for (const d of report.days) {
    const rate = d.answerRate === null ? '-' : `${Math.round(d.answerRate * 100)}%`;
    lines.push(`  ${d.day}  ${rate}  (${d.answered} answered, ${d.declined} declined)`);
  }
  return lines.join('\n');
}
