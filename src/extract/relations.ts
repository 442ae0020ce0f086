// Relations between entities: from titles and appositions (roles), from explicit wording
// ("التي تحد أفغانستان"، "منطقة كورام بإقليم خيبر بختونخوا") and, for places, from the country
// the lexicon locates them in when that country is named in the article.
import { normalise } from '../nlp/normalise.ts';
import type { RelationType } from './contract.ts';
import { type Doc, gapBefore } from './document.ts';
import type { Resources } from './resources.ts';
import { stems } from './words.ts';

function add(doc: Doc, type: RelationType, from: string, to: string, sentence: number): void {
  if (from === to) return;
  if (doc.relations.some((r) => r.type === type && r.from === from && r.to === to)) return;
  doc.relations.push({ type, from, to, sentence });
}

const BORDER_VERBS = new Set(['تحد', 'يحد', 'تحدها', 'يحدها', 'المحاذيه', 'المتاخمه'].map(normalise));

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
          targetId = dominantCountry(doc);
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
          if (prev !== normalise('التي') && prev !== normalise('الذي')) break;
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
