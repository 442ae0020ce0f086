// Response times at the resolution they are measured with. autocannon keeps its latencies in an
// HDR histogram of whole milliseconds (values are truncated), so at p50s of 3 to 7 ms its
// percentiles move in steps of 15–30 %, and a ratio of two of them can be off by as much. Every
// 2xx response's own time (process.hrtime, in ms with a fractional part) is kept here instead.
import autocannon, { type Options, type Result } from 'autocannon';

export interface Timed {
  result: Result;
  /** Times of the 2xx responses, in ms, in arrival order. */
  times: Float64Array;
}

/** Runs autocannon and keeps every 2xx response time. */
export async function runTimed(options: Options): Promise<Timed> {
  let times = new Float64Array(1 << 14);
  let n = 0;
  const instance = autocannon(options);
  instance.on('response', (_client, statusCode, _bytes, ms) => {
    if (statusCode < 200 || statusCode > 299) return;
    if (n === times.length) {
      const grown = new Float64Array(times.length * 2);
      grown.set(times);
      times = grown;
    }
    times[n++] = ms;
  });
  const result = await instance;
  return { result, times: times.subarray(0, n) };
}

/**
 * The p-th percentile (0–100) of all given samples pooled, nearest rank, rounded to 0.01 ms;
 * 0 when there are none.
 */
export function percentile(samples: readonly Float64Array[], p: number): number {
  const total = samples.reduce((t, s) => t + s.length, 0);
  if (total === 0) return 0;
  const all = new Float64Array(total);
  let at = 0;
  for (const s of samples) {
    all.set(s, at);
    at += s.length;
  }
  all.sort();
  const rank = Math.min(total, Math.max(1, Math.ceil((p / 100) * total)));
  return Math.round(all[rank - 1]! * 100) / 100;
}
