// Extraction throughput on one core: the dev articles (or the files given) repeated to at least
// 1,000 articles. Prints articles/s and MB/s and writes bench/results/extract.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/extract/pipeline.ts';
import { type RawArticle, readArticles } from '../src/ingest/index.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.AKHBAR_SHARED ?? join(repo, '../shared'));
const inputs = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const paths = inputs.length ? inputs : [join(shared, 'data/articles-dev'), join(shared, 'seed')];
const target = Number(process.env.BENCH_ARTICLES ?? 1000);

const corpus: RawArticle[] = [];
for await (const r of readArticles(paths)) if (r.ok) corpus.push(r.article);
if (corpus.length === 0) throw new Error(`no articles under ${paths.join(', ')}`);

// Warm-up: loading the lexicon and JIT compilation are not throughput.
for (const a of corpus) extractArticle(a);

const rounds = Math.ceil(target / corpus.length);
let articles = 0;
let bytes = 0;
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  for (const a of corpus) {
    // A fresh id per round keeps any per-article caching honest.
    extractArticle({ ...a, id: `${a.id}:${r}` });
    articles++;
    bytes += Buffer.byteLength(a.title) + Buffer.byteLength(a.body);
  }
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
// CPU time of this process: on a shared, loaded machine wall time overstates the cost.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const result = {
  date: new Date().toISOString(),
  node: process.version,
  articles,
  distinctArticles: corpus.length,
  megabytes: Number((bytes / 1e6).toFixed(3)),
  seconds: Number(seconds.toFixed(3)),
  articlesPerSecond: Number((articles / seconds).toFixed(1)),
  megabytesPerSecond: Number((bytes / 1e6 / seconds).toFixed(3)),
  cpuSeconds: Number(cpuSeconds.toFixed(3)),
  articlesPerCpuSecond: Number((articles / cpuSeconds).toFixed(1)),
  megabytesPerCpuSecond: Number((bytes / 1e6 / cpuSeconds).toFixed(3)),
  cores: 1,
  cpu: cpus()[0]?.model ?? 'unknown',
  loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
};
mkdirSync(join(repo, 'bench/results'), { recursive: true });
writeFileSync(join(repo, 'bench/results/extract.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `extract: ${articles} articles (${corpus.length} distinct), ${result.megabytes} MB in ${result.seconds} s on one core: ` +
    `${result.articlesPerSecond} articles/s, ${result.megabytesPerSecond} MB/s ` +
    `(CPU time ${result.cpuSeconds} s: ${result.articlesPerCpuSecond} articles/s, ${result.megabytesPerCpuSecond} MB/s; ` +
    `load average ${result.loadAverage1m})`,
);
