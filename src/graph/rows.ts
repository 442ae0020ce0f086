// Turns extractions into the flat rows the write queries UNWIND. Pure: no database, so the same
// function feeds the loader, the dry run, the expected counts and the raw bench.
//
// Id rules (docs/graph-model.md): articles and entities keep their ids; statements, events and
// unnamed sources are scoped by the article (`<articleId>:<localId>`), because extractor ids are
// only unique within one article. References to ids an extraction does not declare are dropped
// with a warning, so what lands never depends on what else is already in the graph.
import type { ArticleExtraction, EntityType, RelationType } from '../extract/contract.ts';
import { matchKey } from '../nlp/normalise.ts';
import { digestKey } from './digest.ts';
import { isRelationType } from './queries.ts';

export interface ArticleRow {
  id: string;
  title: string;
  source: string | null;
  publishedAt: string | null;
  url: string | null;
  text: string | null;
  file: string | null;
  loadedAt: string;
}

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
  normName: string;
  aliases: string[];
  normAliases: string[];
}

/** Evidence as parallel lists: item i is (texts|sentences[i], starts[i], ends[i]); -1 = not located. */
export interface MentionRow {
  articleId: string;
  entityId: string;
  texts: string[];
  starts: number[];
  ends: number[];
  count: number;
  /** The names and aliases this article gave the entity. */
  name: string;
  nameEn: string | null;
  normName: string;
  aliases: string[];
  normAliases: string[];
}

export interface SourceRow {
  id: string;
  articleId: string;
  description: string;
  affiliationId: string | null;
}

export interface StatementRow {
  id: string;
  articleId: string;
  cue: string;
  kind: string;
  quote: string;
  sentence: string;
  start: number | null;
  end: number | null;
  speakerEntityId: string | null;
  speakerSourceId: string | null;
  via: string | null;
  aboutEntities: string[];
  aboutEvents: string[];
}

export interface EventRow {
  id: string;
  articleId: string;
  type: string;
  date: string | null;
  killed: number | null;
  trigger: string;
  sentence: string;
  locationId: string | null;
  participants: { entityId: string; role: string }[];
  sentences: string[];
  starts: number[];
  ends: number[];
}

/** One row per relation in the batch, its evidence from every article of the batch. */
export interface RelationRow {
  type: RelationType;
  from: string;
  to: string;
  articleIds: string[];
  sentences: string[];
  starts: number[];
  ends: number[];
}

/**
 * What a batch adds to one entity's EntityDigest, per channel (a statement kind for statements
 * about the entity; '@said', '@via', '@involves', '@in', '@affiliated' for the statements it made
 * or relayed, the events it took part in or that happened in it, and the unnamed sources tied to
 * it): how many new nodes, and each one's key (the write query keeps the newest few per channel).
 */
export interface DigestRow {
  entityId: string;
  kinds: string[];
  counts: number[];
  keys: string[];
}

export interface GraphRows {
  articles: ArticleRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  sources: SourceRow[];
  statements: StatementRow[];
  events: EventRow[];
  relations: RelationRow[];
  digests: DigestRow[];
  warnings: string[];
}

export interface ArticleMeta {
  file?: string | null;
  loadedAt?: string;
}

export function scopedId(articleId: string, localId: string): string {
  return `${articleId}:${localId}`;
}

/** Where a sentence sits in the body: the extractor's offsets when given, else its first occurrence. */
function locate(body: string | null, sentence: string, start?: number, end?: number): [number, number] {
  if (typeof start === 'number' && typeof end === 'number') return [start, end];
  const at = body && sentence ? body.indexOf(sentence) : -1;
  return at < 0 ? [-1, -1] : [at, at + sentence.length];
}

/** The name an entity keeps whatever order articles come in: the longest, then the smaller string. */
export function preferredName(a: string, b: string): string {
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a < b ? a : b;
}

function mergeEntity(into: EntityRow, name: string, aliases: string[], nameEn: string | null): void {
  const best = preferredName(into.name, name);
  const names = [into.name, name, ...into.aliases, ...aliases];
  into.name = best;
  into.normName = matchKey(best);
  into.aliases = [...new Set(names.filter((x) => x !== best))];
  into.normAliases = [...new Set(into.aliases.map(matchKey).filter((x) => x !== into.normName))];
  into.nameEn ??= nameEn;
}

const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['Country', 'Place']);

/** Rows for a batch of articles; entities seen in several of them become one row, aliases unioned. */
export function graphRows(extractions: ArticleExtraction[], meta: ArticleMeta[] = []): GraphRows {
  const rows: GraphRows = {
    articles: [],
    entities: [],
    mentions: [],
    sources: [],
    statements: [],
    events: [],
    relations: [],
    digests: [],
    warnings: [],
  };
  const digests = new Map<string, { counts: Map<string, number>; keys: Set<string> }>();
  /** Files a node under an entity's channel once (an event with two roles for one entity is one). */
  const digest = (entityId: string, channel: string, key: string) => {
    let d = digests.get(entityId);
    if (!d) {
      d = { counts: new Map(), keys: new Set() };
      digests.set(entityId, d);
    }
    if (d.keys.has(key)) return;
    d.keys.add(key);
    d.counts.set(channel, (d.counts.get(channel) ?? 0) + 1);
  };
  const entityRows = new Map<string, EntityRow>();
  // Keyed across the batch: two rows for one relationship in one UNWIND would each read the
  // evidence lists before either writes them (Cypher reads eagerly), and one would be lost.
  const relations = new Map<string, RelationRow>();
  const loadedAt = new Date().toISOString();

  extractions.forEach((x, index) => {
    const articleId = x.article.id;
    const publishedAt = x.article.publishedAt ?? null;
    const body = x.article.body ?? null;
    const warn = (what: string) => rows.warnings.push(`${articleId}: ${what}`);
    rows.articles.push({
      id: articleId,
      title: x.article.title,
      source: x.article.source ?? null,
      publishedAt: x.article.publishedAt ?? null,
      url: x.article.url ?? null,
      text: body,
      file: meta[index]?.file ?? null,
      loadedAt: meta[index]?.loadedAt ?? loadedAt,
    });

    const entityTypes = new Map<string, EntityType>();
    for (const e of x.entities) {
      if (entityTypes.has(e.id)) {
        warn(`entity ${e.id} listed twice; first kept`);
        continue;
      }
      entityTypes.set(e.id, e.type);
      const aliases = [...new Set(e.aliases.filter((a) => a && a !== e.name))];
      const normName = matchKey(e.name);
      const normAliases = [...new Set(aliases.map(matchKey).filter((a) => a !== normName))];
      const known = entityRows.get(e.id);
      if (known) mergeEntity(known, e.name, aliases, e.nameEn);
      else {
        entityRows.set(e.id, {
          id: e.id,
          type: e.type,
          name: e.name,
          nameEn: e.nameEn,
          normName,
          aliases: [...aliases],
          normAliases: [...normAliases],
        });
      }
      rows.mentions.push({
        articleId,
        entityId: e.id,
        texts: e.mentions.map((m) => m.text),
        starts: e.mentions.map((m) => m.start),
        ends: e.mentions.map((m) => m.end),
        count: e.mentions.length,
        name: e.name,
        nameEn: e.nameEn,
        normName,
        aliases,
        normAliases,
      });
    }
    const entity = (id: string | null | undefined, role: string): string | null => {
      if (id === null || id === undefined) return null;
      if (entityTypes.has(id)) return id;
      warn(`${role} ${id} is not among the article's entities; dropped`);
      return null;
    };

    // Statements and events are CREATEd (the article is new), so an id the extractor repeats would
    // break the uniqueness constraint and sink the batch: the first one is kept, as for entities.
    const eventIds = new Set<string>();
    for (const ev of x.events) {
      if (eventIds.has(ev.id)) {
        warn(`event ${ev.id} listed twice; first kept`);
        continue;
      }
      eventIds.add(ev.id);
      const evidence: [string, number, number][] = [];
      const seen = new Set<string>();
      for (const m of [{ sentence: ev.sentence }, ...ev.mentions]) {
        const [start, end] = locate(
          body,
          m.sentence,
          'start' in m ? m.start : undefined,
          'end' in m ? m.end : undefined,
        );
        const key = `${start}:${m.sentence}`;
        if (!m.sentence || seen.has(key)) continue;
        seen.add(key);
        evidence.push([m.sentence, start, end]);
      }
      let locationId = entity(ev.locationId, `event ${ev.id} location`);
      if (locationId && !PLACE_TYPES.has(entityTypes.get(locationId)!)) {
        warn(`event ${ev.id} location ${locationId} is not a Country or Place; dropped`);
        locationId = null;
      }
      const participants = new Map<string, { entityId: string; role: string }>();
      for (const p of ev.participants) {
        const id = entity(p.entityId, `event ${ev.id} participant`);
        if (id) participants.set(`${id}|${p.role}`, { entityId: id, role: p.role });
      }
      rows.events.push({
        id: scopedId(articleId, ev.id),
        articleId,
        type: ev.type,
        date: ev.date ?? null,
        killed: ev.killed ?? null,
        trigger: ev.trigger,
        sentence: ev.sentence,
        locationId,
        participants: [...participants.values()],
        sentences: evidence.map((e) => e[0]),
        starts: evidence.map((e) => e[1]),
        ends: evidence.map((e) => e[2]),
      });
      const node = { articleId, id: scopedId(articleId, ev.id) };
      for (const p of participants.values())
        digest(p.entityId, '@involves', digestKey('@involves', node, publishedAt));
      if (locationId) digest(locationId, '@in', digestKey('@in', node, publishedAt));
    }

    const sources = new Map<string, SourceRow>();
    const statementIds = new Set<string>();
    for (const s of x.statements) {
      if (statementIds.has(s.id)) {
        warn(`statement ${s.id} listed twice; first kept`);
        continue;
      }
      statementIds.add(s.id);
      let speakerSourceId: string | null = null;
      const speakerEntityId = entity(s.speaker.entityId, `statement ${s.id} speaker`);
      if (!speakerEntityId && s.speaker.description) {
        const affiliationId = entity(s.speaker.affiliationId, `statement ${s.id} affiliation`);
        const key = `${matchKey(s.speaker.description)}|${affiliationId ?? ''}`;
        let source = sources.get(key);
        if (!source) {
          source = {
            id: scopedId(articleId, `source-${sources.size + 1}`),
            articleId,
            description: s.speaker.description,
            affiliationId,
          };
          sources.set(key, source);
          rows.sources.push(source);
          if (affiliationId)
            digest(affiliationId, '@affiliated', digestKey('@affiliated', source, publishedAt));
        }
        speakerSourceId = source.id;
      }
      const aboutEntities: string[] = [];
      const aboutEvents: string[] = [];
      for (const id of new Set(s.about)) {
        if (eventIds.has(id)) aboutEvents.push(scopedId(articleId, id));
        else {
          const known = entity(id, `statement ${s.id} about`);
          if (known) aboutEntities.push(known);
        }
      }
      const [start, end] = locate(body, s.sentence, s.start, s.end);
      const statement: StatementRow = {
        id: scopedId(articleId, s.id),
        articleId,
        cue: s.cue,
        kind: s.kind,
        quote: s.quote,
        sentence: s.sentence,
        start: start < 0 ? null : start,
        end: end < 0 ? null : end,
        speakerEntityId,
        speakerSourceId,
        via: entity(s.via, `statement ${s.id} outlet`),
        aboutEntities,
        aboutEvents,
      };
      rows.statements.push(statement);
      for (const id of aboutEntities) digest(id, s.kind, digestKey(s.kind, statement, publishedAt));
      if (speakerEntityId) digest(speakerEntityId, '@said', digestKey('@said', statement, publishedAt));
      if (statement.via) digest(statement.via, '@via', digestKey('@via', statement, publishedAt));
    }

    for (const r of x.relations) {
      if (!isRelationType(r.type)) {
        warn(`relation type ${String(r.type)} is not in the contract; dropped`);
        continue;
      }
      const from = entity(r.from, `${r.type} relation source`);
      const to = entity(r.to, `${r.type} relation target`);
      if (!from || !to) continue;
      const key = `${r.type}|${from}|${to}`;
      let row = relations.get(key);
      if (!row) {
        row = {
          type: r.type,
          from,
          to,
          articleIds: [],
          sentences: [],
          starts: [],
          ends: [],
        };
        relations.set(key, row);
        rows.relations.push(row);
      }
      const [start, end] = locate(body, r.sentence, r.start, r.end);
      const ev = row;
      if (
        ev.sentences.some(
          (s, i) => ev.articleIds[i] === articleId && s === r.sentence && ev.starts[i] === start,
        )
      ) {
        continue;
      }
      row.articleIds.push(articleId);
      row.sentences.push(r.sentence);
      row.starts.push(start);
      row.ends.push(end);
    }
  });

  rows.entities = [...entityRows.values()];
  rows.digests = [...digests].map(([entityId, d]) => ({
    entityId,
    kinds: [...d.counts.keys()],
    counts: [...d.counts.values()],
    keys: [...d.keys],
  }));
  return rows;
}
