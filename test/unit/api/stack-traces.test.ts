// The API server's stack formatter must point where Node's own source-mapped stacks point: the
// TypeScript file, line and column, through classes and async functions.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('./fixtures/stack-fixture.ts', import.meta.url));

/** The `file:line:col` of each frame in the fixture. */
const locations = (stack: string) =>
  stack
    .split('\n')
    .filter((line) => line.includes('stack-fixture.ts'))
    .map((line) => /(\/[^\s()]+:\d+:\d+)\)?$/.exec(line.trim())?.[1]);

describe('useCheapSourceMappedStacks', () => {
  it('gives the same TypeScript locations as Node, the throw first', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', FIXTURE], { encoding: 'utf8' });
    const { node, ours } = JSON.parse(out) as { node: string; ours: string };
    expect(ours.split('\n')[0]).toBe('Error: boom 1');
    const want = locations(node);
    expect(want.length).toBeGreaterThanOrEqual(2);
    expect(locations(ours)).toEqual(want);
    const throwLine =
      readFileSync(FIXTURE, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('throw new Error')) + 1;
    expect(want[0]).toBe(`${FIXTURE}:${throwLine}:11`);
    expect(ours).toMatch(/at Thrower\.boom \(/);
    expect(ours).toMatch(/at later \(/);
  });
});
