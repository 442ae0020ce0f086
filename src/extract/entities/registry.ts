// Creating entities and attaching mentions. Ids are stable across articles: lexicon ids, or
// type + normalised canonical name for names no lexicon knows.
import { matchKey } from '../../nlp/normalise.ts';
import type { EntityType } from '../contract.ts';
import type { Doc, Entity, Mention, MentionSource } from '../document.ts';
import type { LexiconEntry } from '../resources.ts';

export function derivedId(type: EntityType, name: string): string {
  return `${type.toLowerCase()}:${matchKey(name).replace(/\s+/g, '-')}`;
}

export function ensureLexiconEntity(doc: Doc, entry: LexiconEntry): Entity {
  let e = doc.entities.get(entry.id);
  if (!e) {
    e = {
      id: entry.id,
      type: entry.type,
      name: entry.name,
      nameEn: entry.nameEn,
      aliases: new Set(entry.aliases),
      ...(entry.kind ? { kind: entry.kind } : {}),
      ...(entry.country ? { country: entry.country } : {}),
      heads: new Set(),
      roles: [],
    };
    doc.entities.set(e.id, e);
  }
  return e;
}

export function ensureDiscoveredEntity(doc: Doc, type: EntityType, name: string, head?: string): Entity {
  const id = derivedId(type, name);
  let e = doc.entities.get(id);
  if (!e) {
    e = { id, type, name, nameEn: null, aliases: new Set(), heads: new Set(), roles: [] };
    doc.entities.set(id, e);
  }
  if (head) e.heads.add(head);
  return e;
}

/** Adds a mention unless one of its tokens is already covered. Returns it when added. */
export function addMention(
  doc: Doc,
  entity: Entity,
  tokenStart: number,
  tokenEnd: number,
  start: number,
  end: number,
  source: MentionSource,
): Mention | null {
  for (let i = tokenStart; i < tokenEnd; i++) if (doc.tokenMention[i]) return null;
  const m: Mention = { entityId: entity.id, start, end, tokenStart, tokenEnd, source };
  doc.mentions.push(m);
  for (let i = tokenStart; i < tokenEnd; i++) doc.tokenMention[i] = m;
  const surface = doc.text.slice(start, end);
  if (surface !== entity.name && source !== 'coref' && source !== 'nisba') entity.aliases.add(surface);
  return m;
}

export function mentionsOf(doc: Doc, entityId: string): Mention[] {
  return doc.mentions.filter((m) => m.entityId === entityId).sort((a, b) => a.start - b.start);
}

/** Drops a mention (a longer discovered name replaces a bare lexicon surname, for instance). */
export function removeMention(doc: Doc, m: Mention): void {
  const at = doc.mentions.indexOf(m);
  if (at >= 0) doc.mentions.splice(at, 1);
  for (let i = m.tokenStart; i < m.tokenEnd; i++)
    if (doc.tokenMention[i] === m) doc.tokenMention[i] = undefined;
}

/** Frees tokens [from, to) held by single-token lexicon person mentions, so a longer name can take them. */
export function yieldBareSurnames(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const m = doc.tokenMention[i];
    if (!m) continue;
    const e = doc.entities.get(m.entityId);
    if (m.source !== 'lexicon' || e?.type !== 'Person' || m.tokenEnd - m.tokenStart > 1) return false;
  }
  for (let i = from; i < to; i++) {
    const m = doc.tokenMention[i];
    if (m) removeMention(doc, m);
  }
  return true;
}
