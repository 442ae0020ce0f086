// `akhbar load` as a user runs it: a real process against the test database.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { graphCounts } from '../../../src/graph/counts.ts';
import { neo4jEnv } from '../../support/env.ts';
import { useGraph } from '../../support/graph.ts';

const ROOT = join(import.meta.dirname, '../../..');
const SEED = join(ROOT, '../shared/seed/000_5efe405581343bf2.txt');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('akhbar load', () => {
  const graph = useGraph();
  const akhbar = async (...args: string[]): Promise<Run> => {
    const env = {
      ...process.env,
      ...neo4jEnv(graph.db),
    };
    try {
      const { stdout, stderr } = await promisify(execFile)('node', [join(ROOT, 'bin/akhbar.mjs'), ...args], {
        env,
        cwd: ROOT,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('loads the good files, names the invalid-UTF-8 and the empty file with their reasons, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'akhbar-load-'));
    copyFileSync(SEED, join(dir, 'a-seed.txt'));
    writeFileSync(
      join(dir, 'b-single.txt'),
      'الجيش اللبناني ينتشر في الجنوب\n\nقال رئيس الحكومة اللبنانية نواف سلام إن الجيش سينتشر في الجنوب خلال أيام.\n',
    );
    writeFileSync(join(dir, 'c-broken.txt'), Buffer.from([0xd8, 0xa7, 0xff, 0xfe, 0x41, 0x0a]));
    writeFileSync(join(dir, 'd-empty.txt'), '');

    const run = await akhbar('load', '--json-summary', '--batch-size', '2', dir);
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(summary).toMatchObject({ articles: 3, unchanged: 0 });
    expect(summary.entities).toBeGreaterThan(20);
    expect(summary.failed).toEqual([
      {
        file: join(dir, 'c-broken.txt'),
        reason: 'invalid-utf8',
        message: expect.stringContaining('invalid UTF-8'),
      },
      { file: join(dir, 'd-empty.txt'), reason: 'empty', message: expect.stringContaining('empty file') },
    ]);
    expect(run.stderr).toContain(`${join(dir, 'c-broken.txt')}: invalid UTF-8`);
    expect(run.stderr).toContain(`${join(dir, 'd-empty.txt')}: empty file`);
    // Not a terminal: plain progress lines, no carriage returns.
    expect(run.stderr).toMatch(/load: \d+\/\d+ articles/);
    expect(run.stderr).not.toContain('\r');
    expect((await graphCounts(graph.driver, graph.database)).nodes.Article).toBe(3);

    const again = await akhbar('load', dir);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('0 articles loaded, 3 unchanged');
  });

  it('--dry-run writes nothing and delete-article removes an article', async () => {
    const before = await graphCounts(graph.driver, graph.database);
    const dry = await akhbar('load', '--dry-run', '--json-summary', SEED);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, articles: 2, failed: [] });
    expect(await graphCounts(graph.driver, graph.database)).toEqual(before);

    const { records } = await graph.driver.executeQuery(
      "MATCH (a:Article) WHERE a.title STARTS WITH 'الجيش اللبناني' RETURN a.id AS id",
      {},
      { database: graph.database },
    );
    const id = records[0]!.get('id') as string;
    const deleted = await akhbar('delete-article', id);
    expect(deleted).toMatchObject({ code: 0, stdout: `deleted article ${id}\n` });
    expect((await graphCounts(graph.driver, graph.database)).nodes.Article).toBe(2);
    expect((await akhbar('delete-article', id)).code).toBe(1);
  });

  it('migrate recomputes the entity digests an interrupted bulk load left stale', async () => {
    expect((await akhbar('load', SEED)).code).toBe(0);
    const digests = async () =>
      (
        await graph.driver.executeQuery(
          'MATCH (d:EntityDigest) RETURN d.entityId AS id, d.kinds AS kinds, d.counts AS counts, d.latest AS latest, d:StaleDigest AS stale ORDER BY id',
          {},
          { database: graph.database },
        )
      ).records.map((r) => r.toObject());
    const fresh = await digests();
    expect(fresh.length).toBeGreaterThan(10);
    expect(fresh.every((d) => d.stale === false)).toBe(true);
    // What a load stopped between its batches and its final refresh leaves: marked, out of date.
    await graph.driver.executeQuery(
      'MATCH (d:EntityDigest) SET d:StaleDigest, d.counts = [c IN d.counts | 0], d.latest = []',
      {},
      { database: graph.database },
    );
    const run = await akhbar('migrate');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`stale entity digests refreshed: ${fresh.length}\n`);
    expect(await digests()).toEqual(fresh);
    expect((await akhbar('migrate')).stdout).toContain('stale entity digests refreshed: 0\n');
  });
});
