import { expect, test } from 'vitest';
import { escapeLucene, luceneQuery } from '../../../src/api/types/search.ts';

test('escapeLucene escapes every Lucene special character and neutralises operators', () => {
  expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
    'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
  );
  expect(escapeLucene('Putin AND NOT Obama OR x TO y')).toBe('Putin and not Obama or x to y');
});

test('luceneQuery requires every word, in its typed or normalised Arabic form', () => {
  expect(luceneQuery('Putin')).toBe('Putin');
  expect(luceneQuery('أفغانستان')).toBe('(أفغانستان OR افغانستان)');
  expect(luceneQuery('name:* داعش')).toBe('(name\\:\\* OR name \\*) AND داعش');
  expect(luceneQuery('طالبان AND')).toBe('طالبان');
  expect(luceneQuery('OR NOT')).toBe('');
});
