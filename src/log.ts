/** Severity of a log line, in increasing order. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** A structured logger: one JSON object per line, so logs can be searched by error or request id. */
export interface Logger {
  debug(message: string, data?: Record<string, unknown>): void;
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
  /** A logger that adds `bindings` (a request id, a component) to every line it writes. */
  child(bindings: Record<string, unknown>): Logger;
}

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  level?: LogLevel;
  /**
   * Where lines go; standard error by default (through {@link streamSink}, so a closed pipe stops the
   * lines instead of throwing) so standard output stays the bot's replies.
   */
  write?: (line: string) => void;
  /**
   * Keep what users typed (`line`, `text`, `query`, `question` fields) in the logs. Off by default:
   * questions can be personal, and an operator has to opt in (`LOG_QUERIES=true`).
   */
  logQueries?: boolean;
  /** Exact secret values (tokens, signing secrets) to blank wherever they appear, even inside messages. */
  secrets?: readonly string[];
}

/** What a redacted value is replaced with. */
export const REDACTED = '[redacted]';

/** Field names whose values are credentials, at any depth. */
const SECRET_KEY = /token|secret|password|authorization|signature|cookie/i;
/** Field names whose values are user text, kept only with `logQueries`. */
const QUERY_KEYS = new Set(['line', 'text', 'query', 'question', 'content']);
/** Credentials recognisable by their shape, in case one reaches a message string. */
const TOKEN_SHAPE = /\b(?:xox[abposr]|xapp)-[\w-]+/g;

const sinks = new WeakMap<NodeJS.WritableStream, (line: string) => void>();

/**
 * A log sink on a stream that stops writing once the stream is gone. A closed pipe (a log reader that
 * went away, `confbot 2>&1 | head -n 1`) makes every write fail with EPIPE; without a listener that
 * failure is an uncaught exception, which the process guard logs to the same stream, which fails
 * again: a loop at thousands of lines a second that starves the bot. The listener ends the loop: the
 * first error marks the sink gone, and later lines are dropped. One sink per stream.
 */
export function streamSink(stream: NodeJS.WritableStream = process.stderr): (line: string) => void {
  const known = sinks.get(stream);
  if (known) return known;
  let gone = false;
  stream.on('error', () => {
    gone = true;
  });
  const sink = (line: string) => {
    if (gone || (stream as { destroyed?: boolean }).destroyed || stream.writable === false) return;
    try {
      stream.write(`${line}\n`);
    } catch {
      gone = true;
    }
  };
  sinks.set(stream, sink);
  return sink;
}

/** Creates a logger that drops lines below `level` and redacts secrets (and, by default, user text). */
export function createLogger({
  level = 'info',
  write = streamSink(process.stderr),
  logQueries = false,
  secrets = [],
}: LoggerOptions = {}): Logger {
  const known = secrets.filter((s) => s.length >= 4);
  const scrub = (s: string) => {
    let out = s.replace(TOKEN_SHAPE, REDACTED);
    for (const secret of known) out = out.split(secret).join(REDACTED);
    return out;
  };
  const clean = (value: unknown, key: string, depth: number): unknown => {
    if (SECRET_KEY.test(key) && value !== undefined) return REDACTED;
    if (!logQueries && QUERY_KEYS.has(key) && typeof value === 'string') return REDACTED;
    if (typeof value === 'string') return scrub(value);
    if (depth > 6 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => clean(v, '', depth + 1));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v, k, depth + 1)]));
  };
  const make = (bindings: Record<string, unknown>): Logger => {
    const log = (at: Exclude<LogLevel, 'silent'>) => (message: string, data?: Record<string, unknown>) => {
      if (ORDER[at] < ORDER[level]) return;
      const fields = clean({ ...bindings, ...data }, '', 0) as Record<string, unknown>;
      write(
        JSON.stringify({ time: new Date().toISOString(), level: at, message: scrub(message), ...fields }),
      );
    };
    return {
      debug: log('debug'),
      info: log('info'),
      warn: log('warn'),
      error: log('error'),
      child: (more) => make({ ...bindings, ...more }),
    };
  };
  return make({});
}

/** A logger that drops everything, for tests that do not look at logs. */
export const silentLogger: Logger = createLogger({ level: 'silent' });
