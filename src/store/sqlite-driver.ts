import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SqlDriver } from './driver.ts';

/** How long a write waits for another process holding the file's lock before it fails. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * SQLite through better-sqlite3: synchronous calls behind the async driver interface. WAL lets readers
 * (`confbot report`) run beside a bot that writes; the busy timeout lets two processes share the file.
 */
export function openSqlite(path: string): SqlDriver {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const driver: SqlDriver = {
    dialect: 'sqlite',
    async all<T>(sql: string, params: readonly unknown[] = []) {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all(...params) as T[];
      statement.run(...params);
      return [];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      return db.prepare(sql).run(...params).changes;
    },
    async exclusive<T>(fn: (tx: SqlDriver) => Promise<T>) {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(driver);
        db.exec('COMMIT');
        return result;
      } catch (err) {
        db.exec('ROLLBACK');
        throw err;
      }
    },
    async close() {
      if (db.open) db.close();
    },
  };
  return driver;
}
