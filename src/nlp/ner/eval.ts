// `npm run eval:ner`: entity-level micro P/R/F1 (exact span match, seqeval semantics) and per class
// on ANERcorp CAMeL test and AQMAR (PER/LOC/ORG; MISC ignored), plus tagging speed.
// `-- --json` prints one JSON object instead; `-- --model path` scores another model file.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AQMAR_DEV_FILES, readAqmar, readConll } from './conll.ts';
import { DEFAULT_MODEL_PATH } from './index.ts';
import { deserializeModel, type NerModel } from './model.ts';
import { ANERCORP_TEST, AQMAR_DIR } from './paths.ts';
import { type EntityScore, type Prf, scoreEntities } from './score.ts';
import { measureSpeed } from './speed.ts';
import { tagStream } from './tagger.ts';

interface Reported {
  p: number;
  r: number;
  f1: number;
  perClass: Record<string, { p: number; r: number; f1: number; support: number }>;
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

function report(s: EntityScore): Reported {
  const perClass: Reported['perClass'] = {};
  for (const [k, v] of Object.entries(s.perClass) as [string, Prf][]) {
    perClass[k] = { p: r4(v.p), r: r4(v.r), f1: r4(v.f1), support: v.tp + v.fn };
  }
  return { p: r4(s.p), r: r4(s.r), f1: r4(s.f1), perClass };
}

/** AQMAR documents are its articles: tag each file as its own stream. */
function tagAqmar(model: NerModel, files: readonly string[]): { gold: string[][]; pred: string[][] } {
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (const f of files) {
    const doc = readAqmar(AQMAR_DIR, [f]);
    gold.push(...doc.map((s) => s.tags));
    pred.push(
      ...tagStream(
        model,
        doc.map((s) => s.tokens),
      ),
    );
  }
  return { gold, pred };
}

function fmt(name: string, r: Reported): string {
  const lines = [`${name}: P ${r.p.toFixed(4)}  R ${r.r.toFixed(4)}  F1 ${r.f1.toFixed(4)}`];
  for (const [k, v] of Object.entries(r.perClass)) {
    lines.push(
      `  ${k.padEnd(5)} P ${v.p.toFixed(4)}  R ${v.r.toFixed(4)}  F1 ${v.f1.toFixed(4)}  (n=${v.support})`,
    );
  }
  return lines.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const mi = args.indexOf('--model');
  const path = mi >= 0 ? args[mi + 1]! : DEFAULT_MODEL_PATH;
  if (!existsSync(path)) throw new Error(`no model at ${path}: run npm run train:ner`);
  const model = deserializeModel(readFileSync(path));

  const test = readConll(ANERCORP_TEST);
  const anercorp = report(
    scoreEntities(
      test.map((s) => s.tags),
      tagStream(
        model,
        test.map((s) => s.tokens),
      ),
    ),
  );
  const all = readdirSync(AQMAR_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const aqAll = tagAqmar(model, all);
  const aqmar = report(scoreEntities(aqAll.gold, aqAll.pred, ['MISC']));
  const aqTest = tagAqmar(
    model,
    all.filter((f) => !AQMAR_DEV_FILES.includes(f)),
  );
  const aqmarTest = report(scoreEntities(aqTest.gold, aqTest.pred, ['MISC']));
  const tokensPerSecond = measureSpeed(model, test);

  if (json) {
    console.log(JSON.stringify({ anercorp, aqmar: { ...aqmar, testSplit: aqmarTest }, tokensPerSecond }));
    return;
  }
  console.log(fmt('ANERcorp CAMeL test (25,008 tokens)', anercorp));
  console.log(fmt('AQMAR, all 28 articles (PERS/LOC/ORG)', aqmar));
  console.log(fmt('AQMAR, 20-article test split (PERS/LOC/ORG)', aqmarTest));
  console.log(`speed: ${tokensPerSecond.toLocaleString('en')} tokens/s (one thread, after warm-up)`);
  console.log(`model: ${path} (${join('models', 'ner-anercorp.bin')})`);
}

main();
