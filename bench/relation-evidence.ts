// How much relation evidence a bulk load rewrites, by corpus size: the loader appends each batch's
// supporting sentences to the lists on the relation (write-relation.cypher), and Neo4j rewrites a
// list property whole, so a relation named in many articles has its list read and written again
// by every batch that names it. Counted here from the generated corpus and the loader's own rows,
// without a database: the items and characters already on the relation when a batch appends.
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
  'articles | relation rows | distinct relations | largest list | items rewritten | characters rewritten',
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
    `${n} | ${rows} | ${items.size} | ${Math.max(...items.values())} | ${rewrittenItems} | ${rewrittenChars}`,
  );
}
