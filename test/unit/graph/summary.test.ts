import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../../src/cli/commands/load.ts';
import { type LoadSummary, summaryJson } from '../../../src/graph/load.ts';

const summary: LoadSummary = {
  articles: 3,
  unchanged: 1,
  entities: 40,
  statements: 12,
  events: 9,
  relations: 7,
  failed: [{ file: 'bad.txt', reason: 'invalid-utf8', message: 'bad.txt: invalid UTF-8' }],
  warnings: ['x'],
  dryRun: false,
  elapsedMs: 1234,
};

describe('load summary', () => {
  it('as JSON has the counts and the failures with file and reason', () => {
    expect(summaryJson(summary)).toEqual({
      articles: 3,
      unchanged: 1,
      entities: 40,
      statements: 12,
      events: 9,
      relations: 7,
      failed: [{ file: 'bad.txt', reason: 'invalid-utf8', message: 'bad.txt: invalid UTF-8' }],
      dryRun: false,
      elapsedMs: 1234,
    });
  });

  it('as text names each failed file', () => {
    expect(formatSummary(summary)).toBe(
      '3 articles loaded, 1 unchanged · 40 entities · 12 statements · 9 events · 7 relations · 1.2s\n' +
        '1 failed:\n  bad.txt: invalid-utf8 (bad.txt: invalid UTF-8)',
    );
    expect(formatSummary({ ...summary, dryRun: true, failed: [] })).toMatch(
      /^dry run, nothing written: 3 articles extracted/,
    );
  });
});
