import { describe, expect, it } from 'vitest';
import { defaultPageCacheBytes, parseMemorySize } from '../../../src/db/local-neo4j.ts';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

describe('local Neo4j page cache', () => {
  it('takes a quarter of memory, between 256 MiB and 2 GiB', () => {
    expect(defaultPageCacheBytes(24 * GiB)).toBe(2 * GiB);
    expect(defaultPageCacheBytes(4 * GiB)).toBe(1 * GiB);
    expect(defaultPageCacheBytes(512 * MiB)).toBe(256 * MiB);
  });

  it('reads sizes the way the README writes them', () => {
    expect(parseMemorySize('512m')).toBe(512 * MiB);
    expect(parseMemorySize('2g')).toBe(2 * GiB);
    expect(parseMemorySize('2GiB')).toBe(2 * GiB);
    expect(parseMemorySize('1048576')).toBe(MiB);
    expect(() => parseMemorySize('lots')).toThrow(/not a memory size: "lots"/);
    expect(() => parseMemorySize('1.5g')).toThrow(/not a memory size/);
  });
});
