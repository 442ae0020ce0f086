// `tsx bench/lib/report.ts [--write]`: the figures of bench/results/*.json as the Markdown tables
// of bench/RESULTS.md, with every ratio and target verdict computed here, not by hand. --write puts
// them into RESULTS.md between its generated-tables markers.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RawArticle, readArticles } from '../../src/ingest/index.ts';
import { tokenise } from '../../src/nlp/tokens.ts';
import { OPERATIONS } from '../api/operations.ts';
import type { SizeResult } from '../api/run.ts';
import { batchTenths, type Phases } from './phases.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = <T>(file: string): T | null => {
  const path = join(repo, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
};

interface LoadSide {
  seconds: number;
  articles: number;
  nodes: number;
  relationships: number;
  articlesPerSecond: number;
  itemsPerSecond: number;
  runs?: number[];
  phases?: (Phases | null)[];
}
interface LoadJson {
  date: string;
  results: { articles: number; loader: LoadSide; raw: LoadSide; e2e?: LoadSide; identicalGraph?: boolean }[];
}

const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const verdict = (ok: boolean): string => (ok ? '**met**' : '**not met**');
const out: string[] = [];

// Extraction: tokens/s = articles/s x tokens per article of the same corpus.
const extract = read<{
  articles: number;
  distinctArticles: number;
  megabytes: number;
  seconds: number;
  articlesPerSecond: number;
  megabytesPerSecond: number;
  /** Present since bench/extract.ts also measures process CPU time (robust to a shared machine). */
  articlesPerCpuSecond?: number;
  megabytesPerCpuSecond?: number;
  loadAverage1m?: number;
  date: string;
}>('bench/results/extract.json');
if (extract) {
  const shared = resolve(process.env.AKHBAR_SHARED ?? join(repo, '../shared'));
  const corpus: RawArticle[] = [];
  for await (const r of readArticles([join(shared, 'data/articles-dev'), join(shared, 'seed')]))
    if (r.ok) corpus.push(r.article);
  const tokens = corpus.reduce((n, a) => n + tokenise(a.title).length + tokenise(a.body).length, 0);
  const perArticle = corpus.length ? tokens / corpus.length : Number.NaN;
  const cpu = extract.articlesPerCpuSecond;
  out.push('### Extraction (one core)', '');
  out.push(
    '| articles | MB | wall s | articles/s (wall) | MB/s (wall) | tokens/s (wall) | articles per CPU-s | MB per CPU-s | tokens per CPU-s | tokens/article | load avg |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  );
  out.push(
    `| ${extract.articles} (${extract.distinctArticles} distinct) | ${extract.megabytes} | ${extract.seconds} | ${extract.articlesPerSecond} | ${extract.megabytesPerSecond} | ${fmt(extract.articlesPerSecond * perArticle, 0)} | ${cpu ?? 'n/a'} | ${extract.megabytesPerCpuSecond ?? 'n/a'} | ${cpu ? fmt(cpu * perArticle, 0) : 'n/a'} | ${fmt(perArticle, 0)} | ${extract.loadAverage1m ?? ''} |`,
    '',
  );
}
const summary = read<{ ner?: { tokensPerSecond: Record<string, number> }; load?: LoadJson | null }>(
  'bench/results.json',
);
if (summary?.ner) {
  out.push('### NER (one core)', '', '| mode | tokens/s |', '|---|---|');
  for (const [mode, v] of Object.entries(summary.ner.tokensPerSecond))
    out.push(`| ${mode} | ${v.toLocaleString('en')} |`);
  out.push('');
}

// load.json holds the latest run's sizes; results.json keeps sizes measured by earlier runs.
const latestLoad = read<LoadJson>('bench/results/load.json');
const bySize = new Map((summary?.load?.results ?? []).map((r) => [r.articles, r]));
for (const r of latestLoad?.results ?? []) bySize.set(r.articles, r);
const load: LoadJson | null = bySize.size
  ? {
      date: latestLoad?.date ?? summary?.load?.date ?? '',
      results: [...bySize.values()].sort((a, b) => a.articles - b.articles),
    }
  : null;
if (load) {
  out.push('### Loading', '');
  out.push(
    '| articles | nodes | relationships | loader s | loader articles/s | loader nodes+rels/s | raw UNWIND s | raw nodes+rels/s | loader / raw throughput | identical graph | `akhbar load` end to end (extract + write) s, articles/s |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const r of load.results) {
    const ratio = r.raw.seconds / r.loader.seconds;
    out.push(
      `| ${r.articles} | ${r.loader.nodes} | ${r.loader.relationships} | ${r.loader.seconds} | ${r.loader.articlesPerSecond} | ${r.loader.itemsPerSecond} | ${r.raw.seconds} | ${r.raw.itemsPerSecond} | ${fmt(ratio, 2)}× | ${r.identicalGraph ?? ''} | ${r.e2e ? `${r.e2e.seconds}, ${r.e2e.articlesPerSecond}` : 'not run'} |`,
    );
  }
  out.push('');
  // Where the loader's median run spent its time: batches of the same size should take the same
  // time at the start and at the end of a load; the digest refresh runs once at the end.
  for (const r of load.results) {
    const i = r.loader.runs?.indexOf(r.loader.seconds) ?? -1;
    const phases = i >= 0 ? r.loader.phases?.[i] : null;
    if (!phases?.batchSeconds.length) continue;
    const b = phases.batchSeconds;
    const t = batchTenths(b);
    out.push(
      `- loader at ${r.articles} (median run): ${b.length} batch${b.length > 1 ? 'es' : ''}, ` +
        (b.length >= 10
          ? `mean ${fmt(t.first, 2)} s per batch in the first tenth and ${fmt(t.last, 2)} s in the last; `
          : `${fmt(b.reduce((x, y) => x + y, 0) / b.length, 2)} s per batch; `) +
        `digest refresh ${phases.refreshSeconds} s`,
    );
  }
  const sorted = [...load.results].sort((a, b) => a.articles - b.articles);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const growth = b.loader.seconds / a.loader.seconds;
    const scale = b.articles / a.articles;
    out.push(
      `- growth ${a.articles} → ${b.articles} (${scale}× the articles): loader ${fmt(growth, 2)}× the time, raw ${fmt(b.raw.seconds / a.raw.seconds, 2)}× — target ≤ ${fmt(scale * 1.1, 0)}×: ${verdict(growth <= scale * 1.1)}`,
    );
  }
  for (const r of load.results) {
    const ratio = r.raw.seconds / r.loader.seconds;
    out.push(`- loader ≥ 0.7× the raw write at ${r.articles}: ${fmt(ratio, 2)}× — ${verdict(ratio >= 0.7)}`);
  }
  out.push('');
}

const api = read<{ sizes: SizeResult[] }>('bench/results/api.json');
if (api) {
  for (const s of api.sizes) {
    out.push(
      `### API at ${s.articles.toLocaleString('en')} articles (${s.graph.nodes.toLocaleString('en')} nodes, ${s.graph.relationships.toLocaleString('en')} relationships; commit ${s.commit ?? '?'}; ${(s.settings.rounds ?? 1) > 1 ? `${s.settings.rounds} mirrored rounds of ` : ''}${s.settings.duration} s × ${s.settings.connections} connections per operation and server${s.settings.prewarm ? ` after a ${s.settings.prewarm} s warm-up of each` : ''}; load average at start ${s.machine.loadAverage}${s.fill && !s.fill.reused ? `; graph written by the real writer in ${s.fill.seconds} s = ${fmt(s.articles / s.fill.seconds, 0)} articles/s` : ''})`,
      '',
      '| operation | server | p50 ms | p99 ms | req/s | Neo4j queries/request | CPU µs/request: server · Neo4j · load generator | p50 / raw | req/s / @neo4j/graphql | answer |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const op of OPERATIONS) {
      const raw = s.servers.raw[op];
      const n4g = s.servers['neo4j-graphql'][op];
      for (const kind of ['akhbar', 'raw', 'neo4j-graphql'] as const) {
        const r = s.servers[kind][op];
        if (!r) continue;
        const vsRaw = raw?.p50 ? r.p50 / raw.p50 : Number.NaN;
        const vsN4g = n4g?.requestsPerSecond ? r.requestsPerSecond / n4g.requestsPerSecond : Number.NaN;
        out.push(
          `| ${op} | ${kind} | ${r.p50} | ${r.p99} | ${r.requestsPerSecond} | ${r.queriesPerRequest} | ${r.cpu ? `${r.cpu.server} · ${r.cpu.neo4j ?? '?'} · ${r.cpu.loadGenerator}` : 'not measured'} | ${fmt(vsRaw, 2)}× | ${fmt(vsN4g, 2)}× | ${r.answer} |`,
        );
      }
    }
    out.push('');
  }
  out.push(
    '### API targets',
    '',
    '| operation | articles | p50 ours / raw (≤ 1.3) | req/s ours / @neo4j/graphql (≥ 1) |',
    '|---|---|---|---|',
  );
  for (const s of api.sizes) {
    for (const op of OPERATIONS) {
      const ours = s.servers.akhbar[op];
      const raw = s.servers.raw[op];
      const n4g = s.servers['neo4j-graphql'][op];
      if (!ours || !raw || !n4g) continue;
      const a = ours.p50 / raw.p50;
      const b = ours.requestsPerSecond / n4g.requestsPerSecond;
      out.push(
        `| ${op} | ${s.articles} | ${fmt(a, 2)}× ${verdict(a <= 1.3)} | ${fmt(b, 2)}× ${verdict(b >= 1)} |`,
      );
    }
  }
  const small = api.sizes.find((s) => s.articles === 1000);
  const big = api.sizes.find((s) => s.articles === 100000);
  if (small && big) {
    out.push(
      '',
      '| operation | server | p50 at 1k ms | p50 at 100k ms | 100k / 1k (ours: ≤ 1.5) |',
      '|---|---|---|---|---|',
    );
    for (const op of OPERATIONS) {
      for (const kind of ['akhbar', 'raw', 'neo4j-graphql'] as const) {
        const a = small.servers[kind][op];
        const b = big.servers[kind][op];
        if (!a || !b) continue;
        const g = b.p50 / a.p50;
        out.push(
          `| ${op} | ${kind} | ${a.p50} | ${b.p50} | ${fmt(g, 2)}×${kind === 'akhbar' ? ` ${verdict(g <= 1.5)}` : ''} |`,
        );
      }
    }
  }
  out.push('');
}

// One line per target, worst case first, for the summary at the top.
const summaryLines: string[] = ['### Targets at a glance', ''];
if (load?.results.length) {
  const ratios = load.results.map((r) => ({ n: r.articles, x: r.raw.seconds / r.loader.seconds }));
  const ok = ratios.every((r) => r.x >= 0.7);
  summaryLines.push(
    `- Loader ≥ 0.7× the raw write: ${ratios.map((r) => `${fmt(r.x, 2)}× at ${r.n}`).join(', ')} — ${verdict(ok)}`,
  );
  const sorted = [...load.results].sort((a, b) => a.articles - b.articles);
  const growth = sorted.slice(1).map((b, i) => {
    const a = sorted[i]!;
    return {
      label: `${a.articles}→${b.articles}`,
      g: b.loader.seconds / a.loader.seconds,
      limit: (b.articles / a.articles) * 1.1,
    };
  });
  if (growth.length)
    summaryLines.push(
      `- 10× the articles ≤ 11× the time: ${growth.map((g) => `${fmt(g.g, 2)}× (${g.label})`).join(', ')} — ${verdict(growth.every((g) => g.g <= g.limit))}`,
    );
}
if (api?.sizes.length) {
  for (const s of api.sizes) {
    const pairs = OPERATIONS.flatMap((op) => {
      const o = s.servers.akhbar[op];
      const r = s.servers.raw[op];
      const n = s.servers['neo4j-graphql'][op];
      return o && r && n ? [{ op, p: o.p50 / r.p50, q: o.requestsPerSecond / n.requestsPerSecond }] : [];
    });
    const metP = pairs.filter((x) => x.p <= 1.3).length;
    const metQ = pairs.filter((x) => x.q >= 1).length;
    summaryLines.push(
      `- GraphQL p50 ≤ 1.3× raw Cypher at ${s.articles}: ${metP}/${pairs.length} operations (${pairs.map((x) => `${x.op} ${fmt(x.p, 2)}×`).join(', ')}) — ${verdict(metP === pairs.length)}`,
      `- req/s ≥ @neo4j/graphql at ${s.articles}: ${metQ}/${pairs.length} operations (${pairs.map((x) => `${x.op} ${fmt(x.q, 2)}×`).join(', ')}) — ${verdict(metQ === pairs.length)}`,
    );
  }
  const a = api.sizes.find((s) => s.articles === 1000);
  const b = api.sizes.find((s) => s.articles === 100000);
  if (a && b) {
    const g = OPERATIONS.flatMap((op) => {
      const x = a.servers.akhbar[op];
      const y = b.servers.akhbar[op];
      return x && y ? [{ op, g: y.p50 / x.p50 }] : [];
    });
    const met = g.filter((x) => x.g <= 1.5).length;
    summaryLines.push(
      `- p50 at 100k ≤ 1.5× p50 at 1k (ours): ${met}/${g.length} operations (${g.map((x) => `${x.op} ${fmt(x.g, 2)}×`).join(', ')}) — ${verdict(met === g.length)}`,
    );
  }
}
out.unshift(...summaryLines, '');
const tables = out.join('\n');
if (process.argv.includes('--write')) {
  // Replaces the generated section of bench/RESULTS.md; the commentary around it is kept.
  const path = join(repo, 'bench/RESULTS.md');
  const doc = readFileSync(path, 'utf8');
  const start = '<!-- generated tables start -->';
  const end = '<!-- generated tables end -->';
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`bench/RESULTS.md has no ${start} … ${end} section`);
  writeFileSync(path, `${doc.slice(0, a + start.length)}\n\n${tables}\n${doc.slice(b)}`);
  console.log('updated bench/RESULTS.md');
} else {
  console.log(tables);
}
