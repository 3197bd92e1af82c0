import type { DatabaseLocation } from '../config-store.ts';
import { ConfbotError } from '../errors.ts';
import { openSqlStore, type SqlStoreOptions } from './sql-store.ts';
import type { Store } from './types.ts';

/**
 * Opens the configured database and brings its schema up to date: SQLite in a file (the folder is made
 * when missing), or PostgreSQL. Each driver is loaded only when used. Fails with a `config-invalid`
 * error naming DATABASE_URL (never its content, which may hold a password) when it cannot connect.
 */
export async function openStore(location: DatabaseLocation, options: SqlStoreOptions = {}): Promise<Store> {
  try {
    if (location.kind === 'sqlite') {
      const { openSqlite } = await import('./sqlite-driver.ts');
      return await openSqlStore(openSqlite(location.path), options);
    }
    const { openPostgres } = await import('./postgres-driver.ts');
    return await openSqlStore(openPostgres(location.url), options);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const where = location.kind === 'sqlite' ? `the SQLite file ${location.path}` : 'the PostgreSQL server';
    throw new ConfbotError('config-invalid', `DATABASE_URL: cannot open ${where}: ${reason}`, { cause: err });
  }
}
