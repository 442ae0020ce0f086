// Fusion of the statistical NER tagger (src/nlp/ner, issue 4) into the extractor's "candidates"
// slot. The lexicon and the patterns run first and are precise; the tagger only adds names they
// left alone, and only where its span looks like a name by the same cues the patterns trust
// (a title before a person, a head noun in an organisation, a lexicon form for a place), so the
// curated figures do not pay for the recall it brings on unseen text. Thresholds were tuned on a
// slice of ANERcorp TRAIN with `npm run eval:fusion -- --train` (never on test).
import { existsSync } from 'node:fs';
import { DEFAULT_MODEL_PATH, loadNerModel, type NerTextSpan } from '../nlp/ner/index.ts';
import { matchKey } from '../nlp/normalise.ts';
import type { Token } from '../nlp/tokens.ts';
import { cliticReadings } from '../nlp/tokens.ts';
import type { EntityType } from './contract.ts';
import { type Doc, type Entity, gapBefore, type Mention } from './document.ts';
import {
  addMention,
  ensureDiscoveredEntity,
  ensureLexiconEntity,
  removeMention,
} from './entities/registry.ts';
import type { CandidateRecogniser } from './pipeline.ts';
import { type LexiconEntry, type Resources, resources, wordLists } from './resources.ts';
import { isFunctionWord, nameLike, stemIn, stems } from './words.ts';

type NerLabel = 'PERS' | 'ORG' | 'LOC';
const TYPES: Record<NerLabel, EntityType> = { PERS: 'Person', ORG: 'Group', LOC: 'Place' };

export interface NerCandidateOptions {
  /** Labels to keep (default: PERS only, the one the patterns miss most). */
  labels?: string[];
  /** Minimum tagger margin for a span (model units). */
  minScore?: number;
  modelPath?: string;
}

/**
 * A bare recogniser backed by the NER model (raw spans, no reconciliation), or null when no model
 * file is available. Kept for experiments; the default pipeline uses `nerFusionComponent`.
 */
export function nerRecogniser(options: NerCandidateOptions = {}): CandidateRecogniser | null {
  const path = options.modelPath ?? DEFAULT_MODEL_PATH;
  if (!existsSync(path)) return null;
  const tagger = loadNerModel(path);
  const labels = new Set(options.labels ?? ['PERS']);
  const minScore = options.minScore ?? 0;
  return (doc) =>
    tagger
      .textSpans(doc.text)
      .filter((s) => labels.has(s.label) && s.label in TYPES && (s.score ?? 0) >= minScore)
      // Single-letter or digit spans are tagging noise, not names.
      .filter((s) => s.text.length > 2 && !/\d/.test(s.text))
      .map((s) => ({
        start: s.charStart,
        end: s.charEnd,
        type: TYPES[s.label as NerLabel],
        score: s.score ?? 0,
      }));
}

export interface NerFusionOptions {
  modelPath?: string;
  /**
   * Minimum tagger margin per label. A person with a title or cue beside it, an organisation with a
   * head noun and a place known to the lexicon need less: see `accept`.
   */
  minScore?: Partial<Record<NerLabel, number>>;
  /** Margin above which a span is trusted without any cue (the model is sure). */
  sureScore?: Partial<Record<NerLabel, number>>;
  /** Labels fused (default all three). */
  labels?: NerLabel[];
  /** Called for every tagger span left out because its tokens are taken (diagnostics). */
  onCovered?: (span: { label: string; start: number; end: number; score: number }) => void;
}

// Chosen on ANERcorp TRAIN documents 0-59 (`npm run eval:fusion -- --train`); see docs/ner.md.
export const DEFAULT_FUSION: Required<Omit<NerFusionOptions, 'modelPath' | 'onCovered'>> = {
  minScore: { PERS: 10, ORG: 10, LOC: 10 },
  sureScore: { PERS: 0, ORG: 30, LOC: 30 },
  labels: ['PERS', 'ORG', 'LOC'],
};

/** Every lexicon name and alias by matching key, once per Resources. */
const lexiconIndex = new WeakMap<Resources, Map<string, LexiconEntry>>();
function lexiconByKey(res: Resources): Map<string, LexiconEntry> {
  let idx = lexiconIndex.get(res);
  if (!idx) {
    idx = new Map();
    for (const e of res.lexicon)
      for (const f of [e.name, ...e.aliases]) {
        const k = matchKey(f);
        // The first entry keeps a shared form, as in the gazetteer.
        if (k && !idx.has(k)) idx.set(k, e);
      }
    lexiconIndex.set(res, idx);
  }
  return idx;
}

// Word lists: data/triggers/name-parts.json, this module's variants (they differ from discovery's
// and coref's; the file says how).
const NAMES = wordLists().names;
const CONNECTORS = new Set(NAMES.connectors.nerCandidates);
// "الدين زيدان" starts inside "زين الدين زيدان"; "بنو هاشم" is a tribe, not a person.
const NAME_TAILS = new Set(NAMES.nameTails.nerCandidates);
const TRIBES = new Set(NAMES.tribes.words);
// Given names shared by too many people to say two spans name the same one (as in coref.ts).
const TOO_COMMON = new Set(NAMES.tooCommonGivenNames.nerCandidates);

interface Span {
  label: NerLabel;
  score: number;
  /** Doc tokens [first, last). */
  first: number;
  last: number;
  /** Character start after proclitics on the first token. */
  start: number;
  end: number;
}

/** Doc tokens covered by a tagger span (the two tokenisers differ only on punctuation). */
function toDocTokens(doc: Doc, s: NerTextSpan, from: number): [number, number] {
  let first = from;
  while (first < doc.tokens.length && doc.tokens[first]!.end <= s.charStart) first++;
  let last = first;
  while (last < doc.tokens.length && doc.tokens[last]!.start < s.charEnd) last++;
  return [first, last];
}

/**
 * Where the name starts inside its first token: ANERcorp tags "وكمال" and "بموسكو" whole, the
 * extractor's mentions exclude the proclitics (as the gazetteer's do). A lexicon form, a given name
 * or a definite noun under the clitics decides; an unknown word keeps its letters.
 */
function nameStartIn(t: Token, res: Resources, lex: Map<string, LexiconEntry>): number {
  const readings = cliticReadings(t);
  // The curated given names (وليد، وسام) keep their و; "وعمرو" in the corpus-derived list does not.
  if (lex.has(t.norm) || res.givenNames.has(t.norm)) return t.start;
  for (const r of readings.slice(1)) {
    if (r.prefixes.some((p) => p === 'ال')) continue;
    if (lex.has(r.stem) || res.firstNames.has(r.stem) || r.keepsArticle) return r.start;
  }
  return t.start;
}

/** A token that can be part of a name of this kind (no verbs, cues or everyday words). */
function plainWord(t: Token, res: Resources): boolean {
  const n = t.norm;
  if (n.length < 2 || !/^[\u0621-\u064A]+$/.test(n)) return false;
  if (isFunctionWord(n) || res.cues.has(n) || res.triggers.has(n)) return false;
  if (res.commonWords.has(n) && !res.firstNames.has(n)) return false;
  return true;
}

/** Is token i preceded by a person title ("وزير الخارجية الجديد", "الرئيس")? */
function titleBefore(doc: Doc, res: Resources, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (doc.tokenSentence[k] !== doc.tokenSentence[i]) return false;
    const t = doc.tokens[k]!;
    if (stems(t).some((s) => res.titles.person.has(s))) return true;
    // Titles carry complements ("وزير الخارجية الجديد"): look past definite words only.
    if (!t.norm.startsWith('ال')) return false;
  }
  return false;
}

/** Is the span next to a reporting cue ("قال X"، "X إن"), the strongest cue a name follows? */
function cueBeside(doc: Doc, res: Resources, first: number, last: number): boolean {
  const before = doc.tokens[first - 1];
  const after = doc.tokens[last];
  const cue = (t: Token | undefined) => !!t && stems(t).some((s) => res.cues.has(s));
  return cue(before) || cue(after);
}

/** The entity a span names: a lexicon entry, an entity already in the article, or a new one. */
function entityFor(doc: Doc, res: Resources, type: EntityType, surface: string): Entity | null {
  const key = matchKey(surface);
  // "مسلحين دروز": an indefinite word names the lexicon's definite entry (الدروز), whatever the tag.
  const entry =
    lexiconByKey(res).get(key) ?? (key.includes(' ') ? undefined : lexiconByKey(res).get(`ال${key}`));
  if (entry) return ensureLexiconEntity(doc, entry);
  for (const e of doc.entities.values()) {
    if (matchKey(e.name) === key || [...e.aliases].some((a) => matchKey(a) === key)) return e;
  }
  return ensureDiscoveredEntity(doc, type, surface);
}

/** Transliterations write the foreign g as غ or ج (موراغ / موراج): fold them, as coref does. */
const foldG = (w: string) => w.replace(/غ/g, 'ج');

/** Words of the names of the article's people so far (minus given names too common to tell). */
function personWords(doc: Doc, res: Resources): Set<string> {
  // Recomputed only when the people or their names changed: this runs for every tagger span.
  let sig = doc.entities.size;
  for (const e of doc.entities.values()) if (e.type === 'Person') sig += 1 + e.aliases.size;
  const cached = personWordsCache.get(doc);
  if (cached?.sig === sig) return cached.words;
  const out = new Set<string>();
  for (const e of doc.entities.values()) {
    if (e.type !== 'Person') continue;
    for (const n of [e.name, ...e.aliases])
      for (const w of matchKey(n).split(' ')) if (w.length >= 3 && !CONNECTORS.has(w)) out.add(foldG(w));
  }
  for (const w of out) if (res.titles.person.has(w)) out.delete(w);
  personWordsCache.set(doc, { sig, words: out });
  return out;
}
const personWordsCache = new WeakMap<Doc, { sig: number; words: Set<string> }>();

function accept(doc: Doc, res: Resources, sp: Span, o: typeof DEFAULT_FUSION): boolean {
  const toks = doc.tokens.slice(sp.first, sp.last);
  if (sp.score < (o.minScore[sp.label] ?? 0)) return false;
  const sure = sp.score >= (o.sureScore[sp.label] ?? Number.POSITIVE_INFINITY);
  // Names end on a name word, never on a function word or an everyday word.
  const lastTok = toks[toks.length - 1]!;
  if (!plainWord(lastTok, res)) return false;
  if (sp.label === 'PERS') {
    if (!toks.every((t) => plainWord(t, res) || CONNECTORS.has(t.norm))) return false;
    // "بسر بن"، "الدين زيدان": a span cut inside a compound name is a wrong boundary, not a name.
    if (CONNECTORS.has(lastTok.norm) || NAME_TAILS.has(toks[0]!.norm) || TRIBES.has(toks[0]!.norm))
      return false;
    // "عباس" after "محمود عباس" is coref's to resolve; "شريف العلاج" runs a known name into a noun.
    // A common given name alone ("عمر") is still a short form; inside a longer name it is not.
    const known = personWords(doc, res);
    const common = (t: Token) => toks.length > 1 && TOO_COMMON.has(t.norm);
    if (toks.some((t) => !CONNECTORS.has(t.norm) && !common(t) && known.has(foldG(t.norm)))) return false;
    if (toks.some((t) => res.titles.person.has(t.norm))) return false;
    const words = toks.filter((t) => !CONNECTORS.has(t.norm)).length;
    if (words >= 2) return true;
    // One word: only with a title or a reporting cue beside it, or when the model is sure.
    const one = toks[0]!;
    if (!nameLike(one, res) || one.norm.length < 3) return false;
    return sure || titleBefore(doc, res, sp.first) || cueBeside(doc, res, sp.first, sp.last);
  }
  if (sp.label === 'ORG') {
    const head = stems(toks[0]!).some((s) => res.groupHeads.has(s) || res.outletHeads.has(s));
    // "القوات المسلحة"، "حركة التمرد": a head with only definite nouns describes, it does not name.
    const proper = toks.slice(head ? 1 : 0).some((t) => !/^(ال|لل)/.test(stems(t).at(-1) ?? t.norm));
    return (head && proper) || sure;
  }
  // LOC: a lexicon place or country by its form; else name words, one alone only when sure.
  const key = matchKey(doc.text.slice(sp.start, sp.end));
  if (lexiconByKey(res).has(key)) return true;
  // "ملف نوران" after "نوران حواس": a word of a person's name is that person, not a place.
  const known = personWords(doc, res);
  if (toks.some((t) => known.has(foldG(t.norm)))) return false;
  if (!toks.every((t) => plainWord(t, res))) return false;
  if (toks.length === 1) return sure && nameLike(toks[0]!, res);
  return true;
}

interface Yielded {
  mention: Mention;
  entity: Entity;
  dropped: boolean;
}

/**
 * "مصطفى جعفر وعمرو زكي": the patterns may read a name into the conjoined name after it, where the
 * tagger stops at "مصطفى جعفر". When a tagger person span starts where a pattern-found (never a
 * lexicon) person starts, ends inside it, and the rest begins with the conjunction و/ف, the
 * pattern mention is taken out (its entity too when it has no other mention) so the tagger's
 * span can replace it; `restore` puts it back if the span is then not accepted.
 */
function yieldConjoinedTail(doc: Doc, res: Resources, first: number, last: number): Yielded | null {
  const m = doc.tokenMention[first];
  if (m?.source !== 'pattern' || m.tokenStart !== first || m.tokenEnd <= last) return null;
  for (let i = first; i < last; i++) if (doc.tokenMention[i] !== m) return null;
  const entity = doc.entities.get(m.entityId);
  if (entity?.type !== 'Person' || res.byId.has(entity.id)) return null;
  const tail = doc.tokens[last]!;
  if (!/^[وف]/.test(tail.norm) || !stems(tail).some((x) => x !== tail.norm && res.firstNames.has(x)))
    return null;
  removeMention(doc, m);
  const dropped = !doc.mentions.some((x) => x.entityId === entity.id);
  if (dropped) doc.entities.delete(entity.id);
  return { mention: m, entity, dropped };
}

function restore(doc: Doc, y: Yielded): void {
  if (y.dropped) doc.entities.set(y.entity.id, y.entity);
  const m = y.mention;
  addMention(doc, y.entity, m.tokenStart, m.tokenEnd, m.start, m.end, m.source);
}

/**
 * The "candidates" component with the NER tagger fused in, or null when no model file exists.
 * Each tagger span becomes a mention only if none of its tokens is already a mention (lexicon and
 * patterns win), it passes `accept`, and it links to a lexicon entry, an entity of the article with
 * the same name, or a new entity whose id is the registry's type + normalised form.
 */
export function nerFusionComponent(
  res: Resources = resources(),
  options: NerFusionOptions = {},
): ((doc: Doc) => void) | null {
  const path = options.modelPath ?? DEFAULT_MODEL_PATH;
  if (!existsSync(path)) return null;
  const tagger = loadNerModel(path);
  const o: typeof DEFAULT_FUSION = {
    minScore: { ...DEFAULT_FUSION.minScore, ...options.minScore },
    sureScore: { ...DEFAULT_FUSION.sureScore, ...options.sureScore },
    labels: options.labels ?? DEFAULT_FUSION.labels,
  };
  const labels = new Set<string>(o.labels);
  const lex = lexiconByKey(res);
  return (doc) => {
    let from = 0;
    for (const s of tagger.textSpans(doc.text)) {
      if (!labels.has(s.label)) continue;
      const [first, last] = toDocTokens(doc, s, from);
      from = first;
      if (first >= last) continue;
      const label = s.label as NerLabel;
      // A pattern name run into the next conjoined name gives its tail back to a shorter person span.
      const yielded = label === 'PERS' ? yieldConjoinedTail(doc, res, first, last) : null;
      let covered = false;
      for (let i = first; i < last; i++) if (doc.tokenMention[i]) covered = true;
      if (covered) {
        options.onCovered?.({ label: s.label, start: s.charStart, end: s.charEnd, score: s.score ?? 0 });
        continue;
      }
      const start = nameStartIn(doc.tokens[first]!, res, lex);
      const sp: Span = { label, score: s.score ?? 0, first, last, start, end: doc.tokens[last - 1]!.end };
      if (!accept(doc, res, sp, o)) {
        if (yielded) restore(doc, yielded);
        continue;
      }
      const surface = doc.text.slice(sp.start, sp.end);
      const e = entityFor(doc, res, placeHeadBefore(doc, res, first) ? 'Place' : TYPES[label], surface);
      if (!e) continue;
      doc.candidates.push({ start: sp.start, end: sp.end, type: e.type, score: sp.score });
      addMention(doc, e, first, last, sp.start, sp.end, 'candidate');
    }
  };
}

/** "مخيم أبو شوك"، "قرية أبو ديس": a name right after an indefinite place head names the place. */
function placeHeadBefore(doc: Doc, res: Resources, first: number): boolean {
  const prev = doc.tokens[first - 1];
  if (!prev || doc.tokenMention[first - 1] || gapBefore(doc, first).trim() !== '') return false;
  const head = stemIn(prev, res.placeHeads);
  return !!head && !head.startsWith('ال');
}

/** Is fusion on unless switched off (AKHBAR_NER=0)? */
export function nerFusionByDefault(): boolean {
  return process.env.AKHBAR_NER !== '0';
}
