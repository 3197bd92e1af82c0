import { makeAnswer } from '../src/answer.ts';
import { defineCommand } from '../src/commands/types.ts';

/** `/help [command]`: every command with an example, or one command in detail. */
export default defineCommand<{ command: string }>({
  name: 'help',
  description: 'Every command with an example',
  usage: '/help [command]',
  examples: ['/help', '/help ask'],
  option: { name: 'command', description: 'Optional: a command to explain', required: false },
  parse: (raw) => ({ command: raw.trim().replace(/^\//, '').toLowerCase() }),
  complete: (partial, ctx) =>
    ctx.commands
      .filter((c) => c.name.startsWith(partial.trim().replace(/^\//, '').toLowerCase()))
      .map((c) => ({ name: `/${c.name} - ${c.description}`, value: c.name })),
  run({ command }, ctx) {
    const { conference } = ctx.corpus;
    const one = ctx.commands.find((c) => c.name === command);
    if (one) {
      return makeAnswer({
        ok: true,
        command: 'help',
        title: `/${one.name}`,
        body: [one.description, `Usage: ${one.usage}`],
        items: one.examples.map((e) => ({ label: e, detail: '', command: e })),
      });
    }
    return makeAnswer({
      ok: true,
      command: 'help',
      title: `confbot: ${conference.name} (${conference.shortName})`,
      body: [
        ...(command !== '' ? [`There is no /${command.slice(0, 40)} command; here is what there is.`] : []),
        `I answer questions about ${conference.shortName} from a curated corpus and name my sources. Type a command, or just ask a question.`,
      ],
      // Each command by its first example, which is also what opens it: renderers show a command only
      // when it differs from the label, so the example is shown once.
      items: ctx.commands.map((c) => {
        const example = c.examples[0] ?? `/${c.name}`;
        return { label: example, detail: c.description, command: example };
      }),
    });
  },
});
