/** A database connection as the SQL store needs it: parameters are written `?` in every dialect. */
export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs a query and returns its rows. */
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /**
   * Runs `fn` holding a lock that other processes on the same database wait for, inside a transaction:
   * two replicas starting at once must not both apply a migration.
   */
  exclusive<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
