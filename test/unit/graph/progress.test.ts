import { describe, expect, it } from 'vitest';
import { describeProgress, type LoadProgress, progressReporter } from '../../../src/graph/progress.ts';

const p: LoadProgress = {
  done: 50,
  total: 200,
  articles: 48,
  entities: 300,
  statements: 120,
  events: 90,
  failed: 2,
  elapsedMs: 10_000,
};

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, isTTY, columns: 200, write: (t: string) => out.push(t) };
}

describe('load progress', () => {
  it('describes counts, rate and ETA', () => {
    expect(describeProgress(p)).toBe(
      '50/200 articles · 300 entities · 120 statements · 90 events · 2 failed · 5.0 articles/s · ETA 0:30',
    );
  });

  it('redraws one line on a terminal', () => {
    const s = sink(true);
    const r = progressReporter(s);
    r.update(p);
    r.update({ ...p, done: 200 });
    r.finish();
    expect(s.out[0]!.startsWith('\r\u001b[2K[######------------------] 50/200')).toBe(true);
    expect(s.out.at(-1)).toBe('\n');
  });

  it('writes plain, throttled lines otherwise, and always the last one', () => {
    const s = sink(false);
    const r = progressReporter(s, 60_000);
    r.update(p);
    r.update({ ...p, done: 60 });
    r.update({ ...p, done: 200 });
    expect(s.out).toHaveLength(2);
    expect(s.out.every((l) => l.startsWith('load: ') && !l.includes('\r'))).toBe(true);
  });
});
