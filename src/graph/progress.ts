// Load progress for people: a redrawn bar on a terminal, plain log lines when piped (CI, files),
// so logs never fill up with carriage returns.

export interface LoadProgress {
  /** Articles finished (written, unchanged or failed) out of `total`. */
  done: number;
  total: number;
  articles: number;
  entities: number;
  statements: number;
  events: number;
  failed: number;
  elapsedMs: number;
}

export interface ProgressReporter {
  update(p: LoadProgress): void;
  /** Ends the bar line, if any. */
  finish(): void;
}

interface Sink {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

export function rate(p: LoadProgress): number {
  return p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
}

export function eta(p: LoadProgress): number {
  const r = rate(p);
  return r > 0 ? (p.total - p.done) / r : Number.POSITIVE_INFINITY;
}

/** One status line: counts, rate and ETA. */
export function describeProgress(p: LoadProgress): string {
  const failed = p.failed ? ` · ${p.failed} failed` : '';
  return (
    `${p.done}/${p.total} articles · ${p.entities} entities · ${p.statements} statements · ` +
    `${p.events} events${failed} · ${rate(p).toFixed(1)} articles/s · ETA ${clock(eta(p))}`
  );
}

export function progressReporter(sink: Sink = process.stderr, intervalMs = 2000): ProgressReporter {
  if (sink.isTTY) {
    let drawn = false;
    let lastDraw = 0;
    return {
      update(p) {
        // Redraw at most ten times a second, and always the last state.
        const now = Date.now();
        if (p.done < p.total && now - lastDraw < 100) return;
        lastDraw = now;
        const width = 24;
        const filled = p.total ? Math.round((p.done / p.total) * width) : 0;
        const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
        const line = `${bar} ${describeProgress(p)}`.slice(0, Math.max(40, (sink.columns || 120) - 1));
        sink.write(`\r\x1b[2K${line}`);
        drawn = true;
      },
      finish() {
        if (drawn) sink.write('\n');
      },
    };
  }
  let last = 0;
  return {
    update(p) {
      const now = Date.now();
      if (p.done < p.total && now - last < intervalMs) return;
      last = now;
      sink.write(`load: ${describeProgress(p)}\n`);
    },
    finish() {},
  };
}
