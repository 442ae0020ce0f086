// `npm run eval:fusion`: what fusing the NER tagger into the extractor buys on text nobody curated
// for. Runs the whole extractor (not the tagger alone) with fusion off and on over ANERcorp (CAMeL
// split; text rebuilt from the tokens, documents of 20 sentences) and scores its mentions against
// the gold PERS/ORG/LOC spans (PERS→Person, ORG→Group, LOC→Country|Place), then runs the seed/dev
// scorer both ways. Test is for reporting only: tune on TRAIN with `-- --train` (first N docs).
//
//   npm run eval:fusion                     # ANERcorp test + seed/dev, off vs on
//   npm run eval:fusion -- --train --set minScore.PERS=2   # tuning on a held-out slice of train
//
// With --train the shipped model cannot be used (it was trained on all of train, so it knows the
// slice by heart and every threshold looks free): the script trains the same model on the rest of
// train (about a minute, cached in the temp folder) and scores the first --docs documents.
//   flags: --no-gold (skip seed/dev), --verbose (FP/FN samples), --docs N
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type NerFusionOptions, nerFusionComponent } from '../extract/ner-candidates.ts';
import { type Component, defaultComponents, Pipeline } from '../extract/pipeline.ts';
import { resources } from '../extract/resources.ts';
import { type RawArticle, readArticles } from '../ingest/index.ts';
import { readConll } from '../nlp/ner/conll.ts';
import { readLexiconDir } from '../nlp/ner/gazetteer.ts';
import { serializeModel } from '../nlp/ner/model.ts';
import { ANERCORP_TRAIN, LEXICON_DIR } from '../nlp/ner/paths.ts';
import { DEFAULT_HYPER, trainNer } from '../nlp/ner/trainer.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(process.env.AKHBAR_SHARED ?? join(repo, '../shared'));
const argv = process.argv.slice(2);
const flag = (f: string) => argv.includes(f);
const value = (f: string) => {
  const i = argv.indexOf(f);
  return i >= 0 ? argv[i + 1] : undefined;
};
const train = flag('--train');
const verbose = flag('--verbose');
const maxDocs = Number(value('--docs') ?? (train ? 60 : Number.POSITIVE_INFINITY));

/** `--set minScore.PERS=2 --set labels=PERS,LOC`: fusion options to try (tuning on train). */
function fusionOptions(): NerFusionOptions {
  const o: NerFusionOptions = {};
  argv.forEach((a, i) => {
    if (a !== '--set') return;
    const [key, v] = (argv[i + 1] ?? '').split('=') as [string, string];
    const [group, label] = key.split('.');
    if (group === 'labels') o.labels = v.split(',') as NerFusionOptions['labels'];
    else if ((group === 'minScore' || group === 'sureScore') && label)
      o[group] = { ...o[group], [label]: Number(v) };
    else throw new Error(`--set ${key}: unknown option`);
  });
  return o;
}

type Label = 'PERS' | 'ORG' | 'LOC';
interface GoldDoc {
  article: RawArticle;
  /** Token character spans in the body. */
  tokens: { start: number; end: number }[];
  gold: { first: number; last: number; label: Label }[];
}

/** ANERcorp CoNLL ("token TAG" lines, blank line between sentences) as documents of 20 sentences. */
function readAnercorp(path: string): GoldDoc[] {
  const sentences: { tok: string; tag: string }[][] = [[]];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const l = line.trim();
    if (!l) {
      if (sentences.at(-1)!.length) sentences.push([]);
      continue;
    }
    const sp = l.lastIndexOf(' ');
    sentences.at(-1)!.push({ tok: l.slice(0, sp), tag: l.slice(sp + 1) });
  }
  if (!sentences.at(-1)!.length) sentences.pop();
  const docs: GoldDoc[] = [];
  for (let d = 0; d * 20 < sentences.length; d++) {
    const tokens: GoldDoc['tokens'] = [];
    const gold: GoldDoc['gold'] = [];
    let body = '';
    let open: { first: number; label: Label } | null = null;
    const close = () => {
      if (open) gold.push({ ...open, last: tokens.length });
      open = null;
    };
    for (const s of sentences.slice(d * 20, d * 20 + 20)) {
      for (const { tok, tag } of s) {
        if (body && !body.endsWith('\n')) body += ' ';
        const [bio, label] = tag.split('-') as [string, string | undefined];
        const known = label === 'PERS' || label === 'ORG' || label === 'LOC';
        if (bio !== 'I' || !open || open.label !== label) close();
        if (known && (bio === 'B' || !open)) open = { first: tokens.length, label: label as Label };
        tokens.push({ start: body.length, end: body.length + tok.length });
        body += tok;
      }
      close();
      body += '\n';
    }
    const id = `anercorp-${train ? 'train' : 'test'}-${d}`;
    docs.push({
      article: { id, title: '', body, publishedAt: null, source: null, url: null, file: id },
      tokens,
      gold,
    });
  }
  return docs;
}

const LABEL: Record<string, Label> = { Person: 'PERS', Group: 'ORG', Country: 'LOC', Place: 'LOC' };

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const prf = (c: Counts) => {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1) };
};

/** Entity-level (exact token span + type) scores of the extractor's mentions, overall and per label. */
const margins: Record<string, Counts> = {};
/** Tagger spans left out because lexicon or pattern mentions hold their tokens (current document). */
const covered: { label: string; start: number; end: number; score: number }[] = [];
/** Of those, the ones gold agrees with where the holding mention is wrong, by source and shape. */
const lostToOverlap: Record<string, number> = {};
const BUCKETS = [0, 2, 4, 6, 8, 10, 15, 20, 30, 50, 100];
function scoreAnercorp(pipeline: Pipeline, docs: GoldDoc[], samples: string[]) {
  const by: Record<string, Counts> = {};
  const c = (k: string) => {
    by[k] ??= { tp: 0, fp: 0, fn: 0 };
    return by[k];
  };
  const t0 = process.hrtime.bigint();
  for (const g of docs) {
    covered.length = 0;
    const doc = pipeline.process(g.article);
    const off = doc.bodyOffset;
    const key = (a: number, b: number, l: string) => `${a}:${b}:${l}`;
    const gold = new Set(g.gold.map((s) => key(s.first, s.last, s.label)));
    const pred = new Set<string>();
    const goldTokens = (a: number, b: number): [number, number] => {
      const first = g.tokens.findIndex((t) => t.end > a - off);
      let last = first;
      while (last < g.tokens.length && g.tokens[last]!.start < b - off) last++;
      return [first, last];
    };
    for (const sp of covered) {
      const [a, b] = goldTokens(sp.start, sp.end);
      if (!gold.has(key(a, b, sp.label))) continue;
      for (const m of doc.mentions) {
        if (m.end <= sp.start || m.start >= sp.end) continue;
        const [ma, mb] = goldTokens(m.start, m.end);
        const ml = LABEL[doc.entities.get(m.entityId)?.type ?? ''] ?? '?';
        if (gold.has(key(ma, mb, ml))) continue;
        const shape =
          ma === a && mb === b
            ? 'same-span'
            : ma >= a && mb <= b
              ? 'tagger-longer'
              : ma <= a && mb >= b
                ? 'tagger-shorter'
                : 'crossing';
        const k = `${m.source} ${shape} ${ml}->${sp.label}`;
        lostToOverlap[k] = (lostToOverlap[k] ?? 0) + 1;
        if (verbose)
          samples.push(
            `LOST ${k}: ${doc.text.slice(m.start, m.end)} | tagger ${doc.text.slice(sp.start, sp.end)}`,
          );
      }
    }
    for (const m of doc.mentions) {
      const label = LABEL[doc.entities.get(m.entityId)?.type ?? ''];
      if (!label) continue;
      // ANERcorp tokens keep their clitics: a mention inside a token counts as that token.
      const first = g.tokens.findIndex((t) => t.end > m.start - off);
      let last = first;
      while (last < g.tokens.length && g.tokens[last]!.start < m.end - off) last++;
      if (first >= 0) pred.add(key(first, last, label));
    }
    const text = (k: string) => {
      const [a, b] = k.split(':').map(Number) as [number, number];
      return g.article.body.slice(g.tokens[a]!.start, g.tokens[b - 1]!.end);
    };
    for (const k of pred) {
      const label = k.split(':')[2]!;
      if (gold.has(k)) {
        c('all').tp++;
        c(label).tp++;
      } else {
        c('all').fp++;
        c(label).fp++;
        samples.push(`FP ${label} ${text(k)}`);
      }
    }
    // Which fused spans were right, by label and tagger margin (for choosing thresholds on train).
    for (const m of doc.mentions) {
      if (m.source !== 'candidate') continue;
      const cand = doc.candidates.find((x) => x.start === m.start && x.end === m.end);
      const label = LABEL[doc.entities.get(m.entityId)?.type ?? ''];
      const first = g.tokens.findIndex((t) => t.end > m.start - off);
      let last = first;
      while (last < g.tokens.length && g.tokens[last]!.start < m.end - off) last++;
      const ok = gold.has(key(first, last, label ?? ''));
      const bucket = String(BUCKETS.findLast((x) => (cand?.score ?? 0) >= x) ?? 0).padStart(3);
      const n = m.tokenEnd - m.tokenStart > 1 ? 'multi' : 'one';
      const hk = `${label} ${n} ${bucket}`;
      margins[hk] ??= { tp: 0, fp: 0, fn: 0 };
      const h = margins[hk];
      if (ok) h.tp++;
      else h.fp++;
    }
    for (const k of gold)
      if (!pred.has(k)) {
        const label = k.split(':')[2]!;
        c('all').fn++;
        c(label).fn++;
        samples.push(`FN ${label} ${text(k)}`);
      }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { by, docsPerSecond: docs.length / seconds };
}

/** A model trained on train minus the tuning slice (the first `docs` documents of 20 sentences). */
function heldOutModel(docs: number): string {
  const sentences = readConll(ANERCORP_TRAIN);
  const rest = sentences.slice(docs * 20);
  const lexicon = DEFAULT_HYPER.lexicon && existsSync(LEXICON_DIR) ? readLexiconDir(LEXICON_DIR) : null;
  const key = createHash('sha256')
    .update(JSON.stringify([docs, DEFAULT_HYPER, rest.length, lexicon]))
    .digest('hex')
    .slice(0, 12);
  const path = join(tmpdir(), `akhbar-fusion-heldout-${key}.bin`);
  if (!existsSync(path)) {
    console.log(`training a held-out model on ${rest.length} train sentences (first ${docs * 20} left out)…`);
    writeFileSync(path, serializeModel(trainNer(rest, DEFAULT_HYPER, lexicon)));
  }
  return path;
}

function pipelines(): { off: Pipeline; on: Pipeline } {
  const res = resources();
  const baseline = defaultComponents(res, null);
  const modelPath = train ? heldOutModel(maxDocs) : undefined;
  const options = fusionOptions();
  if (argv.includes('--set')) console.log(`fusion options: ${JSON.stringify(options)}`);
  const fusion = nerFusionComponent(res, {
    ...options,
    ...(modelPath ? { modelPath } : {}),
    onCovered: (sp) => covered.push(sp),
  });
  if (!fusion) throw new Error('no NER model file (models/ner-anercorp.bin)');
  const withFusion: Component[] = baseline.map((c) =>
    c.name === 'candidates' ? { name: c.name, run: fusion } : c,
  );
  return { off: new Pipeline(baseline), on: new Pipeline(withFusion) };
}

const fmt = (x: number) => x.toFixed(3);
const { off, on } = pipelines();
const split = train ? 'train' : 'test';
const docs = readAnercorp(join(shared, 'data/ner/anercorp-camellab', `ANERCorp_CamelLab_${split}.txt`)).slice(
  0,
  maxDocs,
);
const goldSpans = docs.reduce((n, d) => n + d.gold.length, 0);
console.log(`ANERcorp ${split}: ${docs.length} documents, ${goldSpans} gold PERS/ORG/LOC spans`);
const samplesOff: string[] = [];
const samplesOn: string[] = [];
const a = scoreAnercorp(off, docs, samplesOff);
const b = scoreAnercorp(on, docs, samplesOn);
console.log('                 fusion off              fusion on');
for (const k of ['all', 'PERS', 'ORG', 'LOC']) {
  const x = prf(a.by[k] ?? { tp: 0, fp: 0, fn: 0 });
  const y = prf(b.by[k] ?? { tp: 0, fp: 0, fn: 0 });
  console.log(
    `${k.padEnd(5)} P/R/F1   ${fmt(x.p)} ${fmt(x.r)} ${fmt(x.f)}     ${fmt(y.p)} ${fmt(y.r)} ${fmt(y.f)}`,
  );
}
console.log(`documents/s      ${a.docsPerSecond.toFixed(1).padEnd(24)}${b.docsPerSecond.toFixed(1)}`);
if (verbose) {
  // What fusion changed: errors present with it and not without, and the other way round.
  const count = (xs: string[]) =>
    xs.reduce((m, s) => m.set(s, (m.get(s) ?? 0) + 1), new Map<string, number>());
  const co = count(samplesOff);
  const cn = count(samplesOn);
  const diff = (x: Map<string, number>, y: Map<string, number>) =>
    [...x].filter(([s, n]) => n > (y.get(s) ?? 0)).map(([s]) => s);
  console.log(`\nerrors only with fusion (${diff(cn, co).length}):`);
  for (const s of diff(cn, co).slice(0, 150)) console.log(`  ${s}`);
  console.log('\nright tagger spans left out for a wrong mention holding their tokens:');
  for (const [k, n] of Object.entries(lostToOverlap).sort((x, y) => y[1] - x[1]))
    console.log(`  ${k.padEnd(40)} ${n}`);
  console.log('\nfused mentions right/wrong by label, length and tagger margin:');
  for (const k of Object.keys(margins).sort())
    console.log(`  ${k.padEnd(14)} ${margins[k]!.tp}/${margins[k]!.fp}`);
  console.log(`\nerrors fixed by fusion (${diff(co, cn).length}):`);
  for (const s of diff(co, cn).slice(0, 80)) console.log(`  ${s}`);
}

/** Every file under the shared folder by base name (as src/cli/eval.ts finds gold articles). */
function indexFiles(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'eval' && name !== 'ner') indexFiles(p, out);
    } else if ((name.endsWith('.txt') || name.endsWith('.jsonl')) && !out.has(name)) out.set(name, p);
  }
  return out;
}

if (!flag('--no-gold')) {
  const goldDir = join(shared, 'eval', 'gold');
  const files = indexFiles(shared);
  const work = mkdtempSync(join(tmpdir(), 'akhbar-fusion-'));
  console.log('\nseed/dev gold (score.mjs), fusion off → on');
  for (const goldName of readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, goldName), 'utf8')) as {
      articles: { file?: string }[];
    };
    const wanted = [...new Set(gold.articles.map((x) => x.file).filter((f): f is string => !!f))];
    const paths = wanted.map((f) => files.get(f)).filter((p): p is string => !!p && existsSync(p));
    const articles: RawArticle[] = [];
    for await (const r of readArticles(paths)) if (r.ok) articles.push(r.article);
    for (const [name, p] of [
      ['off', off],
      ['on ', on],
    ] as const) {
      const predPath = join(work, `${name.trim()}-${goldName.replace('.gold.json', '.pred.json')}`);
      writeFileSync(predPath, JSON.stringify(articles.map((x) => p.extract(x))));
      const args = [join(shared, 'eval', 'score.mjs'), '--gold', join(goldDir, goldName), '--pred', predPath];
      if (verbose) args.push('--verbose');
      const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (verbose) process.stdout.write(run.stdout);
      console.log(`${goldName.padEnd(16)} ${name}  ${run.stdout.trim().split('\n').at(-1) ?? ''}`);
    }
  }
}
