// Statements: who said what, from reporting cues (قال، نفت، أكد، بحسب …). The speaker is the
// named entity after the cue (or before it, "طالبان تؤكد"), an unnamed description ("مسؤول
// روسي رفيع" → affiliation Russia), or, when the cue has no subject ("وأضافت:"), the last speaker.
import { normalise } from '../nlp/normalise.ts';
import type { StatementKind } from './contract.ts';
import { type Doc, gapBefore, type Speaker, type Statement, sentenceTokens } from './document.ts';
import { resolveRole } from './entities/coref.ts';
import { parseTitle } from './entities/discovery.ts';
import { addMention, ensureDiscoveredEntity } from './entities/registry.ts';
import { dominantCountry } from './relations.ts';
import { type Resources, wordLists } from './resources.ts';
import { stemIn, stems } from './words.ts';

// Word lists: data/triggers/statement-words.json.
const W = wordLists().statements;
const COMPLEMENTISERS = new Set(W.complementisers.words.map(normalise));
const SKIPPABLE = new Set(W.skippable.words.map(normalise));
const ATTRIBUTION_OPENERS = new Set(W.attributionOpeners.words);

interface Cue {
  index: number;
  form: string;
  kind: StatementKind;
}

function findCue(doc: Doc, res: Resources, from: number, to: number): Cue | null {
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i]!;
    const form = stemIn(t, res.cues);
    if (!form) continue;
    if (res.sourceCues.has(form)) return { index: i, form, kind: 'reported' };
    const kind = res.cues.get(form) as StatementKind;
    if (!res.weakCues.has(form)) return { index: i, form, kind };
    // "كما ذكر مراسلو …"، "حسبما أكدت كييف": an attribution clause needs no complement.
    const prev = doc.tokens[i - 1]?.norm;
    if (prev !== undefined && ATTRIBUTION_OPENERS.has(prev)) return { index: i, form, kind };
    // A weak cue needs a complement: أن/إن، a colon or an opening quote within a few tokens.
    for (let k = i + 1; k < Math.min(to, i + 14); k++) {
      const g = gapBefore(doc, k);
      if (
        /[:«"“]/.test(g) ||
        COMPLEMENTISERS.has(doc.tokens[k]!.norm) ||
        stemIn(doc.tokens[k], COMPLEMENTISERS)
      ) {
        return { index: i, form, kind };
      }
    }
  }
  return null;
}

function isComplementiser(doc: Doc, k: number): boolean {
  return COMPLEMENTISERS.has(doc.tokens[k]!.norm) || /[:«"“]/.test(gapBefore(doc, k));
}

interface Found {
  speaker: Speaker;
  via: string | null;
  end: number;
}

const COLLECTIVES = new Set(W.collectives.words.map(normalise));
const PREPOSITIONS = new Set(W.prepositions.words.map(normalise));
const QUOTING = new Set(W.quoting.words.map(normalise));
const RELAY = new Set(W.relay.words.map(normalise));
const TONGUE = normalise('لسان');

/** Affiliation of an unnamed speaker whose description names nothing. */
function fallbackAffiliation(doc: Doc, head: string, at: number): string | null {
  // "أنصاره": the possessor is the last person named.
  if (/(ه|ها|هم)$/.test(head)) {
    for (let k = at - 1; k >= 0; k--) {
      const m = doc.tokenMention[k];
      if (m && doc.entities.get(m.entityId)?.type === 'Person') return m.entityId;
    }
  }
  // "اعتقلت الشرطة الفرنسية …، بحسب مصدر قضائي": a country named earlier in the same sentence.
  const sentence = doc.tokenSentence[at];
  for (let k = at - 1; k >= 0 && doc.tokenSentence[k] === sentence; k--) {
    const m = doc.tokenMention[k];
    if (m && doc.entities.get(m.entityId)?.type === 'Country') return m.entityId;
  }
  return dominantCountry(doc);
}

function anonymousFrom(doc: Doc, res: Resources, k: number, to: number, via: string | null): Found {
  const t = doc.tokens[k]!;
  let j = k + 1;
  let affiliation: string | null = null;
  const head0 = stemIn(t, res.anonymousHeads) ?? t.norm;
  // "عن مسؤول وصفته بأنه «قيادي رفيع في طالبان» قوله": the description runs to "قوله".
  let stop = -1;
  for (let x = k + 1; x < Math.min(to, k + 16); x++) {
    if (QUOTING.has(doc.tokens[x]!.norm)) {
      stop = x;
      break;
    }
  }
  const limit = COLLECTIVES.has(head0) ? k + 1 : stop > 0 ? stop : Math.min(to, k + 7);
  while (j < limit && (stop > 0 || !isComplementiser(doc, j))) {
    // "مسؤول في السفارة الفرنسية، في تصريح لـ…": the description ends at the comma.
    if (stop < 0 && /[،,]/.test(gapBefore(doc, j))) break;
    const mm = doc.tokenMention[j];
    if (mm && !affiliation) affiliation = mm.entityId;
    // "مسؤول في مقر حكومة رئيس الوزراء عبد الله الثني": a description never ends inside a name.
    j = mm ? Math.max(j + 1, mm.tokenEnd) : j + 1;
  }
  // "بحسب مصادر أمنية عراقية"، "السلطات الباكستانية": a nationality right after the description
  // belongs to it, even past the window a source cue allows.
  for (let m = doc.tokenMention[j]; m?.source === 'nisba' && m.tokenStart === j; m = doc.tokenMention[j]) {
    if (gapBefore(doc, j).trim() !== '') break;
    affiliation ??= m.entityId;
    j = m.tokenEnd;
  }
  const head = stemIn(t, res.anonymousHeads) ?? t.norm;
  if (!affiliation && COLLECTIVES.has(head)) {
    // "اتهم المتمردون": a collective actor is a group of its own.
    const g = ensureDiscoveredEntity(doc, 'Group', t.text.replace(/^[وف]/, ''));
    addMention(doc, g, k, k + 1, t.start + (t.norm.length - head.length), t.end, 'pattern');
    affiliation = g.id;
  }
  affiliation ??= fallbackAffiliation(doc, head, k);
  const description = doc.text.slice(t.start, doc.tokens[j - 1]!.end).replace(/[،,]\s*$/, '');
  return { speaker: { entityId: null, description, affiliationId: affiliation }, via, end: j };
}

/** The nearest entity (either direction) named with an outlet head: "صحيفة بريطانية" → the paper named later. */
function outletFor(doc: Doc, head: string, at: number): string | null {
  let best: string | null = null;
  let dist = Number.POSITIVE_INFINITY;
  for (const m of doc.mentions) {
    const e = doc.entities.get(m.entityId);
    if (e?.type !== 'Group') continue;
    if (!(e.heads.has(head) || e.kind === 'outlet')) continue;
    const d = Math.abs(m.start - at);
    if (d < dist) {
      dist = d;
      best = e.id;
    }
  }
  return best;
}

/** The subject after a cue: an entity mention, a titled person, or an anonymous description. */
function subjectAfter(doc: Doc, res: Resources, from: number, to: number): Found | null {
  let via: string | null = null;
  // "الأمم المتحدة تحذر من كارثة إنسانية في شمال دارفور": a name after the verb's prepositional
  // complement is not its subject.
  let complement = false;
  for (let k = from; k < Math.min(to, from + 12); k++) {
    if (isComplementiser(doc, k)) return null;
    const t = doc.tokens[k]!;
    const m = doc.tokenMention[k];
    if (m && complement) return null;
    if (m) {
      const e = doc.entities.get(m.entityId);
      // "نقلت صحيفة X عن Y"، "نقلت وكالة X قول Y": X relays, Y speaks.
      let relayAt = -1;
      for (let r = m.tokenEnd; r < Math.min(to, m.tokenEnd + 4); r++) {
        if (stemIn(doc.tokens[r], RELAY)) {
          relayAt = r;
          break;
        }
        if ((doc.tokenMention[r] && doc.tokenMention[r]!.source !== 'nisba') || isComplementiser(doc, r))
          break;
        // "نقلت وكالة رويترز للأنباء هذا الأسبوع عن": only epithets and time words stand between
        // the outlet and عن, not "نفت X أي مسؤولية لها عن".
        const w = doc.tokens[r]!.norm;
        if (!doc.tokenMention[r] && !/^(ال|لل)/.test(w) && !SKIPPABLE.has(w)) break;
      }
      if (relayAt >= 0 && e?.type === 'Group' && via === null) {
        via = e.id;
        k = relayAt;
        continue;
      }
      // "مدرب الهلال البرتغالي جورجي جيسوس": the person named right after the nationality speaks.
      const named = m.source === 'nisba' ? doc.tokenMention[m.tokenEnd] : undefined;
      if (named && named.tokenStart === m.tokenEnd && doc.entities.get(named.entityId)?.type === 'Person')
        return {
          speaker: { entityId: named.entityId, description: null, affiliationId: null },
          via,
          end: named.tokenEnd,
        };
      if (m.source === 'nisba' && e?.type === 'Country') {
        // A bare nisba is an affiliation, not a subject ("روسية" in "أجهزة إعلام روسية").
        return {
          speaker: { entityId: null, description: t.text, affiliationId: e.id },
          via,
          end: m.tokenEnd,
        };
      }
      // "وقالت إسرائيل، على لسان وزير التعليم فيها نفتالي بينيت": the tongue speaks.
      const n1 = doc.tokens[m.tokenEnd];
      const n2 = doc.tokens[m.tokenEnd + 1];
      if (n1 && n2 && stems(n1).some((x) => x === 'علي') && n2.norm === TONGUE) {
        for (let r = m.tokenEnd + 2; r < Math.min(to, m.tokenEnd + 12); r++) {
          const pm = doc.tokenMention[r];
          if (pm && doc.entities.get(pm.entityId)?.type === 'Person') {
            return {
              speaker: { entityId: pm.entityId, description: null, affiliationId: null },
              via,
              end: pm.tokenEnd,
            };
          }
        }
      }
      return {
        speaker: { entityId: m.entityId, description: null, affiliationId: null },
        via,
        end: m.tokenEnd,
      };
    }
    const tp = parseTitle(doc, res, k);
    if (tp) {
      const gap = gapBefore(doc, tp.end).trim();
      const pm = doc.tokenMention[tp.end];
      if (pm && (gap === '' || gap === '،') && doc.entities.get(pm.entityId)?.type === 'Person') {
        return {
          speaker: { entityId: pm.entityId, description: null, affiliationId: null },
          via,
          end: pm.tokenEnd,
        };
      }
      const person = resolveRole(doc, tp.title, tp.targetId, t.start);
      if (person)
        return { speaker: { entityId: person.id, description: null, affiliationId: null }, via, end: tp.end };
      if (
        stemIn(t, res.anonymousHeads) ||
        res.titles.spokesperson.has(tp.title.split(' ')[0]!) ||
        tp.targetId
      ) {
        const description = doc.text.slice(t.start, doc.tokens[tp.end - 1]!.end);
        const affiliation = tp.targetId ?? fallbackAffiliation(doc, '', k);
        return { speaker: { entityId: null, description, affiliationId: affiliation }, via, end: tp.end };
      }
      // "وقال الوزير المفوض في السفارة الفرنسية": a title whose holder is never named speaks unnamed.
      return anonymousFrom(doc, res, k, to, via);
    }
    const outletHead = stemIn(t, res.outletHeads);
    if (outletHead && !t.norm.startsWith('ال')) {
      const id = outletFor(doc, outletHead, t.start);
      if (id) return { speaker: { entityId: id, description: null, affiliationId: null }, via, end: k + 1 };
    }
    if (stemIn(t, res.anonymousHeads)) return anonymousFrom(doc, res, k, to, via);
    if (k === from) {
      const body = bodyAt(doc, res, k);
      if (body)
        return { speaker: { entityId: body.id, description: null, affiliationId: null }, via, end: body.end };
    }
    if (t.norm === 'عن' || SKIPPABLE.has(t.norm) || stemIn(t, SKIPPABLE)) continue;
    if (/^\d+$/.test(t.norm)) continue;
    // Any other word: the subject, if any, is not a name we know.
    if (k > from + 3) return null;
    if (PREPOSITIONS.has(doc.tokens[k - 1]?.norm ?? '')) complement = true;
  }
  return null;
}

/**
 * "فيما أعلن مركز طب الطوارئ": right after a reporting verb, a body head + noun + one or two
 * definite words is the body that speaks, although such a chain elsewhere may be a mere phrase
 * ("مركز المدينة"). The body becomes an entity with a mention.
 */
function bodyAt(doc: Doc, res: Resources, k: number): { id: string; end: number } | null {
  const t = doc.tokens[k]!;
  const head = stemIn(t, res.groupHeads);
  if (!head || head.startsWith('ال') || doc.tokenMention[k + 1]) return null;
  const noun = doc.tokens[k + 1];
  if (
    !noun ||
    noun.norm.startsWith('ال') ||
    /^[وفبلك]/.test(noun.norm) ||
    gapBefore(doc, k + 1).trim() !== ''
  )
    return null;
  let end = k + 2;
  while (
    end < k + 4 &&
    doc.tokens[end] &&
    !doc.tokenMention[end] &&
    gapBefore(doc, end).trim() === '' &&
    /^(ال|وال)/.test(doc.tokens[end]!.norm) &&
    !res.cues.has(doc.tokens[end]!.norm)
  )
    end++;
  if (end === k + 2) return null;
  const start = t.start + (t.norm.length - head.length);
  const e = ensureDiscoveredEntity(doc, 'Group', doc.text.slice(start, doc.tokens[end - 1]!.end), head);
  addMention(doc, e, k, end, start, doc.tokens[end - 1]!.end, 'pattern');
  return { id: e.id, end };
}

/** Index of the source cue that closes the sentence (see closingSource). */
function closingCueAt(doc: Doc, res: Resources, from: number, to: number): number {
  for (let k = Math.max(from, to - 4); k < to - 1; k++) if (stemIn(doc.tokens[k], res.sourceCues)) return k;
  return from;
}

/** A source cue and its entity ending the sentence: "وفقا لموراغ."، "بحسب الوكالة ذاتها." */
function closingSource(doc: Doc, res: Resources, from: number, to: number): Found | null {
  for (let k = Math.max(from, to - 4); k < to - 1; k++) {
    const form = stemIn(doc.tokens[k], res.sourceCues);
    if (!form) continue;
    const m = doc.tokenMention[k + 1] ?? doc.tokenMention[k + 2];
    if (!m || m.tokenEnd < to - 1 || m.source === 'nisba') continue;
    return { speaker: { entityId: m.entityId, description: null, affiliationId: null }, via: null, end: to };
  }
  return null;
}

const RELATIVES = new Set(W.relativesBeforeCue.words.map(normalise));

/** "طالبان تؤكد"، "موسكو تنفي"، "الجيش الذي ينفي"، "صحيفة بريطانية قد ذكرت": the subject before the cue. */
function subjectBefore(doc: Doc, res: Resources, from: number, cue: number): Found | null {
  let person: string | null = null;
  // "أما زعيم حزب الله فقال": a titled person just before the cue wins over the title's complement.
  for (let k = cue - 1; k >= Math.max(from, cue - 6); k--) {
    const m = doc.tokenMention[k];
    if (m?.source === 'coref' && doc.entities.get(m.entityId)?.type === 'Person') {
      return {
        speaker: { entityId: m.entityId, description: null, affiliationId: null },
        via: null,
        end: cue + 1,
      };
    }
    if (gapBefore(doc, k + 1).trim() !== '') break;
  }
  for (let k = cue - 1; k >= Math.max(from, cue - 6); k--) {
    const m = doc.tokenMention[k];
    const t = doc.tokens[k]!;
    if (m) {
      const e = doc.entities.get(m.entityId);
      if (!e) return null;
      if (e.type === 'Person' && m.source === 'coref') person ??= e.id;
      if (person)
        return {
          speaker: { entityId: person, description: null, affiliationId: null },
          via: null,
          end: cue + 1,
        };
      if (m.source === 'nisba') {
        k = m.tokenStart;
        continue;
      }
      return { speaker: { entityId: e.id, description: null, affiliationId: null }, via: null, end: cue + 1 };
    }
    const outletHead = stemIn(t, res.outletHeads);
    if (outletHead && !t.norm.startsWith('ال')) {
      const id = outletFor(doc, outletHead, t.start);
      if (id)
        return { speaker: { entityId: id, description: null, affiliationId: null }, via: null, end: cue + 1 };
    }
    if (stemIn(t, res.anonymousHeads)) return { ...anonymousFrom(doc, res, k, cue, null), end: cue + 1 };
    if (RELATIVES.has(t.norm) || SKIPPABLE.has(t.norm)) continue;
    if (gapBefore(doc, k + 1).trim() !== '') break;
  }
  if (person)
    return { speaker: { entityId: person, description: null, affiliationId: null }, via: null, end: cue + 1 };
  // "يشار إلى أن فيدريكا موغيريني، مسؤولة …، سبق لها أن أعلنت": the person the clause is about.
  for (let k = cue - 1; k >= Math.max(from, cue - 16); k--) {
    const m = doc.tokenMention[k];
    if (m && doc.entities.get(m.entityId)?.type === 'Person') {
      return {
        speaker: { entityId: m.entityId, description: null, affiliationId: null },
        via: null,
        end: cue + 1,
      };
    }
  }
  return null;
}

function quoteOf(doc: Doc, sentenceEnd: number, afterToken: number): string {
  const t = doc.tokens[afterToken];
  if (!t) return '';
  const rest = doc.text.slice(t.start, sentenceEnd);
  for (const q of rest.matchAll(/«([^»]+)»|"([^"]+)"/g)) {
    // "في تصريح لـ«الشرق الأوسط»"، "صحيفة «التايمز»": a quoted name is not what was said.
    if (
      /(?:^|[\s،])(?:لـ|ل|صحيفة|صحيفه|قناة|قناه|وكالة|وكاله|موقع|مجلة|مجله|تطبيق|منصة|منصه|حساب|حركة|حركه)\s*$/u.test(
        rest.slice(0, q.index),
      )
    )
      continue;
    return (q[1] ?? q[2] ?? '').trim();
  }
  const c = /(?:^|\s)(?:[وف]?[إأا]ن[هه]?ا?|بأن|قوله)\s+(.+)$/su.exec(rest);
  return (c ? c[1]! : rest).trim();
}

/** The outlet named right at token j with the preposition ل: "لوكالة الصحافة الفرنسية"، "لقناة الجزيرة". */
function toldOutlet(doc: Doc, res: Resources, j: number): string | null {
  // "، في تصريح لـ«الشرق الأوسط»،": the interview the speaker gave.
  for (let k = j; k < j + 6 && doc.tokens[k]; k++) {
    if (k > j && isComplementiser(doc, k)) break;
    if (!INTERVIEW.has(doc.tokens[k]!.norm)) continue;
    for (let x = k + 1; x < k + 4; x++) {
      const m = doc.tokenMention[x];
      if (m)
        return doc.entities.get(m.entityId)?.kind === 'outlet' && /^ل/.test(doc.tokens[k + 1]!.norm)
          ? m.entityId
          : null;
    }
  }
  const u = doc.tokens[j];
  const m = doc.tokenMention[j] ?? doc.tokenMention[j + 1];
  if (!u || !m || m.tokenStart > j + 1 || !/^ل/.test(u.norm) || !stemIn(u, res.outletHeads)) return null;
  return doc.entities.get(m.entityId)?.kind === 'outlet' ? m.entityId : null;
}

const INTERVIEW = new Set(W.interview.words.map(normalise));

/**
 * "علما بأنها أعلنت … أن إنتاجها …، وقال المتحدث إن …": when the first cue has no subject of its
 * own and a later "، و + cue" names one, the sentence is that speaker's statement.
 */
function namedLaterCue(doc: Doc, res: Resources, first: Cue, b: number): Cue | null {
  if (res.sourceCues.has(first.form) || subjectAfter(doc, res, first.index + 1, b)) return null;
  for (let k = first.index + 2; k < b - 1; k++) {
    const t = doc.tokens[k]!;
    if (!/^و/.test(t.norm) || !/[،,]/.test(gapBefore(doc, k))) continue;
    const form = stemIn(t, res.cues);
    if (!form || res.weakCues.has(form) || res.sourceCues.has(form)) continue;
    if (subjectAfter(doc, res, k + 1, b))
      return { index: k, form, kind: res.cues.get(form) as StatementKind };
  }
  return null;
}

const CONTRASTIVE = new Set(W.contrastive.words.map(normalise));

/**
 * "اتهم الجيش قوات الدعم السريع بتنفيذ القصف، فيما نفت قوات الدعم السريع أي مسؤولية": a clause
 * opened by فيما/بينما/في حين with its own reporting verb is a statement of its own.
 */
function clauses(doc: Doc, res: Resources, a: number, b: number): [number, number][] {
  const cuts: number[] = [];
  for (let k = a + 2; k < b - 2; k++) {
    const t = doc.tokens[k]!;
    const opens = CONTRASTIVE.has(t.norm) || (t.norm === 'حين' && doc.tokens[k - 1]!.norm === 'في');
    if (!opens) continue;
    if (findCue(doc, res, k + 1, Math.min(b, k + 3)) && findCue(doc, res, a, k))
      cuts.push(t.norm === 'حين' ? k - 1 : k);
  }
  const out: [number, number][] = [];
  let from = a;
  for (const c of cuts) {
    out.push([from, c]);
    from = c;
  }
  out.push([from, b]);
  return out;
}

export function statementsComponent(res: Resources) {
  return (doc: Doc): void => {
    let last: Statement | null = null;
    for (const s of doc.sentences) {
      // The title is no statement: headlines paraphrase the body.
      if (s.start < doc.bodyOffset) continue;
      const [sa, sb] = sentenceTokens(doc, s.index);
      if (sa === sb) continue;
      for (const [a, b] of clauses(doc, res, sa, sb)) {
        const first = findCue(doc, res, a, b);
        if (!first) continue;
        const cue = namedLaterCue(doc, res, first, b) ?? first;
        const source = res.sourceCues.has(cue.form);
        // "بحسب ما أفاد مصدر قضائي"، "وفق ما ذكرت الوكالة": the subject follows the verb after ما.
        // "حسبما أفادت الجمعية": the same with ما written on.
        const relative =
          source && doc.tokens[cue.index + 1]?.norm === 'ما' && !!stemIn(doc.tokens[cue.index + 2], res.cues);
        const fused = source && cue.form.endsWith('ما') && !!stemIn(doc.tokens[cue.index + 1], res.cues);
        const from = relative ? cue.index + 3 : fused ? cue.index + 2 : cue.index + 1;
        // "… متهما الاتحاد الأوروبي بـ«استغلال»": after a participle comes the object, not the speaker.
        const participle = res.participleCues.has(cue.form);
        let found = participle ? null : subjectAfter(doc, res, from, source ? Math.min(b, from + 2) : b);
        const explicit = found !== null;
        const cueTok = doc.tokens[cue.index]!;
        // "وفق خطة أممية": a source preposition names its source after it, never before.
        if (!source || cue.form.endsWith('ما')) found ??= subjectBefore(doc, res, a, cue.index);
        // "بحسب مصدر قضائي لوكالة الصحافة الفرنسية": the outlet the speaker spoke to relays.
        if (found && !found.via) found.via = toldOutlet(doc, res, found.end);
        // "… ملتزما بحل الدولتين وفقا لموراغ.": a source named at the very end reports the whole sentence.
        // "وأعلنت جيبوتي … نصفهم من المدنيين وفق الأمم المتحدة": a subject right after the cue keeps
        // the statement; the closing source vouches only for the last figure.
        const closing = explicit && !source ? null : closingSource(doc, res, cue.index + 1, b);
        if (closing) found = closing;
        const desc = normalise(found?.speaker.description ?? '');
        if (found && found.speaker.entityId === null && last && /^ال/.test(desc) && !COLLECTIVES.has(desc)) {
          // "وتابع المسؤول"، "وقال المتحدث": a definite description points back to the previous unnamed speaker.
          // "وقال السفير الفرنسي … وقال الوزير الفرنسي": a different head is a different person.
          const prev = last.speaker;
          const head = (d: string) => d.split(' ')[0]!.replace(/^ال/, '');
          const sameHead = head(desc) === head(normalise(prev.description ?? ''));
          const bare = desc.split(' ').length === 1;
          if (
            prev.entityId === null &&
            (bare || sameHead) &&
            (desc.split(' ').length <= 2 || !found.speaker.affiliationId)
          )
            found.speaker = { ...prev };
        }
        if (!found) {
          if (res.sourceCues.has(cue.form)) continue;
          if (!last || s.index - last.sentence > 3) continue;
          found = { speaker: { ...last.speaker }, via: null, end: cue.index + 1 };
        }
        const speakerIds = new Set([found.speaker.entityId, found.speaker.affiliationId, found.via]);
        const about: string[] = [];
        for (let k = a; k < b; k++) {
          const m = doc.tokenMention[k];
          if (m && !speakerIds.has(m.entityId) && !about.includes(m.entityId)) about.push(m.entityId);
        }
        const st: Statement = {
          speaker: found.speaker,
          via: found.via,
          cue: cueTok.text,
          kind: cue.kind,
          // With a source cue ("…، بحسب الوكالة") what was reported is what comes before it.
          quote:
            source || closing
              ? doc.text
                  .slice(
                    s.start,
                    doc.tokens[closing ? closingCueAt(doc, res, cue.index + 1, b) : cue.index]!.start,
                  )
                  .replace(/[\s،,]+$/, '')
              : quoteOf(doc, b < sb ? doc.tokens[b]!.start : s.end, Math.min(found.end, b - 1)),
          sentence: s.index,
          about,
        };
        doc.statements.push(st);
        last = st;
      }
    }
  };
}
