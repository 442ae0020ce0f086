// `npm run corpus -- --n 1000 --seed 7 --out bench/out/corpus [--format page|jsonl] [--per-file 25]`
// writes a generated corpus: page-format .txt files (like the seed) or one .jsonl file, plus
// extractions.json with what each article should extract to (with --gold).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArticles, toJsonl, toPageFormat } from './generate.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench/out/corpus' },
    format: { type: 'string', default: 'page' },
    'per-file': { type: 'string', default: '25' },
    gold: { type: 'boolean', default: false },
  },
});

const n = Number(values.n);
const seed = Number(values.seed);
const perFile = Number(values['per-file']);
if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive integer (got ${values.n})`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer (got ${values.seed})`);
if (!Number.isInteger(perFile) || perFile < 1) throw new Error(`--per-file must be a positive integer`);
if (values.format !== 'page' && values.format !== 'jsonl') throw new Error('--format is page or jsonl');

const articles = generateArticles(n, seed);
mkdirSync(values.out, { recursive: true });
if (values.format === 'jsonl') {
  writeFileSync(join(values.out, `corpus-${seed}.jsonl`), toJsonl(articles));
} else {
  for (let i = 0; i < articles.length; i += perFile) {
    const name = `corpus-${seed}-${String(i / perFile).padStart(5, '0')}.txt`;
    writeFileSync(join(values.out, name), toPageFormat(articles.slice(i, i + perFile)));
  }
}
if (values.gold) {
  writeFileSync(
    join(values.out, `extractions-${seed}.json`),
    JSON.stringify(articles.map((a) => a.extraction)),
  );
}
console.log(`${articles.length} articles (seed ${seed}) written to ${values.out} as ${values.format}`);
