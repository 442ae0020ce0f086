// The NER model: two linear stages (base tagger and document-aware stacked tagger), a small
// vocabulary with training frequencies, and a binary file format:
//   gzip( "AKNER001" | u32 header-length | header JSON | padding to 4 | sections... )
// Sections (little endian, each 4-byte aligned): vocab hashes u32[v], vocab buckets u8[v],
// then per stage: transitions f32[(T+1)*T], weights i16[2^bits * T]; then, for each name-knowledge
// table listed in the header (resources.ts), sorted key hashes u32[n] and values u8[n].

import { gunzipSync, gzipSync } from 'node:zlib';
import { Gazetteer, type GazetteerData } from './gazetteer.ts';
import { NUM_TAGS, TAGS } from './labels.ts';
import { HashTable, NameResources, type ResourceData, TABLE_NAMES } from './resources.ts';

export interface StageWeights {
  bits: number;
  /** Float32 while training; Int16 (times `scale`) once quantised for shipping. */
  w: Float32Array | Int16Array;
  scale: number;
  trans: Float32Array;
}

export interface NerModelHeader {
  format: 'akhbar-ner';
  formatVersion: 1;
  featureVersion: string;
  tags: string[];
  /** Sentences on either side that count as "the same document" for stage-2 hints. */
  window: number;
  /** Subtracted from the O score at decode time (recall/precision trade-off, tuned on train CV). */
  oBias: number;
  /** Upper bounds of the frequency buckets (see freqBucketOf). */
  freqBounds: number[];
  /** Character trigram features for unseen words (absent in older files = off). */
  charNgrams?: boolean;
  /** Snapshot of the lexicon names used as features, or null when trained without lexicon features. */
  gazetteer: GazetteerData | null;
  /** Snapshot of the data/ner lists used as features (absent in older files = none). */
  resources?: ResourceData | null;
  /** Which of them (resources.ts bit mask). */
  resourceMask?: number;
  /** Hashed token lists stored after the stages: name and length, in file order. */
  resourceTables?: { name: string; n: number }[];
  training: Record<string, unknown>;
}

export interface NerModel {
  header: NerModelHeader;
  /** normalised-word hash -> training count bucket (1..); absent = unseen. */
  vocab: Map<number, number>;
  stage1: StageWeights;
  stage2: StageWeights;
  /** Matcher built from header.gazetteer. */
  gazetteer: Gazetteer | null;
  /** Name knowledge built from header.resources. */
  resources: NameResources | null;
}

export const FREQ_BOUNDS = [0, 1, 3, 9, 49];

/** Bucket of a training count: 0 unseen, 1 once, 2 up to 3, ... 5 for 50+. */
export function freqBucketOf(count: number, bounds: readonly number[] = FREQ_BOUNDS): number {
  for (let b = 0; b < bounds.length; b++) if (count <= bounds[b]!) return b;
  return bounds.length;
}

const MAGIC = 'AKNER001';

/** Symmetric linear Int16 quantisation; weights are averaged perceptron weights, all well inside range. */
export function quantizeStage(s: StageWeights): StageWeights {
  if (s.w instanceof Int16Array) return s;
  let max = 0;
  for (let i = 0; i < s.w.length; i++) max = Math.max(max, Math.abs(s.w[i]!));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(s.w.length);
  for (let i = 0; i < s.w.length; i++) q[i] = Math.round(s.w[i]! / scale);
  return { bits: s.bits, w: q, scale, trans: s.trans };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

export function serializeModel(model: NerModel): Buffer {
  const s1 = quantizeStage(model.stage1);
  const s2 = quantizeStage(model.stage2);
  const tables = TABLE_NAMES.flatMap((name) => {
    const t = model.resources?.tables[name];
    return t ? [{ name, t }] : [];
  });
  const header = {
    ...model.header,
    resourceTables: tables.map(({ name, t }) => ({ name, n: t.keys.length })),
    stages: [s1, s2].map((s) => ({ bits: s.bits, scale: s.scale })),
  };
  const hjson = Buffer.from(JSON.stringify(header), 'utf8');
  const keys = [...model.vocab.keys()].sort((a, b) => a - b);
  const v = keys.length;
  const stageBytes = (s: StageWeights) => (NUM_TAGS + 1) * NUM_TAGS * 4 + s.w.length * 2;
  const size =
    align4(8 + 4 + hjson.length) +
    v * 4 +
    align4(v) +
    align4(stageBytes(s1)) +
    align4(stageBytes(s2)) +
    tables.reduce((a, { t }) => a + t.keys.length * 4 + align4(t.keys.length), 0);
  const buf = Buffer.alloc(size);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(hjson.length, 8);
  hjson.copy(buf, 12);
  let o = align4(12 + hjson.length);
  for (const k of keys) {
    buf.writeUInt32LE(k >>> 0, o);
    o += 4;
  }
  for (const k of keys) buf[o++] = model.vocab.get(k)!;
  o = align4(o);
  for (const s of [s1, s2]) {
    for (const t of s.trans) {
      buf.writeFloatLE(t, o);
      o += 4;
    }
    Buffer.from(s.w.buffer, s.w.byteOffset, s.w.byteLength).copy(buf, o);
    o = align4(o + s.w.byteLength);
  }
  for (const { t } of tables) {
    Buffer.from(t.keys.buffer, t.keys.byteOffset, t.keys.byteLength).copy(buf, o);
    o += t.keys.byteLength;
    Buffer.from(t.vals.buffer, t.vals.byteOffset, t.vals.byteLength).copy(buf, o);
    o = align4(o + t.vals.byteLength);
  }
  // level 9 + fixed input = byte-identical output for the same model (deterministic builds).
  return gzipSync(buf, { level: 9 });
}

export function deserializeModel(file: Buffer): NerModel {
  const buf = gunzipSync(file);
  if (buf.toString('latin1', 0, 8) !== MAGIC) throw new Error('not an akhbar NER model (bad magic)');
  const hlen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + hlen)) as NerModelHeader & {
    stages: { bits: number; scale: number }[];
  };
  if (header.tags.join() !== TAGS.join()) throw new Error('model tag set differs from this code');
  let o = align4(12 + hlen);
  const nvocab = header.training.vocabSize as number;
  // Copy into fresh aligned buffers: the gunzip result is not guaranteed to be 4-byte aligned.
  const hashes = new Uint32Array(buf.buffer.slice(buf.byteOffset + o, buf.byteOffset + o + nvocab * 4));
  o += nvocab * 4;
  const vocab = new Map<number, number>();
  for (let i = 0; i < nvocab; i++) vocab.set(hashes[i]!, buf[o + i]!);
  o = align4(o + nvocab);
  const stages: StageWeights[] = [];
  for (const st of header.stages) {
    const nt = (NUM_TAGS + 1) * NUM_TAGS;
    const trans = new Float32Array(buf.buffer.slice(buf.byteOffset + o, buf.byteOffset + o + nt * 4));
    o += nt * 4;
    const len = (1 << st.bits) * NUM_TAGS;
    const w = new Int16Array(buf.buffer.slice(buf.byteOffset + o, buf.byteOffset + o + len * 2));
    o = align4(o + len * 2);
    stages.push({ bits: st.bits, w, scale: st.scale, trans });
  }
  const tables: Record<string, HashTable> = {};
  for (const { name, n } of header.resourceTables ?? []) {
    const keys = new Uint32Array(buf.buffer.slice(buf.byteOffset + o, buf.byteOffset + o + n * 4));
    o += n * 4;
    const vals = new Uint8Array(buf.buffer.slice(buf.byteOffset + o, buf.byteOffset + o + n));
    o = align4(o + n);
    tables[name] = new HashTable(keys, vals);
  }
  const { stages: _stages, resourceTables: _tables, ...rest } = header;
  const gazetteer = rest.gazetteer ? new Gazetteer(rest.gazetteer) : null;
  const resources = rest.resourceMask
    ? new NameResources(tables, rest.resources ?? {}, rest.resourceMask)
    : null;
  return { header: rest, vocab, stage1: stages[0]!, stage2: stages[1]!, gazetteer, resources };
}
