// Finds names no lexicon knows, from the way news prose introduces them:
//  - a title or role before a name: "الرائد محمد حجازي"، "وزير الشؤون الخارجية خميس الجهيناوي"
//  - a name before an apposition: "معتصم بالله، أحد المسؤولين"، "صقر الجروشي قائد القوات الجوية"
//  - an organisation head noun: "حركة X"، "مركز البحوث والدراسات الأمنية"، صحيفة «X»
//  - a place head noun: "مدينة باجان"
import { normalise } from '../../nlp/normalise.ts';
import type { Token } from '../../nlp/tokens.ts';
import type { EntityType } from '../contract.ts';
import { type Doc, gapBefore } from '../document.ts';
import type { Resources } from '../resources.ts';
import { isFunctionWord, nameLike, stemIn, stems } from '../words.ts';
import { addMention, ensureDiscoveredEntity } from './registry.ts';

// Tokens that join name parts: عبد الله، أبو ردينة، ولد الشيخ، بن لادن.
const CONNECTORS = new Set(['عبد', 'ابو', 'ابن', 'بن', 'ولد', 'بنت', 'ال', 'ام', 'اغا']);
const NAME_TAILS = new Set(['الله', 'الدين', 'الرحمن', 'الرحيم', 'بالله', 'العزيز', 'الكريم', 'الحق']);

/**
 * Reads a person name starting at token i. Returns the end token (exclusive) or null.
 * `strict` demands a known given name or two name-like tokens.
 */
export function readPersonName(doc: Doc, res: Resources, i: number, strict: boolean): number | null {
  const toks = doc.tokens;
  const first = toks[i];
  if (!first || doc.tokenMention[i] || !nameLike(first, res)) return null;
  if (first.norm.startsWith('ال') && !res.firstNames.has(first.norm)) return null;
  let j = i + 1;
  let units = 1;
  let pendingConnector = CONNECTORS.has(first.norm);
  while (j < toks.length && j < i + 5) {
    const t = toks[j]!;
    if (gapBefore(doc, j).trim() !== '' || doc.tokenMention[j]) break;
    if (pendingConnector || NAME_TAILS.has(t.norm)) {
      pendingConnector = CONNECTORS.has(t.norm);
      j++;
      continue;
    }
    if (units >= 2 && !res.firstNames.has(toks[i]!.norm)) break;
    if (units >= 3) break;
    if (!nameLike(t, res)) break;
    pendingConnector = CONNECTORS.has(t.norm);
    units++;
    j++;
  }
  if (pendingConnector) return null;
  if (strict && units < 2 && !res.firstNames.has(first.norm)) return null;
  return j;
}

interface TitlePhrase {
  /** First token of the title. */
  start: number;
  /** First token after title and complement. */
  end: number;
  title: string;
  /** Entity in the complement: "باسم الأمم المتحدة"، "الروسي". */
  targetId: string | null;
}

/** Longest title (1-3 tokens) starting at token i, clitics stripped from the first token. */
function titleAt(doc: Doc, res: Resources, i: number): { title: string; length: number } | null {
  const t = doc.tokens[i];
  if (!t) return null;
  for (const len of [3, 2, 1]) {
    for (const s of stems(t)) {
      const words = [s, ...doc.tokens.slice(i + 1, i + len).map((x) => x.norm)];
      if (words.length < len) continue;
      const key = words.join(' ');
      if (res.titles.person.has(key)) {
        // A multiword title must not straddle punctuation.
        let ok = true;
        for (let k = i + 1; k < i + len; k++) if (gapBefore(doc, k).trim() !== '') ok = false;
        if (ok) return { title: key, length: len };
      }
    }
  }
  return null;
}

/**
 * Parses a title and its complement at token i: "المتحدث باسم الأمم المتحدة في جنيف"،
 * "الرئيس الروسي"، "زعيم طالبان". The complement is definite words, entities, and
 * prepositional links; it stops before the name.
 */
export function parseTitle(doc: Doc, res: Resources, i: number): TitlePhrase | null {
  const head = titleAt(doc, res, i);
  if (!head) return null;
  let j = i + head.length;
  let targetId: string | null = null;
  const LINKS = new Set(['باسم', 'لدي', 'في', 'الي', 'عن', 'ل', 'لدى']);
  let steps = 0;
  while (j < doc.tokens.length && steps < 6) {
    if (gapBefore(doc, j).trim() !== '') break;
    const t = doc.tokens[j]!;
    const m = doc.tokenMention[j];
    if (m) {
      const e = doc.entities.get(m.entityId);
      if (!e || e.type === 'Person') break;
      targetId ??= m.entityId;
      j = m.tokenEnd;
      steps++;
      continue;
    }
    if (LINKS.has(t.norm) && doc.tokenMention[j + 1]) {
      j++;
      steps++;
      continue;
    }
    if (t.norm.startsWith('ال') && !res.firstNames.has(t.norm) && !res.cues.has(t.norm) && !res.triggers.has(t.norm)) {
      j++;
      steps++;
      continue;
    }
    break;
  }
  return { start: i, end: j, title: head.title, targetId };
}

function personFromTitles(doc: Doc, res: Resources): void {
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokenMention[i]) continue;
    const tp = parseTitle(doc, res, i);
    if (!tp) continue;
    let at = tp.end;
    // "رئيس الوزراء اللبناني، سعد الحريري": a comma may separate title and name.
    if (gapBefore(doc, at).trim() === '،' || gapBefore(doc, at).trim() === ',') at = tp.end;
    else if (gapBefore(doc, at).trim() !== '') continue;
    const end = readPersonName(doc, res, at, false);
    if (end === null) continue;
    // A lone unknown token after a title must at least look like a name, not a common word.
    const name = doc.text.slice(doc.tokens[at]!.start, doc.tokens[end - 1]!.end);
    const e = ensureDiscoveredEntity(doc, 'Person', name);
    addMention(doc, e, at, end, doc.tokens[at]!.start, doc.tokens[end - 1]!.end, 'pattern');
    i = end - 1;
  }
}

const APPOSITION_HEADS = new Set(
  ['المتحدث', 'الناطق', 'زعيم', 'رئيس', 'قائد', 'مندوب', 'وزير', 'مدير', 'المدير', 'احد', 'عضو', 'منسق', 'شقيق', 'مستشار', 'مسؤول', 'نائب', 'مبعوث', 'سفير', 'الامين', 'امين', 'مؤسس', 'رئيسه', 'المسؤول'].map(
    normalise,
  ),
);

/** "X، المتحدث باسم Y" and "X قائد Y": the name is the run of name-like tokens before the role. */
function personFromAppositions(doc: Doc, res: Resources): void {
  for (let k = 1; k < doc.tokens.length; k++) {
    const role = doc.tokens[k]!;
    if (!stemIn(role, APPOSITION_HEADS)) continue;
    const gap = gapBefore(doc, k).trim();
    if (gap !== '' && gap !== '،' && gap !== ',') continue;
    // Walk back over at most three name tokens.
    let a = k;
    while (a > 0 && k - a < 3 && !doc.tokenMention[a - 1] && nameLike(doc.tokens[a - 1], res)) {
      if (a < k && gapBefore(doc, a).trim() !== '') break;
      a--;
    }
    if (a === k) continue;
    // The token before the name must close the name: a cue, punctuation, a function word or "و".
    const before = doc.tokens[a - 1];
    const gapA = gapBefore(doc, a).trim();
    const opener =
      !before ||
      gapA !== '' ||
      res.cues.has(before.norm) ||
      !!stemIn(before, res.cues) ||
      isFunctionWord(before.norm) ||
      res.titles.person.has(before.norm);
    let start = a;
    // "وصقر الجروشي": the name's first token may carry the conjunction.
    const firstStems = stems(doc.tokens[a]!);
    if (!opener && !(firstStems.length > 1)) continue;
    const end = readPersonName(doc, res, start, true);
    if (end === null || end !== k) {
      // Retry without the first token when it is a verb-like cue glued to the name.
      if (start + 1 < k && readPersonName(doc, res, start + 1, true) === k) start++;
      else continue;
    }
    let textStart = doc.tokens[start]!.start;
    const t0 = doc.tokens[start]!;
    if (t0.norm.startsWith('و') && !res.firstNames.has(t0.norm) && res.firstNames.has(t0.norm.slice(1))) textStart++;
    const name = doc.text.slice(textStart, doc.tokens[k - 1]!.end);
    if (name.split(/\s+/).length < 2 && !res.firstNames.has(normalise(name))) continue;
    const e = ensureDiscoveredEntity(doc, 'Person', name);
    addMention(doc, e, start, k, textStart, doc.tokens[k - 1]!.end, 'pattern');
  }
}

const ORG_STOP = new Set(
  ['التابعه', 'التابع', 'المعترف', 'الذي', 'التي', 'الذين', 'السابق', 'الحالي', 'الجديد', 'المقبل', 'الماضي', 'نفسه', 'ذاتها', 'ذاته', 'المتحده'].map(
    normalise,
  ),
);

/** Head noun + complement: "مركز البحوث والدراسات الأمنية"، "حزب ميريتس"، صحيفة «X». */
function organisationsFromHeads(doc: Doc, res: Resources): void {
  for (let i = 0; i < doc.tokens.length - 1; i++) {
    if (doc.tokenMention[i]) continue;
    const t = doc.tokens[i]!;
    const groupHead = stemIn(t, res.groupHeads);
    const placeHead = groupHead ? null : stemIn(t, res.placeHeads);
    const head = groupHead ?? placeHead;
    if (!head || head.startsWith('ال')) continue;
    const type: EntityType = groupHead ? 'Group' : 'Place';
    const stemStart = t.start + (t.norm.length - head.length);
    const gap = doc.text.slice(t.end, doc.tokens[i + 1]!.start);
    // Quoted name: صحيفة «صنداي تايمز»، قناة "فرانس24".
    const q = /^\s*[«"]/.exec(gap);
    if (q) {
      const open = t.end + q[0].length;
      const close = doc.text.slice(open).search(/[»"]/);
      if (close > 0 && close < 60) {
        const name = doc.text.slice(open, open + close).trim();
        let j = i + 1;
        while (j < doc.tokens.length && doc.tokens[j]!.end <= open + close) j++;
        if (j - i - 1 > 5 || doc.tokenMention[i + 1]) continue;
        const e = ensureDiscoveredEntity(doc, type, name, head);
        e.aliases.add(`${doc.text.slice(stemStart, t.end)} ${name}`);
        addMention(doc, e, i + 1, j, open, open + close, 'pattern');
        i = j - 1;
        continue;
      }
    }
    if (gap.trim() !== '') continue;
    let j = i + 1;
    const firstT = doc.tokens[j]!;
    if (doc.tokenMention[j] || isFunctionWord(firstT.norm) || res.commonWords.has(firstT.norm) && !firstT.norm.startsWith('ال')) continue;
    if (res.cues.has(firstT.norm) || res.triggers.has(firstT.norm)) continue;
    // Construct chain: the first word, then definite words (and "وال" coordinations).
    j++;
    while (j < doc.tokens.length && j < i + 6) {
      const u = doc.tokens[j]!;
      if (gapBefore(doc, j).trim() !== '' || doc.tokenMention[j]) break;
      const definite = u.norm.startsWith('ال') || u.norm.startsWith('وال') || u.norm.startsWith('لل');
      if (!definite || ORG_STOP.has(u.norm) || res.cues.has(u.norm) || res.triggers.has(u.norm)) break;
      j++;
    }
    // An indefinite adjective after a feminine place head ("منطقة مضطربة") is no name.
    if (type === 'Place' && (!firstT.norm || firstT.norm.endsWith('ه') && !firstT.norm.startsWith('ال'))) continue;
    if (type === 'Group' && j === i + 2 && !firstT.norm.startsWith('ال') && !nameLike(firstT, res)) continue;
    const startTok = type === 'Place' ? i + 1 : i;
    const start = type === 'Place' ? doc.tokens[i + 1]!.start : stemStart;
    const end = doc.tokens[j - 1]!.end;
    const name = doc.text.slice(start, end);
    const e = ensureDiscoveredEntity(doc, type, name, head);
    if (type === 'Place') e.aliases.add(doc.text.slice(stemStart, end));
    // Acronym right after: مركز … «CRSS».
    const after = /^\s*[«"(]([A-Za-z][A-Za-z0-9.&-]{1,10})[»")]/.exec(doc.text.slice(end));
    if (after) e.aliases.add(after[1]!);
    addMention(doc, e, startTok, j, start, end, 'pattern');
    i = j - 1;
  }
}

export function discoveryComponent(res: Resources) {
  return (doc: Doc): void => {
    personFromTitles(doc, res);
    personFromAppositions(doc, res);
    organisationsFromHeads(doc, res);
  };
}

export type { Token };
