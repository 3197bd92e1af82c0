import { type ParseArgsConfig, parseArgs } from 'node:util';

/** How one subcommand reads its arguments, for {@link parseFlags}. */
export interface FlagSpec<O extends NonNullable<ParseArgsConfig['options']>> {
  /** The flags, as `node:util` `parseArgs` takes them. */
  options: O;
  /** Most positional arguments the subcommand takes (0 for none); more is a usage error. */
  maxPositionals: number;
  /** What to say when a string flag has no value, by flag name ("--seed needs a folder"). */
  needs?: Partial<Record<keyof O & string, string>>;
  /** What to say about a flag or argument the subcommand does not know. */
  unknown: (arg: string) => string;
}

/** Parsed flags and positionals, the shape `parseArgs` returns. */
export type Parsed<O extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>
>;

/**
 * Reads a subcommand's arguments with `node:util` `parseArgs` (strict: unknown flags are errors, `--`
 * ends the flags) and turns its errors into the CLI's own wording, or returns that wording as a string.
 * Why our wording: the usage errors are part of the command line's contract, and parseArgs's messages
 * name its own syntax ("Option '--x <value>' argument missing").
 */
export function parseFlags<O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  spec: FlagSpec<O>,
): Parsed<O> | string {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: [...args], options: spec.options, allowPositionals: true, strict: true });
  } catch (err) {
    const { code, message } = err as { code?: string; message: string };
    const named = /'(-[^' <]*)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = named.replace(/^-+/, '') as keyof O & string;
      return spec.needs?.[name] ?? `${named} needs a value`;
    }
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return spec.unknown(named);
    throw err;
  }
  const extra = parsed.positionals[spec.maxPositionals];
  if (extra !== undefined) return spec.unknown(extra);
  return parsed;
}
