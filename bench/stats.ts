/** Latency percentiles in milliseconds. */
export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Percentiles of a list of durations (nearest rank). */
export function latency(ms: readonly number[]): Latency {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * q) - 1))] ?? 0;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

/**
 * Resident set and used heap in MB, after a full collection when the process runs with `--expose-gc`
 * (the bench's children do), so the figure is what stays, not garbage awaiting collection.
 */
export function memoryMB(): { rss: number; heap: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss / 1e6, heap: m.heapUsed / 1e6 };
}

/**
 * CPU time this process has used, in milliseconds, on all its threads (the garbage collector's helpers
 * included), as `buildSnapshot` takes confbot's: on a shared machine a steadier figure than wall time.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
