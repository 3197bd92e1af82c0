import { makeAnswer } from '../src/answer.ts';
import { defineAdminCommand } from '../src/commands/admin.ts';
import { userError } from '../src/errors.ts';
import { buildReport, DEFAULT_REPORT_DAYS } from '../src/runtime/team-report.ts';

/** Most declined questions and down-votes shown in chat; `confbot report` prints them all. */
const SHOWN = 10;

/** `/confbot report [days]` (admins): what people asked and did not get, answers marked wrong, answer rate. */
export default defineAdminCommand<{ days: number }>({
  name: 'report',
  description: 'Admins: questions not answered, answers marked wrong, and the answer rate',
  usage: '/confbot report [days]',
  option: {
    name: 'days',
    description: `How many days back (default ${DEFAULT_REPORT_DAYS})`,
    required: false,
  },
  parse(raw) {
    if (raw === '') return { days: DEFAULT_REPORT_DAYS };
    if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1)
      throw userError('bad-argument', 'Days must be a whole number, e.g. 7.');
    return { days: Number(raw) };
  },
  async run({ days }, { ctx, store }) {
    const report = await buildReport(store, ctx, { days });
    const declined = report.declined.slice(0, SHOWN).map((d) => ({
      group: 'Asked and not answered',
      label: `${d.count} x ${d.question}`,
      detail: d.nearest ? `nearest: ${d.nearest.label} (${d.nearest.command})` : 'no entry is near',
    }));
    const downvoted = report.downvoted.slice(0, SHOWN).map((v) => ({
      group: 'Marked wrong',
      label: v.question ?? `/${v.command}`,
      detail: [v.reason ?? 'no reason given', v.comment, v.entry ? `entry ${v.entry}` : undefined]
        .filter(Boolean)
        .join('; '),
    }));
    const answered = report.days.reduce((n, d) => n + d.answered, 0);
    const refused = report.days.reduce((n, d) => n + d.declined, 0);
    const rate =
      answered + refused > 0 ? `${Math.round((100 * answered) / (answered + refused))}%` : 'no questions';
    return makeAnswer({
      ok: true,
      command: 'report',
      title: `Report: the last ${days} day(s)`,
      fields: [
        { label: 'Answer rate', value: rate },
        { label: 'Questions', value: `${answered} answered, ${refused} not` },
      ],
      body:
        declined.length + downvoted.length === 0
          ? ['Nothing declined or marked wrong in this period.']
          : ['Run `npx confbot report --json` on the server for the full list and the answer rate per day.'],
      items: [...declined, ...downvoted],
    });
  },
});
