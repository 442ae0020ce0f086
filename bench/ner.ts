// `npm run bench:ner`: tagging throughput on one core (this process is single-threaded) after a
// warm-up, for the ANERcorp test split, plus model load time and size.

import { statSync } from 'node:fs';
import { readConll } from '../src/nlp/ner/conll.ts';
import { DEFAULT_MODEL_PATH, loadNerModel } from '../src/nlp/ner/index.ts';
import { ANERCORP_TEST } from '../src/nlp/ner/paths.ts';
import { cpuSeconds } from '../src/nlp/ner/speed.ts';
import { tagStream } from '../src/nlp/ner/tagger.ts';

function timeIt(fn: () => void, reps: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < reps; r++) {
    const t0 = cpuSeconds();
    fn();
    best = Math.min(best, cpuSeconds() - t0);
  }
  return best;
}

const t0 = process.hrtime.bigint();
const tagger = loadNerModel();
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;

const sents = readConll(ANERCORP_TEST).map((s) => s.tokens);
const nTok = sents.reduce((a, s) => a + s.length, 0);

// Warm-up: let V8 optimise the hot paths before timing.
for (let i = 0; i < 2; i++) tagStream(tagger.model, sents);

const perSentence = timeIt(() => {
  for (const s of sents) tagger.tag(s);
}, 3);
const asStream = timeIt(() => tagStream(tagger.model, sents), 3);
const docs: string[][][] = [];
for (let i = 0; i < sents.length; i += 20) docs.push(sents.slice(i, i + 20));
const asArticles = timeIt(() => {
  for (const d of docs) tagger.tagDocument(d);
}, 3);

const fmt = (sec: number): string => `${Math.round(nTok / sec).toLocaleString('en')} tokens/s`;
console.log(
  `model ${DEFAULT_MODEL_PATH}: ${(statSync(DEFAULT_MODEL_PATH).size / 1024 / 1024).toFixed(2)} MiB`,
);
console.log(`load: ${loadMs.toFixed(0)} ms (read + gunzip + vocabulary + gazetteer)`);
console.log(`corpus: ANERcorp CAMeL test, ${sents.length} sentences, ${nTok} tokens; one thread, best of 3`);
console.log(`tag() per sentence:              ${fmt(perSentence)}`);
console.log(`tagDocument() on 20-sentence docs: ${fmt(asArticles)}`);
console.log(`stream (±window context, eval):   ${fmt(asStream)}`);
