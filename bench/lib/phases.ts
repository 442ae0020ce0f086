// The loader bench's per-run phases (bench/load.ts writes them, bench/lib/report.ts quotes them).

/**
 * Where a loader run's time went: each batch's transaction, then the digest refresh. Batches of
 * the same size that take longer as the graph grows are what makes 10× the articles cost more
 * than 10× the time.
 */
export interface Phases {
  batchSeconds: number[];
  refreshSeconds: number;
}

/** Mean seconds per batch over the first, middle and last tenth of a run's batches. */
export function batchTenths(seconds: readonly number[]): { first: number; middle: number; last: number } {
  const tenth = Math.max(1, Math.round(seconds.length / 10));
  const mid = Math.max(0, Math.floor(seconds.length / 2 - tenth / 2));
  const mean = (xs: readonly number[]) =>
    xs.length ? xs.reduce((t, x) => t + x, 0) / xs.length : Number.NaN;
  return {
    first: mean(seconds.slice(0, tenth)),
    middle: mean(seconds.slice(mid, mid + tenth)),
    last: mean(seconds.slice(-tenth)),
  };
}
