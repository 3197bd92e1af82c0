import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { dispatch } from '../commands/dispatch.ts';
import type { CommandContext } from '../commands/types.ts';
import { ConfbotError, userError } from '../errors.ts';
import type { Logger } from '../log.ts';
import { toJson } from '../render/json.ts';

/** One question of an eval file (the format of shared/eval/dev-questions.jsonl). */
export interface EvalQuestion {
  id: string;
  cat: string;
  line: string;
  ok: boolean;
  match: string;
}

/** The verdict on one question. */
export interface EvalOutcome {
  question: EvalQuestion;
  passed: boolean;
  /** Why it failed, for the report. */
  reason?: string;
  got: { ok: boolean; answer: string };
}

/** Scores by category and overall. */
export interface EvalReport {
  outcomes: EvalOutcome[];
  categories: { cat: string; passed: number; total: number }[];
  passed: number;
  total: number;
  score: number;
}

const QUESTION = z.object({
  id: z.string(),
  cat: z.string().default('other'),
  line: z.string(),
  ok: z.boolean(),
  match: z.string().default(''),
});

/** Reads a JSON-lines question file; a malformed line is a user error naming its line number. */
export async function readQuestions(path: string): Promise<EvalQuestion[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw userError('not-found', `cannot read the question file ${path}`);
  }
  const out: EvalQuestion[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      throw userError('bad-argument', `${path}:${i + 1}: not valid JSON`);
    }
    const parsed = QUESTION.safeParse(data);
    if (!parsed.success)
      throw userError('bad-argument', `${path}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    out.push(parsed.data);
  });
  return out;
}

/** Something that answers a line: the bot, or the baseline it is compared with. */
export type Answerer = (line: string) => Promise<{ ok: boolean; answer: string }>;

/** The bot as an {@link Answerer}: the real dispatcher; the answer sentence for `/ask`, else the reply text. */
export function botAnswerer(ctx: CommandContext, logger: Logger): Answerer {
  return async (line) => {
    const json = toJson(await dispatch(line, { ctx, logger, requester: { platform: 'eval' } }));
    return { ok: json.ok, answer: json.answer ?? json.text };
  };
}

/**
 * Asks every question and checks the reply: `ok` must be as expected, and for expected answers the
 * pattern must occur (case-insensitive) in the answer sentence for `/ask`, or in the reply text.
 */
export async function runEval(questions: readonly EvalQuestion[], answerer: Answerer): Promise<EvalReport> {
  const outcomes: EvalOutcome[] = [];
  for (const question of questions) {
    const got = await answerer(question.line);
    let reason: string | undefined;
    if (got.ok !== question.ok) reason = `expected ok=${question.ok}, got ok=${got.ok}`;
    else if (question.ok && question.match !== '') {
      let pattern: RegExp;
      try {
        pattern = new RegExp(question.match, 'i');
      } catch {
        throw new ConfbotError('bad-argument', `question ${question.id}: invalid pattern ${question.match}`);
      }
      if (!pattern.test(got.answer)) reason = `answer does not match /${question.match}/i`;
    }
    outcomes.push({ question, passed: reason === undefined, ...(reason ? { reason } : {}), got });
  }
  const cats = [...new Set(questions.map((q) => q.cat))];
  const categories = cats.map((cat) => {
    const inCat = outcomes.filter((o) => o.question.cat === cat);
    return { cat, passed: inCat.filter((o) => o.passed).length, total: inCat.length };
  });
  const passed = outcomes.filter((o) => o.passed).length;
  return {
    outcomes,
    categories,
    passed,
    total: outcomes.length,
    score: outcomes.length > 0 ? passed / outcomes.length : 0,
  };
}

/**
 * The report as printed by `npm run eval`: misses first, then per-category and overall scores, with
 * the baseline's score on the same questions beside them when given.
 */
export function formatReport(report: EvalReport, baseline?: EvalReport): string {
  const pct = (p: number, t: number) => `${t > 0 ? ((100 * p) / t).toFixed(1) : '0.0'}%`;
  const cell = (p: number, t: number) =>
    `${String(p).padStart(3)}/${String(t).padEnd(3)} ${pct(p, t).padStart(6)}`;
  const lines: string[] = [];
  for (const o of report.outcomes.filter((x) => !x.passed)) {
    lines.push(
      `MISS ${o.question.id} [${o.question.cat}] ${o.question.line}\n     ${o.reason}\n     got: ${o.got.answer.replace(/\s+/g, ' ').slice(0, 200)}`,
    );
  }
  if (lines.length > 0) lines.push('');
  if (baseline) lines.push(`${'category'.padEnd(10)} ${'confbot'.padEnd(14)} baseline`);
  const row = (name: string, p: number, t: number, b?: { passed: number; total: number }) =>
    `${name.padEnd(10)} ${cell(p, t)}${b ? `   ${cell(b.passed, b.total)}` : ''}`;
  for (const c of report.categories)
    lines.push(
      row(
        c.cat,
        c.passed,
        c.total,
        baseline?.categories.find((x) => x.cat === c.cat),
      ),
    );
  lines.push(row('overall', report.passed, report.total, baseline));
  return lines.join('\n');
}
