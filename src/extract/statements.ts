// Statements: who said what, from reporting cues (قال، نفت، أكد، بحسب …). The speaker is the
// named entity after the cue (or before it, "طالبان تؤكد"), an unnamed description ("مسؤول
// روسي رفيع" → affiliation Russia), or, when the cue has no subject ("وأضافت:"), the last speaker.
import { normalise } from '../nlp/normalise.ts';
import type { StatementKind } from './contract.ts';
import { type Doc, gapBefore, type Speaker, type Statement, sentenceTokens } from './document.ts';
import type { Resources } from './resources.ts';
import { stemIn, stems } from './words.ts';

const COMPLEMENTISERS = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'قوله', 'قولها', 'قولهم', 'بالقول', 'انهما'].map(normalise));
const SKIPPABLE = new Set(
  ['قد', 'ايضا', 'امس', 'اليوم', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الاحد', 'من', 'جانبه', 'جانبها', 'جانبهم', 'في', 'بيان', 'تصريحات', 'تصريح', 'وقت', 'سابق', 'اول', 'هذا', 'الاسبوع', 'بدوره', 'بدورها'].map(
    normalise,
  ),
);

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
    if (!res.weakCues.has(form)) return { index: i, form, kind: res.cues.get(form) as StatementKind };
    // A weak cue needs a complement: أن/إن، a colon or an opening quote within a few tokens.
    for (let k = i + 1; k < Math.min(to, i + 14); k++) {
      const g = gapBefore(doc, k);
      if (/[:«"“]/.test(g) || COMPLEMENTISERS.has(doc.tokens[k]!.norm) || stemIn(doc.tokens[k], COMPLEMENTISERS)) {
        return { index: i, form, kind: res.cues.get(form) as StatementKind };
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

/** The subject after a cue: an entity mention or an anonymous description. */
function subjectAfter(doc: Doc, res: Resources, from: number, to: number): Found | null {
  let via: string | null = null;
  for (let k = from; k < Math.min(to, from + 10); k++) {
    if (k > from && isComplementiser(doc, k)) return null;
    const t = doc.tokens[k]!;
    const m = doc.tokenMention[k];
    if (m) {
      const e = doc.entities.get(m.entityId);
      // "نقلت صحيفة X عن Y": X relays, Y speaks.
      const afterMention = m.tokenEnd;
      const an = doc.tokens[afterMention];
      const relay = an && (an.norm === 'عن' || stems(an).includes('عن'));
      if (relay && e?.type === 'Group') {
        via = e.id;
        k = afterMention;
        continue;
      }
      if (m.source === 'nisba' && e?.type === 'Country') {
        // A bare nisba is an affiliation, not a subject ("روسية" in "أجهزة إعلام روسية").
        return { speaker: { entityId: null, description: t.text, affiliationId: e.id }, via, end: m.tokenEnd };
      }
      return { speaker: { entityId: m.entityId, description: null, affiliationId: null }, via, end: m.tokenEnd };
    }
    const anon = stemIn(t, res.anonymousHeads);
    if (anon) {
      // Description: from the head to the complementiser; affiliation: its first entity.
      let j = k + 1;
      let affiliation: string | null = null;
      while (j < to && j < k + 12 && !isComplementiser(doc, j)) {
        const mm = doc.tokenMention[j];
        if (mm && !affiliation) affiliation = mm.entityId;
        j++;
      }
      const description = doc.text.slice(t.start, doc.tokens[j - 1]!.end).replace(/[،,]\s*$/, '');
      return { speaker: { entityId: null, description, affiliationId: affiliation }, via, end: j };
    }
    if (t.norm === 'عن' || SKIPPABLE.has(t.norm) || stemIn(t, SKIPPABLE)) continue;
    if (/^\d+$/.test(t.norm)) continue;
    // Any other word: the subject, if any, is not a name we know.
    if (k > from + 3) return null;
  }
  return null;
}

/** "طالبان تؤكد"، "موسكو تنفي"، "الجيش الذي ينفي": the subject just before the cue. */
function subjectBefore(doc: Doc, from: number, cue: number): Speaker | null {
  for (let k = cue - 1; k >= Math.max(from, cue - 3); k--) {
    const m = doc.tokenMention[k];
    if (m) {
      const e = doc.entities.get(m.entityId);
      if (m.source === 'nisba' || !e) return null;
      return { entityId: e.id, description: null, affiliationId: null };
    }
    if (!['الذي', 'التي', 'الذين'].map(normalise).includes(doc.tokens[k]!.norm)) return null;
  }
  return null;
}

function quoteOf(doc: Doc, sentenceEnd: number, afterToken: number): string {
  const t = doc.tokens[afterToken];
  if (!t) return '';
  const rest = doc.text.slice(t.start, sentenceEnd);
  const q = /«([^»]+)»|"([^"]+)"/.exec(rest);
  if (q) return (q[1] ?? q[2] ?? '').trim();
  const c = /(?:^|\s)(?:[وف]?[إأا]ن[هه]?ا?|بأن|قوله)\s+(.+)$/su.exec(rest);
  return (c ? c[1]! : rest).trim();
}

export function statementsComponent(res: Resources) {
  return (doc: Doc): void => {
    let last: Statement | null = null;
    for (const s of doc.sentences) {
      // The title is no statement: headlines paraphrase the body.
      if (s.start < doc.bodyOffset) continue;
      const [a, b] = sentenceTokens(doc, s.index);
      if (a === b) continue;
      const cue = findCue(doc, res, a, b);
      if (!cue) continue;
      let found = subjectAfter(doc, res, cue.index + 1, b);
      const cueTok = doc.tokens[cue.index]!;
      if (!found) {
        const before = subjectBefore(doc, a, cue.index);
        if (before) found = { speaker: before, via: null, end: cue.index + 1 };
      }
      if (found && found.speaker.entityId === null && last && /^ال/.test(normalise(found.speaker.description ?? ''))) {
        // "وتابع المسؤول": the definite description points back to the previous unnamed speaker.
        const prev = last.speaker;
        if (prev.entityId === null && !found.speaker.affiliationId) found.speaker = { ...prev };
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
        quote: quoteOf(doc, s.end, Math.min(found.end, b - 1)),
        sentence: s.index,
        about,
      };
      doc.statements.push(st);
      last = st;
    }
  };
}
