import type { SqlDriver } from './driver.ts';

/**
 * The schema, as numbered steps applied in order and recorded in `schema_migrations`. Never edit a step
 * once released: add the next one. Times are epoch milliseconds (BIGINT), so both databases compare
 * them the same way; every statement is valid in SQLite and PostgreSQL alike.
 */
export const MIGRATIONS: readonly { version: number; name: string; statements: readonly string[] }[] = [
  {
    version: 1,
    name: 'team loop',
    statements: [
      'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)',
      // Short-lived keys shared by replicas: delivered event ids, passive lookups already answered.
      'CREATE TABLE seen_keys (key TEXT PRIMARY KEY, expires_at BIGINT NOT NULL)',
      'CREATE TABLE rate_windows (key TEXT PRIMARY KEY, started_at BIGINT NOT NULL, uses INTEGER NOT NULL)',
      'CREATE TABLE button_lines (id TEXT PRIMARY KEY, line TEXT NOT NULL, expires_at BIGINT NOT NULL)',
      `CREATE TABLE declined_questions (
        question_key TEXT NOT NULL, question TEXT NOT NULL, command TEXT NOT NULL, platform TEXT NOT NULL,
        channel TEXT, user_id TEXT, asked_at BIGINT NOT NULL)`,
      'CREATE INDEX declined_questions_asked ON declined_questions (asked_at)',
      `CREATE TABLE votes (
        answer_id TEXT NOT NULL, user_id TEXT NOT NULL, vote TEXT NOT NULL, reason TEXT, comment TEXT,
        command TEXT NOT NULL, question TEXT, entry TEXT, passages TEXT NOT NULL, platform TEXT NOT NULL,
        channel TEXT, voted_at BIGINT NOT NULL, PRIMARY KEY (answer_id, user_id))`,
      'CREATE INDEX votes_voted ON votes (voted_at)',
      `CREATE TABLE daily_outcomes (
        day TEXT NOT NULL, platform TEXT NOT NULL, answered INTEGER NOT NULL, declined INTEGER NOT NULL,
        PRIMARY KEY (day, platform))`,
      `CREATE TABLE channel_settings (
        platform TEXT NOT NULL, channel TEXT NOT NULL, visibility TEXT NOT NULL, passive INTEGER NOT NULL,
        updated_by TEXT NOT NULL, updated_at BIGINT NOT NULL, PRIMARY KEY (platform, channel))`,
    ],
  },
];

/** Applies every migration the database lacks, under a lock, so replicas starting together are safe. */
export async function migrate(driver: SqlDriver): Promise<number[]> {
  return driver.exclusive(async (tx) => {
    await tx.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)',
    );
    const done = new Set(
      (await tx.all<{ version: number }>('SELECT version FROM schema_migrations')).map((r) =>
        Number(r.version),
      ),
    );
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const sql of m.statements) await tx.run(sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        Date.now(),
      ]);
      applied.push(m.version);
    }
    return applied;
  });
}
