// How much relation evidence a bulk load would rewrite if a relation kept its evidence as lists on
// the relationship, as the graph did before migration 004: each batch appended its supporting
// sentences to the lists, and Neo4j rewrites a list property whole, so a relation named in many
// articles had its list read and written again by every batch that named it. Now each sentence is
// a RelationEvidence record, created once: the "items kept" column is how many a load creates.
// Counted from the generated corpus and the loader's own rows, without a database.
// Usage: npx tsx bench/relation-evidence.ts [--sizes 10000,100000] [--batch-size 2000]
import { parseArgs } from 'node:util';
import { generateArticles } from '../src/corpus/generate.ts';
import { DEFAULT_BATCH_SIZE } from '../src/graph/load.ts';
import { graphRows } from '../src/graph/rows.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
  },
});
const batch = Number(values['batch-size']);
console.log(
  'articles | relation rows | distinct relations | items kept | largest list | items rewritten (lists) | characters rewritten (lists)',
);
for (const n of values.sizes.split(',').map(Number)) {
  const extractions = generateArticles(n, 2026).map((a) => a.extraction);
  const items = new Map<string, number>();
  const chars = new Map<string, number>();
  let rows = 0;
  let rewrittenItems = 0;
  let rewrittenChars = 0;
  for (let i = 0; i < extractions.length; i += batch) {
    for (const r of graphRows(extractions.slice(i, i + batch)).relations) {
      const key = `${r.type}|${r.from}|${r.to}`;
      rows++;
      rewrittenItems += items.get(key) ?? 0;
      rewrittenChars += chars.get(key) ?? 0;
      items.set(key, (items.get(key) ?? 0) + r.articleIds.length);
      chars.set(key, (chars.get(key) ?? 0) + r.sentences.reduce((t, s) => t + (s ?? '').length, 0));
    }
  }
  console.log(
    `${n} | ${rows} | ${items.size} | ${[...items.values()].reduce((t, x) => t + x, 0)} | ${Math.max(...items.values())} | ${rewrittenItems} | ${rewrittenChars}`,
  );
}
