// Relations between entities: from titles and appositions (roles), from explicit wording
// ("التي تحد أفغانستان"، "منطقة كورام بإقليم خيبر بختونخوا") and, for places, from the country
// the lexicon locates them in when that country is named in the article.
import { normalise } from '../nlp/normalise.ts';
import type { RelationType } from './contract.ts';
import { type Doc, gapBefore } from './document.ts';
import { type Resources, wordLists } from './resources.ts';
import { stems } from './words.ts';

function add(doc: Doc, type: RelationType, from: string, to: string, sentence: number): void {
  if (from === to) return;
  if (doc.relations.some((r) => r.type === type && r.from === from && r.to === to)) return;
  doc.relations.push({ type, from, to, sentence });
}

// Word lists: data/triggers/relation-words.json.
const W = wordLists().relations;
const BORDER_VERBS = new Set(W.borderVerbs.words.map(normalise));
const REL = new Set(W.relativePronouns.words.map(normalise));

/** The country an article is about: the one named most often. */
export function dominantCountry(doc: Doc): string | null {
  const counts = new Map<string, number>();
  for (const m of doc.mentions) {
    const e = doc.entities.get(m.entityId);
    if (e?.type === 'Country') counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, n] of counts) if (!best || n > counts.get(best)!) best = id;
  return best;
}

function firstSentence(doc: Doc, id: string): number {
  const m = doc.mentions.find((x) => x.entityId === id);
  return m ? (doc.tokenSentence[m.tokenStart] ?? 0) : 0;
}

const POSSESSED = new Set(W.possessedParty.words.map(normalise));

/** "شهباز شريف … حزبه الرابطة الإسلامية": "his party" followed by its name makes the person a member. */
function possessedParties(doc: Doc): void {
  for (let k = 1; k < doc.tokens.length - 1; k++) {
    if (!POSSESSED.has(doc.tokens[k]!.norm)) continue;
    const m = doc.tokenMention[k + 1];
    const g = m ? doc.entities.get(m.entityId) : undefined;
    if (g?.type !== 'Group') continue;
    const sentence = doc.tokenSentence[k] ?? 0;
    const person = personBefore(doc, k, sentence);
    if (person) add(doc, 'MEMBER_OF', person, g.id, sentence);
  }
}

/** The nearest person named before token k in the same sentence. */
function personBefore(doc: Doc, k: number, sentence: number): string | null {
  for (let x = k - 1; x >= 0 && doc.tokenSentence[x] === sentence; x--) {
    const pm = doc.tokenMention[x];
    if (pm && doc.entities.get(pm.entityId)?.type === 'Person') return pm.entityId;
  }
  return null;
}

/** Next mention starting within `window` tokens after token k, skipping "رئاسة" and the like. */
function mentionAfter(doc: Doc, res: Resources, k: number, window: number) {
  for (let x = k; x < Math.min(doc.tokens.length, k + window); x++) {
    const m = doc.tokenMention[x];
    if (m) return m;
    if (!res.leadSkip.has(doc.tokens[x]!.norm) && !stems(doc.tokens[x]!).some((s) => res.leadSkip.has(s)))
      return null;
  }
  return null;
}

/**
 * "بول كاغامي الذي يتولى رئاسة الاتحاد الأفريقي" (LEADER_OF), "لجنة العقوبات التابعة لمجلس
 * الأمن" (PART_OF), "جماعة … المرتبطة بتنظيم القاعدة" (AFFILIATED_WITH).
 */
function relativeClauses(doc: Doc, res: Resources, ordered: Doc['mentions']): void {
  for (const m of ordered) {
    const e = doc.entities.get(m.entityId);
    if (!e || m.source === 'nisba') continue;
    const sentence = doc.tokenSentence[m.tokenStart] ?? 0;
    let k = m.tokenEnd;
    // Skip a closing quote or an apposition comma only.
    if (gapBefore(doc, k).replace(/[\s"»”]/g, '') !== '') continue;
    const t = doc.tokens[k];
    if (!t) continue;
    if (e.type === 'Person' && REL.has(t.norm)) {
      const verb = doc.tokens[k + 1];
      if (verb && res.leadVerbs.has(verb.norm)) {
        const target = mentionAfter(doc, res, k + 2, 3);
        const te = target && doc.entities.get(target.entityId);
        if (te && (te.type === 'Group' || te.type === 'Country'))
          add(doc, 'LEADER_OF', e.id, te.id, sentence);
      }
      continue;
    }
    if (e.type === 'Group' && REL.has(t.norm)) {
      // "حزب حركة الإنصاف الذي يرأسه … عمران خان": the person after the verb leads the group.
      const verb = doc.tokens[k + 1];
      const led = verb && stems(verb).some((s) => res.leadVerbs.has(s.replace(/(ه|ها)$/, '')));
      if (verb && led && /(ه|ها)$/.test(verb.norm)) {
        let leader: string | null = null;
        for (let x = k + 2; x < Math.min(doc.tokens.length, k + 9); x++) {
          const pm = doc.tokenMention[x];
          if (!pm) continue;
          if (doc.entities.get(pm.entityId)?.type === 'Person') leader = pm.entityId;
          break;
        }
        // "حركة تيار المستقبل التي يقودها": with no name after the verb, the leader is the person
        // the sentence is about.
        leader ??= personBefore(doc, m.tokenStart, sentence);
        if (leader) add(doc, 'LEADER_OF', leader, e.id, sentence);
      }
      continue;
    }
    if (e.type !== 'Group' && e.type !== 'Place') continue;
    const rel = res.affiliationWords.get(t.norm);
    if (!rel) continue;
    k++;
    const target = doc.tokenMention[k] ?? doc.tokenMention[k + 1];
    const te = target && doc.entities.get(target.entityId);
    if (te && te.type === 'Group' && te.id !== e.id) add(doc, rel, e.id, te.id, sentence);
  }
}

export function relationsComponent(res: Resources) {
  return (doc: Doc): void => {
    for (const e of doc.entities.values()) {
      for (const r of e.roles) {
        if (!r.relation) continue;
        // "الرئيس عبد ربه منصور هادي"، "وزير الشؤون الخارجية خميس الجهيناوي": a head of state or a
        // minister without a complement serves the country the article is about.
        let targetId = r.targetId;
        if (
          !targetId &&
          (res.titles.headOfState.has(r.title) || res.titles.minister.has(r.title.split(' ')[0]!))
        ) {
          // A person with an explicit role elsewhere ("الرئيس الروسي بوتين") keeps it; the lexicon's
          // country comes next; the article's main country last.
          if (e.roles.some((o) => o.relation === r.relation && o.targetId)) continue;
          targetId = (e.country && res.countryByIso.get(e.country)) || dominantCountry(doc);
        }
        const target = targetId ? doc.entities.get(targetId) : undefined;
        if (!target || target.type === 'Person' || target.type === 'Place') continue;
        add(doc, r.relation, e.id, target.id, r.sentence);
      }
    }
    for (const e of doc.entities.values()) {
      if (e.partOf && doc.entities.has(e.partOf))
        add(doc, 'PART_OF', e.id, e.partOf, firstSentence(doc, e.id));
    }
    const ordered = [...doc.mentions].sort((a, b) => a.start - b.start);
    relativeClauses(doc, res, ordered);
    possessedParties(doc);
    for (let n = 0; n < ordered.length; n++) {
      const m = ordered[n]!;
      const e = doc.entities.get(m.entityId);
      if (!e) continue;
      const sentence = doc.tokenSentence[m.tokenStart] ?? 0;
      const next = ordered[n + 1];
      // "X بـY" / "X في Y" with nothing else between: a place inside a place or country.
      if (
        e.type === 'Place' &&
        next &&
        next.tokenStart === m.tokenEnd &&
        doc.tokenSentence[next.tokenStart] === sentence
      ) {
        const t = doc.tokens[next.tokenStart]!;
        const glued = stems(t).length > 1 && t.norm.startsWith('ب');
        const inner = doc.entities.get(next.entityId);
        if (
          glued &&
          inner &&
          (inner.type === 'Place' || inner.type === 'Country') &&
          gapBefore(doc, next.tokenStart).trim() === ''
        ) {
          add(doc, 'LOCATED_IN', e.id, inner.id, sentence);
        }
      }
      // "… التي تحد أفغانستان": the nearest place or country before the verb borders the one after.
      const after = doc.tokens[m.tokenEnd];
      if ((e.type === 'Place' || e.type === 'Country') && after) {
        for (let k = m.tokenEnd; k < Math.min(doc.tokens.length, m.tokenEnd + 8); k++) {
          if (!BORDER_VERBS.has(doc.tokens[k]!.norm)) continue;
          const prev = doc.tokens[k - 1]!.norm;
          if (!REL.has(prev)) break;
          const target = doc.tokenMention[k + 1];
          const te = target && doc.entities.get(target.entityId);
          if (te && (te.type === 'Country' || te.type === 'Place'))
            add(doc, 'BORDERS', e.id, te.id, sentence);
          break;
        }
      }
    }
    // Lexicon knowledge: a known place lies in its country, when the article names that country.
    for (const e of doc.entities.values()) {
      if (e.type !== 'Place' || !e.country) continue;
      const countryId = res.countryByIso.get(e.country);
      if (countryId && doc.entities.has(countryId)) {
        const m = doc.mentions.find((x) => x.entityId === e.id);
        add(doc, 'LOCATED_IN', e.id, countryId, m ? (doc.tokenSentence[m.tokenStart] ?? 0) : 0);
      }
    }
  };
}
