import { z } from 'zod';
import { ENTRY_KINDS, OUTCOME_STATUSES, TEXT_STATUSES } from './types.ts';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case, e.g. "resolution-174"');
const text = z.string().trim().min(1, 'must not be empty');
const idList = z.array(id);
const date = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date as YYYY-MM-DD, YYYY-MM or YYYY');

/** Fields every entry may have. */
const common = {
  id,
  kind: z.enum(ENTRY_KINDS),
  title: text,
  aliases: z.array(text).optional(),
  /** Ways people ask for what the entry says, in the asker's words (matched by `/ask`). */
  questions: z.array(text).optional(),
  fields: z.array(z.strictObject({ label: text, value: text })).optional(),
  related: idList.optional(),
};

/** Fields of entries that make statements and so must cite sources. */
const cited = {
  ...common,
  summary: text,
  sources: idList.min(1, 'must list at least one source'),
};

const numbered = {
  ...cited,
  // Optional: when the official title is not verified it is left out, never replaced by a placeholder.
  title: text.optional(),
  number: z.number().int().positive(),
  status: z.enum(TEXT_STATUSES),
  symbol: text.optional(),
};

/** Statuses one source can give an outcome: any but `disputed`, which is what several together make. */
const SOURCE_STATUSES = OUTCOME_STATUSES.filter((s) => s !== 'disputed');

/** What one source says became of an outcome whose sources disagree. */
const sourceStatus = z.strictObject({
  source: id,
  status: z.enum(SOURCE_STATUSES as [string, ...string[]]),
  says: text.optional(),
});

const outcome = z.strictObject({
  ...cited,
  status: z.enum(OUTCOME_STATUSES),
  statuses: z.array(sourceStatus).min(2, 'must list at least two sources that disagree').optional(),
});

/** Front matter schema for each kind; unknown fields are errors so that typos are caught. */
export const FRONT_MATTER_SCHEMAS = {
  resolution: z.strictObject(numbered),
  decision: z.strictObject(numbered),
  outcome: outcome.superRefine((o, ctx) => {
    if (o.status === 'disputed' && o.statuses === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'is disputed, so "statuses" must list what each source says',
      });
    const said = new Set((o.statuses ?? []).map((s) => s.status));
    if (o.statuses !== undefined && o.statuses.length >= 2 && said.size === 1)
      ctx.addIssue({
        code: 'custom',
        path: ['statuses'],
        message: `all say "${[...said][0]}": the sources agree, so use that status instead of disputed`,
      });
    if (o.status !== 'disputed' && o.statuses !== undefined)
      ctx.addIssue({ code: 'custom', path: ['statuses'], message: 'is only allowed with status: disputed' });
  }),
  topic: z.strictObject(cited),
  person: z.strictObject(cited),
  event: z.strictObject({ ...cited, date: date.optional() }),
  glossary: z.strictObject(cited),
  facts: z.strictObject(cited),
  source: z.strictObject({
    ...common,
    publisher: text,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    // Optional: many web pages show no date, and an invented one would be a false citation.
    date: date.optional(),
    author: text.optional(),
    /** Short publisher name for labels such as "(only OTI reports this)". */
    short: text.optional(),
  }),
} as const;

/** Schema of `corpus.yml`. */
export const CONFERENCE_SCHEMA = z.strictObject({
  name: text,
  short_name: text,
  description: text,
  /** First and last day (YYYY-MM-DD): what "after the conference closed" is checked against. */
  start: date.optional(),
  end: date.optional(),
});

/** Just enough to pick the schema for the rest. */
export const KIND_SCHEMA = z.object({ kind: z.enum(ENTRY_KINDS) });
