import { describe, expect, it } from 'vitest';
import { compareDigestKeys, digestKey, keysCanEnter, mergeDigest } from '../../../src/graph/digest.ts';

const key = (channel: string, date: string | null, articleId: string, start: number | null, id: string) =>
  digestKey(channel, { articleId, id, start }, date);

describe('entity digest keys', () => {
  it('sort by channel, newest article first with undated last, then article id, start (missing last), id', () => {
    const keys = [
      key('said', null, 'a1', 5, 'a1:s1'),
      key('said', '2024-01-02', 'b2', null, 'b2:s2'),
      key('said', '2024-01-02', 'b2', 10, 'b2:s1'),
      key('said', '2024-01-02', 'a9', 900, 'a9:s1'),
      key('said', '2024-03-01', 'z1', 3, 'z1:s1'),
      key('denied', '2023-01-01', 'c1', 1, 'c1:s1'),
      key('@said', '2022-01-01', 'd1', 1, 'd1:s1'),
    ];
    expect([...keys].sort(compareDigestKeys).map((k) => k.split('\u001f')[4])).toEqual([
      'd1:s1',
      'c1:s1',
      'z1:s1',
      'a9:s1',
      'b2:s1',
      'b2:s2',
      'a1:s1',
    ]);
  });

  it('merge a batch in: counts add up per channel, each channel keeps its newest `keep`, floors follow', () => {
    const first = mergeDigest(
      null,
      {
        kinds: ['said', '@in'],
        counts: [3, 1],
        keys: [
          key('said', '2024-01-01', 'a', 1, 'a:s1'),
          key('said', '2024-01-03', 'c', 1, 'c:s1'),
          key('said', '2024-01-02', 'b', 1, 'b:s1'),
          key('@in', '2024-01-01', 'a', null, 'a:ev1'),
        ],
      },
      2,
    );
    expect(first).toEqual({
      kinds: ['said', '@in'],
      counts: [3, 1],
      floors: [key('said', '2024-01-02', 'b', 1, 'b:s1'), ''],
      latest: [
        key('@in', '2024-01-01', 'a', null, 'a:ev1'),
        key('said', '2024-01-03', 'c', 1, 'c:s1'),
        key('said', '2024-01-02', 'b', 1, 'b:s1'),
      ],
    });
    const batch = {
      kinds: ['denied', 'said'],
      counts: [1, 1],
      keys: [key('said', '2024-02-01', 'd', 7, 'd:s1'), key('denied', null, 'e', null, 'e:s1')],
    };
    expect(keysCanEnter(first, batch.keys)).toBe(true);
    const merged = mergeDigest(first, batch, 2);
    expect(merged.kinds).toEqual(['said', '@in', 'denied']);
    expect(merged.counts).toEqual([4, 1, 1]);
    expect(merged.floors).toEqual([key('said', '2024-01-03', 'c', 1, 'c:s1'), '', '']);
    expect(merged.latest?.map((k) => k.split('\u001f')[4])).toEqual(['a:ev1', 'e:s1', 'd:s1', 'c:s1']);
    // Nothing newer than a full channel's floor: the writer need not fetch the keys, only counts change.
    const older = [key('said', '2023-01-01', 'f', 1, 'f:s1'), key('said', null, 'g', 1, 'g:s1')];
    expect(keysCanEnter(merged, older)).toBe(false);
    const { latest: _, ...head } = merged;
    expect(mergeDigest({ ...head, latest: null }, { kinds: ['said'], counts: [2], keys: older }, 2)).toEqual({
      ...head,
      counts: [6, 1, 1],
      latest: null,
    });
    // A not-yet-full channel takes any key.
    expect(keysCanEnter(merged, [key('@in', '2020-01-01', 'h', null, 'h:ev1')])).toBe(true);
  });
});
