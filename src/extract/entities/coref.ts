// In-article coreference: short forms of names ("منصور" → "الملا أختر منصور")، definite head
// nouns ("الصحيفة" → the last named paper, "الحركة" → the last named movement) and role
// phrases ("الرئيس الموريتاني" → the person last introduced with that title and country).
import { normalise } from '../../nlp/normalise.ts';
import { tokenise } from '../../nlp/tokens.ts';
import type { Doc, Entity } from '../document.ts';
import { type Resources, wordLists } from '../resources.ts';
import { isFunctionWord, stemIn, stems } from '../words.ts';
import { parseTitle } from './discovery.ts';
import { addMention, mentionsOf } from './registry.ts';

// Given names so common that alone they cannot point to one person (data/triggers/name-parts.json).
const TOO_COMMON = new Set(wordLists().names.tooCommonGivenNames.coref.map(normalise));

/** Transliterations write the foreign g as غ or ج (موراغ / موراج): fold them for matching. */
const foldG = (w: string) => w.replace(/غ/g, 'ج');

function shortForms(e: Entity, res: Resources): string[][] {
  const out: string[][] = [];
  for (const full of [e.name, ...e.aliases]) {
    const toks = tokenise(full).map((t) => t.norm);
    // Titles inside an alias ("الملا أختر منصور") are not part of the name.
    while (toks.length > 1 && res.titles.person.has(toks[0]!)) toks.shift();
    if (toks.length < 2) continue;
    for (let k = 1; k < toks.length; k++) out.push(toks.slice(k));
    out.push([toks[0]!]);
  }
  return out.filter((f) => {
    if (f.length > 1) return true;
    const w = f[0]!;
    return (
      w.length >= 3 &&
      !TOO_COMMON.has(w) &&
      !isFunctionWord(w) &&
      !res.commonWords.has(w) &&
      !res.titles.person.has(w)
    );
  });
}

function firstMentionAt(doc: Doc, id: string): number {
  return mentionsOf(doc, id)[0]?.start ?? Number.POSITIVE_INFINITY;
}

function nameShortForms(doc: Doc, res: Resources): void {
  const forms = new Map<string, string[]>();
  for (const e of doc.entities.values()) {
    if (e.type !== 'Person') continue;
    for (const f of shortForms(e, res)) {
      const key = foldG(f.join(' '));
      const ids = forms.get(key) ?? [];
      if (!ids.includes(e.id)) ids.push(e.id);
      forms.set(key, ids);
    }
  }
  if (forms.size === 0) return;
  const firsts = new Set([...forms.keys()].map((k) => k.split(' ')[0]!));
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokenMention[i]) continue;
    const t = doc.tokens[i]!;
    if (!stems(t).some((s) => firsts.has(foldG(s)))) continue;
    for (const len of [3, 2, 1]) {
      // Near the end of the text a longer window would silently be a shorter one.
      if (i + len > doc.tokens.length) continue;
      let hit: { ids: string[]; start: number } | null = null;
      for (const s of stems(t)) {
        const key = foldG([s, ...doc.tokens.slice(i + 1, i + len).map((x) => x.norm)].join(' '));
        const ids = forms.get(key);
        if (ids) {
          hit = { ids, start: t.start + (t.norm.length - s.length) };
          break;
        }
      }
      if (!hit) continue;
      const here = t.start;
      // The latest person introduced before this point; else the first introduced after it.
      const ranked = [...hit.ids].sort((a, b) => firstMentionAt(doc, a) - firstMentionAt(doc, b));
      const before = ranked.filter((id) => firstMentionAt(doc, id) < here);
      const id = before.length ? before[before.length - 1]! : ranked[0]!;
      const e = doc.entities.get(id)!;
      const end = doc.tokens[i + len - 1]!.end;
      if (addMention(doc, e, i, i + len, hit.start, end, 'coref')) i += len - 1;
      break;
    }
  }
}

/** Head nouns an entity is known by: from discovery, or the first word of its names. */
function headsOf(e: Entity, res: Resources): Set<string> {
  const heads = new Set(e.heads);
  for (const n of [e.name, ...e.aliases]) {
    const first = tokenise(n)[0];
    if (first && res.groupHeads.has(first.norm)) heads.add(first.norm);
  }
  if (e.kind === 'outlet' && heads.size === 0) heads.add('صحيفه');
  if (e.kind === 'militant' && heads.size === 0) heads.add('جماعه');
  return heads;
}

function definiteAnaphora(doc: Doc, res: Resources): void {
  const headCache = new Map<string, Set<string>>();
  const heads = (e: Entity) => {
    const cached = headCache.get(e.id);
    if (cached) return cached;
    const h = headsOf(e, res);
    headCache.set(e.id, h);
    return h;
  };
  const ordered = () => [...doc.mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokenMention[i]) continue;
    const anaphor = stemIn(doc.tokens[i], res.anaphors);
    if (!anaphor) continue;
    const head = res.anaphors.get(anaphor)!;
    // "الصحيفة ذاتها"، "الحركة": the antecedent is the last entity named with that head.
    const here = doc.tokens[i]!.start;
    let antecedent: Entity | null = null;
    for (const m of ordered()) {
      if (m.start >= here) break;
      const e = doc.entities.get(m.entityId);
      if (e && e.type === 'Group' && heads(e).has(head)) antecedent = e;
    }
    // Cataphora for indefinite descriptions is left to statements; definite anaphora looks back only.
    if (!antecedent) continue;
    const t = doc.tokens[i]!;
    addMention(doc, antecedent, i, i + 1, t.start + (t.norm.length - anaphor.length), t.end, 'coref');
  }
}

/** The person last introduced with this title (and complement), before `here`. */
const bareTitle = (t: string) => t.split(' ')[0]!.replace(/^ال/, '');

export function resolveRole(doc: Doc, title: string, targetId: string | null, here: number): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of doc.entities.values()) {
    if (e.type !== 'Person') continue;
    const matches = e.roles.some(
      (r) =>
        (r.title === title || bareTitle(r.title) === bareTitle(title)) &&
        (targetId === null || r.targetId === targetId),
    );
    if (!matches) continue;
    const at = firstMentionAt(doc, e.id);
    if (at < here && at > bestAt) {
      best = e;
      bestAt = at;
    }
  }
  return best;
}

function roleAnaphora(doc: Doc, res: Resources): void {
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokenMention[i]) continue;
    const tp = parseTitle(doc, res, i);
    if (!tp) continue;
    // A name right after the title is handled by the roles component.
    const next = doc.tokenMention[tp.end];
    if (next && doc.entities.get(next.entityId)?.type === 'Person') continue;
    const best = resolveRole(doc, tp.title, tp.targetId, doc.tokens[i]!.start);
    if (!best) continue;
    // Only the title words become the mention; the complement keeps its own entities.
    const words = tp.title.split(' ').length;
    const t = doc.tokens[i]!;
    const stem = stems(t).find((s) => tp.title.startsWith(s)) ?? t.norm;
    const end = doc.tokens[i + words - 1]!.end;
    addMention(doc, best, i, i + words, t.start + (t.norm.length - stem.length), end, 'coref');
    i += words - 1;
  }
}

/**
 * "وزارة الدفاع" after "وزارة الدفاع الروسية": a discovered organisation whose name begins a longer
 * organisation's name in the same article is that organisation, shortened.
 */
function shortenedOrganisations(doc: Doc, res: Resources): void {
  const groups = [...doc.entities.values()].filter((e) => e.type === 'Group');
  for (const short of groups) {
    if (res.byId.has(short.id)) continue;
    const key = `${normalise(short.name)} `;
    const long = groups.find((g) => g !== short && normalise(g.name).startsWith(key));
    if (!long) continue;
    for (const m of doc.mentions) if (m.entityId === short.id) m.entityId = long.id;
    long.aliases.add(short.name);
    doc.entities.delete(short.id);
  }
}

export function corefComponent(res: Resources) {
  return (doc: Doc): void => {
    shortenedOrganisations(doc, res);
    nameShortForms(doc, res);
    definiteAnaphora(doc, res);
    roleAnaphora(doc, res);
  };
}
