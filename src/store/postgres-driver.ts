import pg from 'pg';
import type { SqlDriver } from './driver.ts';

/** Connections one replica holds at most: confbot's queries are short, so a few are plenty. */
export const POSTGRES_POOL_SIZE = 5;
/** Advisory lock id taken while migrating (any constant; "confbot" in ASCII, truncated). */
const MIGRATION_LOCK = 0x636f6e66;

/** `?` placeholders as PostgreSQL's `$1, $2, ...`; confbot's SQL has no `?` inside literals. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** BIGINT (epoch ms, counts) as a JavaScript number: all of confbot's fit in 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** PostgreSQL through a `pg` pool. */
export function openPostgres(connectionString: string): SqlDriver {
  const pool = new pg.Pool({ connectionString, max: POSTGRES_POOL_SIZE, types });
  // An idle connection the server drops must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  const over = (q: pg.Pool | pg.PoolClient): Omit<SqlDriver, 'exclusive' | 'close'> => ({
    dialect: 'postgres',
    async all<T>(sql: string, params: readonly unknown[] = []) {
      return (await q.query(numberPlaceholders(sql), params as unknown[])).rows as T[];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      return (await q.query(numberPlaceholders(sql), params as unknown[])).rowCount ?? 0;
    },
  });
  const driver: SqlDriver = {
    ...over(pool),
    async exclusive<T>(fn: (tx: SqlDriver) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        const tx: SqlDriver = {
          ...over(client),
          exclusive: () => Promise.reject(new Error('nested exclusive sections are not supported')),
          close: async () => {},
        };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
  return driver;
}
