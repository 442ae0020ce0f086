// Where the corpora live: ../shared/data/ner next to the repo by default, NER_DATA_DIR to override.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const NER_DATA_DIR = process.env.NER_DATA_DIR ?? join(REPO_ROOT, '..', 'shared', 'data', 'ner');
export const ANERCORP_TRAIN = join(NER_DATA_DIR, 'anercorp-camellab', 'ANERCorp_CamelLab_train.txt');
export const ANERCORP_TEST = join(NER_DATA_DIR, 'anercorp-camellab', 'ANERCorp_CamelLab_test.txt');
export const AQMAR_DIR = join(NER_DATA_DIR, 'aqmar');
export const MODEL_DIR = join(REPO_ROOT, 'models');
export const LEXICON_DIR = process.env.NER_LEXICON_DIR ?? join(REPO_ROOT, 'data', 'lexicon');
/** External name knowledge built by `npm run ner:resources` (see data/ner/NOTICE). */
export const NER_RESOURCE_DIR = process.env.NER_RESOURCE_DIR ?? join(REPO_ROOT, 'data', 'ner');
