// Finds names no lexicon knows, from the way news prose introduces them:
//  - a title or role before a name: "الرائد محمد حجازي"، "وزير الشؤون الخارجية خميس الجهيناوي"
//  - a name before an apposition: "معتصم بالله، أحد المسؤولين"، "صقر الجروشي قائد القوات الجوية"
//  - an organisation head noun: "حركة X"، "مركز البحوث والدراسات الأمنية"، صحيفة «X»
//  - a place head noun: "مدينة باجان"
import { normalise } from '../../nlp/normalise.ts';
import type { Token } from '../../nlp/tokens.ts';
import type { EntityType } from '../contract.ts';
import { type Doc, gapBefore } from '../document.ts';
import { type Resources, wordLists } from '../resources.ts';
import { isFunctionWord, nameLike, stemIn, stems } from '../words.ts';
import { addMention, ensureDiscoveredEntity, removeMention, yieldBareSurnames } from './registry.ts';

// Word lists: data/triggers/name-parts.json and name-context.json.
const NAMES = wordLists().names;
const CONTEXT = wordLists().nameContext;
// Tokens that join name parts: عبد الله، أبو ردينة، ولد الشيخ، بن لادن.
const CONNECTORS = new Set(NAMES.connectors.discovery);
const KINSHIP = new Set(NAMES.kinship.words);
const NAME_TAILS = new Set(NAMES.nameTails.discovery);

/**
 * Reads a person name starting at token i. Returns the end token (exclusive) or null.
 * `strict` demands a known given name or two name-like tokens.
 */
export function readPersonName(doc: Doc, res: Resources, i: number, strict: boolean): number | null {
  const toks = doc.tokens;
  const first = toks[i];
  if (!first || doc.tokenMention[i] || !nameLike(first, res)) return null;
  if (first.norm.startsWith('ال') && !res.firstNames.has(first.norm)) return null;
  if (/^و/.test(first.norm) && !res.firstNames.has(first.norm)) return null;
  if (looksLikeVerb(first.norm, res)) return null;
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
    // A name does not run into a conjoined word, an adjective ("المختطفة") or a verb ("يرمي").
    if (/^و/.test(t.norm) && !res.firstNames.has(t.norm)) break;
    if (t.norm.startsWith('ال') && t.norm.endsWith('ه')) break;
    if (looksLikeVerb(t.norm, res)) break;
    pendingConnector = CONNECTORS.has(t.norm);
    units++;
    j++;
  }
  if (pendingConnector) return null;
  if (strict && units < 2 && !res.firstNames.has(first.norm)) return null;
  if (j === i + 1 && !res.firstNames.has(first.norm)) {
    // A lone unknown word after a title must not carry a pronoun ("أبناءه") or a preposition ("لمخالفيه").
    if (/(ه|ها|هم|هما|كم|نا)$/.test(first.norm) || (/^[بلك]/.test(first.norm) && stems(first).length > 1))
      return null;
  }
  // "علي" written with yā' opens a name only before another name (Egyptian spelling writes على so).
  if (first.norm === 'علي' && !res.firstNames.has(toks[i + 1]?.norm ?? '') && toks[i + 1]?.norm !== 'عبد')
    return null;
  return j;
}

/** Imperfect verbs ("يرمي"، "يشنها"، "يؤيد") are not names; long foreign names may start with ي. */
function looksLikeVerb(norm: string, res: Resources): boolean {
  if (res.firstNames.has(norm)) return false;
  if (/^[يت]/.test(norm) && norm.length <= 5) return true;
  // "يستقبل"، "تستضيف": the imperfect of the istaf'ala form; and any word we know as an event or reporting verb.
  if (/^[يت]ست/.test(norm) || res.triggers.has(norm) || res.cues.has(norm)) return true;
  return /^[يت].{2,4}(ها|هم|ه|نا)$/.test(norm);
}

const TITLE_ADVERBS = new Set(CONTEXT.titleAdverbs.words.map(normalise));
const PRONOUN_LINKS = new Set(CONTEXT.pronounLinks.words.map(normalise));
const LINKS = new Set(CONTEXT.titleLinks.words);

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
const titleFirstWords = new WeakMap<Resources, Set<string>>();

function titleAt(doc: Doc, res: Resources, i: number): { title: string; length: number } | null {
  const t = doc.tokens[i];
  if (!t) return null;
  let firsts = titleFirstWords.get(res);
  if (!firsts) {
    firsts = new Set([...res.titles.person].map((x) => x.split(' ')[0]!));
    titleFirstWords.set(res, firsts);
  }
  // Most tokens start no title: check the first word before building longer keys.
  if (!stems(t).some((s) => firsts.has(s))) return null;
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
  let steps = 0;
  while (j < doc.tokens.length && steps < 8) {
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
    const nextT = doc.tokens[j + 1];
    const linkOk =
      !!doc.tokenMention[j + 1] ||
      ((t.norm === 'باسم' || t.norm === 'ل') && !!nextT && nextT.norm.startsWith('ال')) ||
      // "وزير الإعلام في الحكومة اليمنية": في + a body with its nationality.
      (t.norm === 'في' && !!nextT && nextT.norm.startsWith('ال') && nisbaAt(doc, j + 2));
    if (LINKS.has(t.norm) && linkOk) {
      j++;
      steps++;
      continue;
    }
    if (
      t.norm.startsWith('ال') &&
      !res.firstNames.has(t.norm) &&
      !res.cues.has(t.norm) &&
      !res.triggers.has(t.norm)
    ) {
      j++;
      steps++;
      continue;
    }
    // "وزير الإعلام في الحكومة المعترف بها دوليا معمر الإرياني": an adverb still belongs to the title.
    if (TITLE_ADVERBS.has(t.norm) && j > i + 1) {
      j++;
      steps++;
      continue;
    }
    // "وزير التعليم فيها": the pronoun points to the country or body named before the title.
    if (PRONOUN_LINKS.has(t.norm) && j > i + head.length) {
      for (let k = i - 1; k >= 0 && doc.tokenSentence[k] === doc.tokenSentence[i]; k--) {
        const pm = doc.tokenMention[k];
        const pe = pm && doc.entities.get(pm.entityId);
        if (pe && (pe.type === 'Country' || pe.type === 'Group') && pm!.source !== 'nisba') {
          targetId ??= pe.id;
          break;
        }
      }
      j++;
      steps++;
      continue;
    }
    break;
  }
  return { start: i, end: j, title: head.title, targetId };
}

/** Where a name starting at token i really starts: after a conjunction glued to a given name ("وصلاح"). */
function nameStart(doc: Doc, res: Resources, i: number): number {
  const t = doc.tokens[i]!;
  const rest = t.norm.slice(1);
  if (
    (t.norm.startsWith('و') || t.norm.startsWith('ف')) &&
    !res.firstNames.has(t.norm) &&
    res.firstNames.has(rest)
  ) {
    return t.start + (t.text.length - t.text.replace(/^[وف]\p{M}*/u, '').length);
  }
  return t.start;
}

/** Reads a name at token i, also when its first token carries "و" ("وعبد الرؤوف"). */
function readNameAt(doc: Doc, res: Resources, i: number, strict: boolean): number | null {
  const end = readPersonName(doc, res, i, strict);
  if (end !== null) return end;
  const t = doc.tokens[i];
  if (t && /^[وف]/.test(t.norm) && res.firstNames.has(t.norm.slice(1))) {
    // Judge the name as if the conjunction were not there.
    const saved = t.norm;
    t.norm = saved.slice(1);
    const e = readPersonName(doc, res, i, strict);
    t.norm = saved;
    return e;
  }
  return null;
}

function addPerson(doc: Doc, res: Resources, from: number, to: number): boolean {
  if (!yieldBareSurnames(doc, from, to)) return false;
  const start = nameStart(doc, res, from);
  const end = doc.tokens[to - 1]!.end;
  const e = ensureDiscoveredEntity(doc, 'Person', doc.text.slice(start, end));
  return addMention(doc, e, from, to, start, end, 'pattern') !== null;
}

function personFromTitles(doc: Doc, res: Resources): void {
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokenMention[i]) continue;
    const tp = parseTitle(doc, res, i);
    if (!tp) continue;
    const at = tp.end;
    // "رئيس الوزراء اللبناني، سعد الحريري": a comma may separate title and name.
    const gap = gapBefore(doc, at).trim();
    if (gap !== '' && gap !== '،' && gap !== ',') continue;
    let end = readNameAt(doc, res, at, false);
    // Kinship words ("وابنته مريم") take only a known given name.
    if (end !== null && KINSHIP.has(tp.title) && !res.firstNames.has(doc.tokens[at]!.norm)) continue;
    if (end === null) {
      // A bare lexicon surname after a title may be the tail of a longer name: let it go.
      const m = doc.tokenMention[at];
      if (m?.source !== 'lexicon' || doc.entities.get(m.entityId)?.type !== 'Person') continue;
      const save = doc.tokenMention[at];
      doc.tokenMention[at] = undefined;
      end = readNameAt(doc, res, at, true);
      doc.tokenMention[at] = save;
      if (end === null || end <= m.tokenEnd) continue;
      if (doc.tokens[m.tokenEnd]!.norm.startsWith('ال')) continue;
    }
    if (!addPerson(doc, res, at, end)) continue;
    i = end - 1;
    // "الصحفيين سفيان الشورابي ونذير القطاري": a plural title introduces coordinated names.
    while (res.titles.plural.has(tp.title) || res.titles.plural.has(tp.title.split(' ')[0]!)) {
      const next = doc.tokens[i + 1];
      if (!next || !/^و/.test(next.norm) || gapBefore(doc, i + 1).trim() !== '') break;
      const e2 = readNameAt(doc, res, i + 1, false);
      if (e2 === null || !addPerson(doc, res, i + 1, e2)) break;
      i = e2 - 1;
    }
  }
}

const APPOSITION_HEADS = new Set(CONTEXT.appositionHeads.words.map(normalise));

/** "X، المتحدث باسم Y" and "X قائد Y": the name is the run of name-like tokens before the role. */
function personFromAppositions(doc: Doc, res: Resources): void {
  for (let k = 1; k < doc.tokens.length; k++) {
    const role = doc.tokens[k]!;
    if (!stemIn(role, APPOSITION_HEADS)) continue;
    const gap = gapBefore(doc, k).trim();
    if (gap !== '' && gap !== '،' && gap !== ',') continue;
    // "وهو مشرع": only after a comma.
    if ((role.norm === 'وهو' || role.norm === 'وهي') && gap === '') continue;
    // Walk back over at most three name tokens (a bare lexicon surname may be the last one).
    let a = k;
    while (a > 0 && k - a < 3) {
      const prev = doc.tokens[a - 1]!;
      const m = doc.tokenMention[a - 1];
      const bare =
        m &&
        m.source === 'lexicon' &&
        m.tokenEnd - m.tokenStart === 1 &&
        doc.entities.get(m.entityId)?.type === 'Person';
      if ((m && !bare) || !(nameLike(prev, res) || bare)) break;
      if (a < k && gapBefore(doc, a).trim() !== '') break;
      a--;
    }
    if (a === k) continue;
    const before = doc.tokens[a - 1];
    const gapA = gapBefore(doc, a).trim();
    const opener =
      !before ||
      gapA !== '' ||
      res.cues.has(before.norm) ||
      !!stemIn(before, res.cues) ||
      isFunctionWord(before.norm) ||
      res.titles.person.has(before.norm);
    if (!opener && !/^[وف]/.test(doc.tokens[a]!.norm)) continue;
    let start = a;
    const saved = doc.tokenMention.slice(a, k);
    for (let x = a; x < k; x++) doc.tokenMention[x] = undefined;
    let end = readNameAt(doc, res, start, true);
    if (end !== k && start + 1 < k && readNameAt(doc, res, start + 1, true) === k) {
      start++;
      end = k;
    }
    for (let x = a; x < k; x++) doc.tokenMention[x] = saved[x - a];
    if (end !== k) continue;
    addPerson(doc, res, start, k);
  }
}

const AFTER_SUBJECT = new Set(CONTEXT.afterSubject.words.map(normalise));

/**
 * "وأكد ماتيو سالفيني أن …": two or three name-like words between a reporting verb and what
 * closes a subject (أن، a comma, a colon, "في بيان", "أمس") are a person's name.
 */
function personAfterCue(doc: Doc, res: Resources): void {
  for (let i = 0; i < doc.tokens.length - 2; i++) {
    const cue = stemIn(doc.tokens[i], res.cues);
    if (!cue || res.sourceCues.has(cue)) continue;
    const start = i + 1;
    if (doc.tokenMention[start] || gapBefore(doc, start).trim() !== '') continue;
    const end = readNameAt(doc, res, start, true);
    if (end === null || end - start < 2) continue;
    const next = doc.tokens[end];
    const gap = gapBefore(doc, end).trim();
    const closes =
      gap === '،' ||
      gap === ',' ||
      gap === ':' ||
      (next !== undefined &&
        (AFTER_SUBJECT.has(next.norm) || (/^ل/.test(next.norm) && !!doc.tokenMention[end])));
    if (!closes) continue;
    if (addPerson(doc, res, start, end)) i = end - 1;
  }
}

/**
 * "الفنلندي كيمي ريكونن"، "والسوري أدونيس": a nationality used as a noun, right before a name.
 * The nisba must stand alone (after punctuation, a function word or a conjunction), not describe a
 * preceding noun ("الجيش الليبي").
 */
function personAfterNisba(doc: Doc, res: Resources): void {
  for (const m of [...doc.mentions]) {
    if (m.source !== 'nisba' || m.tokenEnd - m.tokenStart !== 1) continue;
    const t = doc.tokens[m.tokenStart]!;
    if (!stems(t).some((x) => x.startsWith('ال'))) continue;
    const prev = doc.tokens[m.tokenStart - 1];
    // After a definite noun the nisba is its adjective ("الجيش الليبي"); after a verb, a function
    // word or punctuation it is a noun ("وحل الفنلندي …").
    const standalone =
      !prev ||
      gapBefore(doc, m.tokenStart).trim() !== '' ||
      isFunctionWord(prev.norm) ||
      /^\d/.test(prev.norm) ||
      /^[وفل]/.test(t.norm) ||
      (!stems(prev).some((x) => x.startsWith('ال')) && !res.titles.person.has(prev.norm));
    if (!standalone || doc.tokenMention[m.tokenStart - 1]) continue;
    const at = m.tokenEnd;
    if (gapBefore(doc, at).trim() !== '') continue;
    const end = readNameAt(doc, res, at, true);
    if (end === null) continue;
    if (end - at < 2 && !res.givenNames.has(doc.tokens[at]!.norm)) continue;
    addPerson(doc, res, at, end);
  }
}

/** Surnames of the people already found in the article. */
function knownNameWords(doc: Doc): Set<string> {
  const out = new Set<string>();
  for (const e of doc.entities.values()) {
    if (e.type !== 'Person') continue;
    // Surnames only: a shared given name ("محمد") may well open another person's name.
    for (const n of [e.name, ...e.aliases]) {
      const words = normalise(n).split(/\s+/);
      if (words.length > 1) out.add(words[words.length - 1]!);
    }
  }
  return out;
}

/** A known given name followed by name-like words: "صلاح بادي"، "أكرم خان دوراني". */
function personFromGivenNames(doc: Doc, res: Resources): void {
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokenMention[i]) continue;
    const t = doc.tokens[i]!;
    const given = res.givenNames.has(t.norm) || (/^[وف]/.test(t.norm) && res.givenNames.has(t.norm.slice(1)));
    if (!given) continue;
    // "شريف" after "نواز شريف" is that person again, not the start of a new name.
    const bare = t.norm.replace(/^[وف]/, '');
    if (knownNameWords(doc).has(t.norm) || knownNameWords(doc).has(bare)) continue;
    const end = readNameAt(doc, res, i, true);
    if (end === null || end - i < 2) continue;
    // The word after the given name must not be an everyday word ("محمد صلى").
    const second = doc.tokens[i + 1]!;
    if (res.commonWords.has(second.norm) && !res.firstNames.has(second.norm)) continue;
    if (addPerson(doc, res, i, end)) i = end - 1;
  }
}

const ORG_STOP = new Set(CONTEXT.organisationNameStops.words.map(normalise));
const PRONOUN_SUFFIX = /(نا|هم|هما|كم|هن)$/;

/** Is token k a nisba mention (country adjective) that may close an organisation name? */
function nisbaAt(doc: Doc, k: number): boolean {
  const m = doc.tokenMention[k];
  return !!m && m.source === 'nisba' && m.tokenStart === k && gapBefore(doc, k).trim() === '';
}

/** Head noun + complement: "مركز البحوث والدراسات الأمنية"، "حزب ميريتس"، صحيفة «X». */
function organisationsFromHeads(doc: Doc, res: Resources): void {
  for (let i = 0; i < doc.tokens.length - 1; i++) {
    if (doc.tokenMention[i]) continue;
    const t = doc.tokens[i]!;
    const groupHead = stemIn(t, res.groupHeads);
    const placeHead = groupHead ? null : stemIn(t, res.placeHeads);
    const head = groupHead ?? placeHead;
    if (!head) continue;
    const definiteHead = head.startsWith('ال');
    if (definiteHead && !res.definiteHeads.has(head)) continue;
    const type: EntityType = groupHead ? 'Group' : 'Place';
    const stemStart = t.start + (t.norm.length - head.length);
    const gap = doc.text.slice(t.end, doc.tokens[i + 1]!.start);
    // Quoted name: صحيفة «صنداي تايمز»، قناة "فرانس24".
    const q = /^\s*[«"]/.exec(gap);
    if (q && !definiteHead) {
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
    let nisba: string | null = null;
    if (type === 'Group' && (res.titledHeads.has(head) || res.placeOwners.has(head))) {
      // "مكتب رئيس الوزراء الإسرائيلي"، "إدارة مدينة إسلام آباد": a title or a place as complement.
      const tp = res.titledHeads.has(head) ? parseTitle(doc, res, j) : null;
      if (tp) {
        // The title's complement ends at its nisba: "مكتب رئيس الوزراء الإسرائيلي" (not "… لشبكة CNN").
        let k = j + tp.title.split(' ').length;
        while (k < tp.end && (!doc.tokenMention[k] || doc.tokenMention[k]!.source === 'nisba')) {
          if (doc.tokenMention[k]) nisba = doc.tokenMention[k]!.entityId;
          k++;
        }
        if (nisba) j = k;
      } else if (stemIn(firstT, res.placeHeads) && doc.tokenMention[j + 1]?.tokenStart === j + 1) {
        const place = doc.tokenMention[j + 1]!;
        if (doc.entities.get(place.entityId)?.type === 'Place') {
          j = place.tokenEnd;
          removeMention(doc, place);
        }
      }
      if (j > i + 1) {
        for (let x = i + 1; x < j; x++) {
          const m = doc.tokenMention[x];
          if (m) removeMention(doc, m);
        }
      }
    }
    if (j === i + 1) {
      if (doc.tokenMention[j] && !nisbaAt(doc, j)) continue;
      if (isFunctionWord(firstT.norm) || res.cues.has(firstT.norm)) continue;
      if (res.triggers.has(firstT.norm) && !firstT.norm.startsWith('ال')) continue;
      if (ORG_STOP.has(firstT.norm) || res.titles.person.has(firstT.norm)) continue;
      const definite = firstT.norm.startsWith('ال');
      if (nisbaAt(doc, j)) {
        // "الجيش الباكستاني"، "وزارة الدفاع" + nisba is handled below; a bare head + nisba names a body.
        if (!definiteHead && type === 'Group') continue;
      } else if (!definite && type === 'Group' && !definiteHead && constructWithNisba(doc, j + 1)) {
        // "هيئة عمليات التجارة البحرية البريطانية": a construct chain closed by a nationality names
        // a body whatever its first noun.
      } else if (!definite) {
        // An indefinite complement must look like a proper name, not an adjective or a pronoun form.
        if (definiteHead || (type === 'Group' && !nameLike(firstT, res))) continue;
        if (type === 'Group' && !res.namedHeads.has(head)) continue;
        if (type === 'Group' && /^[لب]/.test(firstT.norm) && stems(firstT).length > 1) continue;
        // "مخيم للنازحين": a preposition fused to an article ("for the displaced") names no place.
        if (/^(لل|بال|كال)/.test(firstT.norm)) continue;
        if (PRONOUN_SUFFIX.test(firstT.norm) || /(ي|يه)$/.test(firstT.norm)) continue;
        if (res.firstNames.has(firstT.norm)) continue;
      }
      j++;
      // Construct chain: definite words (and "وال" coordinations), at most three more.
      while (j < doc.tokens.length && j < i + 5) {
        const u = doc.tokens[j]!;
        if (gapBefore(doc, j).trim() !== '') break;
        if (nisbaAt(doc, j)) {
          nisba = doc.tokenMention[j]!.entityId;
          removeMention(doc, doc.tokenMention[j]!);
          j++;
          break;
        }
        if (doc.tokenMention[j]) break;
        const definiteU = u.norm.startsWith('ال') || u.norm.startsWith('وال') || u.norm.startsWith('لل');
        if (
          !definiteU ||
          ORG_STOP.has(u.norm) ||
          isFunctionWord(u.norm) ||
          res.cues.has(u.norm) ||
          res.triggers.has(u.norm)
        ) {
          break;
        }
        j++;
      }
      // "المحكمة الباكستانية العليا": a nisba inside the name belongs to it.
      for (let x = i + 1; x < j; x++) {
        const m = doc.tokenMention[x];
        if (m?.source !== 'nisba') continue;
        nisba = m.entityId;
        removeMention(doc, m);
      }
      // "الجمعية المغربية لحقوق الإنسان": a "for the …" complement after the nationality still
      // names the body.
      if (nisba && forComplement(doc, res, j)) j += 2;
    }
    // "منطقة النزاع": a place head before a common noun names no place.
    if (type === 'Place' && firstT.norm.startsWith('ال') && j === i + 2) {
      if (res.triggers.has(firstT.norm) || res.commonWords.has(firstT.norm)) continue;
    }
    // An indefinite adjective after a feminine place head ("منطقة مضطربة") is no name.
    if (type === 'Place' && firstT.norm.endsWith('ه') && !firstT.norm.startsWith('ال')) continue;
    const startTok = type === 'Place' ? i + 1 : i;
    const start = type === 'Place' ? doc.tokens[i + 1]!.start : stemStart;
    const end = doc.tokens[j - 1]!.end;
    // "قوات الأمن"، "حركة التمرد"، "القوات المسلحة": a head with one describing word names nobody.
    if (type === 'Group' && !nisba && j === i + 2 && res.headDescriptions.get(head)?.has(firstT.norm))
      continue;
    const name = doc.text.slice(start, end);
    const where = type === 'Group' && !nisba && firstT.norm.startsWith('ال') ? placeAfter(doc, j) : null;
    // "وزارة الصحة في غزة": a body named by its function alone is told apart by where it is, so that
    // Gaza's and Lebanon's health ministries are two entities across articles.
    const e = ensureDiscoveredEntity(doc, type, where ? `${name} في ${where.name}` : name, head);
    // "وكالة الأنباء الرسمية"، "قناة العربية": named by an outlet head, it relays like a known outlet.
    if (type === 'Group' && res.outletHeads.has(head)) e.kind ??= 'outlet';
    if (where) {
      e.aliases.add(name);
      if (doc.entities.get(where.id)?.type === 'Country') e.partOf = where.id;
    }
    if (nisba) {
      const c = doc.entities.get(nisba);
      if (c?.country) e.country = c.country;
      e.partOf = nisba;
    }
    if (type === 'Place') e.aliases.add(doc.text.slice(stemStart, end));
    // Acronym right after: مركز … «CRSS».
    const after = /^\s*[«"(]([A-Za-z][A-Za-z0-9.&-]{1,10})[»")]/.exec(doc.text.slice(end));
    if (after) e.aliases.add(after[1]!);
    addMention(doc, e, startTok, j, start, end, 'pattern');
    i = j - 1;
  }
}

/** "لحقوق الإنسان" at token j: ل + a noun (not an outlet), then a definite word, no punctuation, no names. */
function forComplement(doc: Doc, res: Resources, j: number): boolean {
  const w = doc.tokens[j];
  const x = doc.tokens[j + 1];
  if (!w || !x || doc.tokenMention[j] || doc.tokenMention[j + 1]) return false;
  if (gapBefore(doc, j).trim() !== '' || gapBefore(doc, j + 1).trim() !== '') return false;
  // "وزارة الدفاع الروسية لوكالة الأنباء": told to an outlet, not part of the name.
  if (stemIn(w, res.outletHeads)) return false;
  return /^ل[^ل]/.test(w.norm) && !isFunctionWord(w.norm) && x.norm.startsWith('ال');
}

/** Do one to three definite words from token k, then a nisba, follow without punctuation? */
function constructWithNisba(doc: Doc, k: number): boolean {
  let x = k;
  while (x < k + 3 && doc.tokens[x] && !doc.tokenMention[x] && gapBefore(doc, x).trim() === '') {
    if (!/^(ال|لل)/.test(doc.tokens[x]!.norm)) return false;
    x++;
  }
  return x > k && nisbaAt(doc, x);
}

/** The place or country named by "في X" at token j, if any. */
function placeAfter(doc: Doc, j: number): { id: string; name: string } | null {
  if (doc.tokens[j]?.norm !== 'في' || gapBefore(doc, j).trim() !== '') return null;
  const m = doc.tokenMention[j + 1];
  if (!m || m.tokenStart !== j + 1 || m.source === 'nisba') return null;
  const e = doc.entities.get(m.entityId);
  if (e?.type !== 'Place' && e?.type !== 'Country') return null;
  return { id: e.id, name: e.name };
}

export function discoveryComponent(res: Resources) {
  return (doc: Doc): void => {
    personFromTitles(doc, res);
    personFromAppositions(doc, res);
    organisationsFromHeads(doc, res);
    personFromGivenNames(doc, res);
    personAfterCue(doc, res);
    personAfterNisba(doc, res);
  };
}

export type { Token };
