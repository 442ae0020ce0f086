// Plain objects the resolvers pass around, built from Cypher map projections
// (`n {.*, __labels: labels(n)}`). __typename lets interfaces and Node resolve their type.
import { matchKey } from '../nlp/normalise.ts';

export type EntityTypename = 'Person' | 'Group' | 'Country' | 'Place';
export type Typename = EntityTypename | 'Statement' | 'Event' | 'Article' | 'Source';

export const ENTITY_TYPENAMES: readonly EntityTypename[] = ['Person', 'Group', 'Country', 'Place'];
export const TYPENAMES: readonly Typename[] = [
  ...ENTITY_TYPENAMES,
  'Statement',
  'Event',
  'Article',
  'Source',
];

export interface EntityShape {
  __typename: EntityTypename;
  id: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
}

export interface StatementShape {
  __typename: 'Statement';
  id: string;
  cue: string;
  kind: string;
  quote: string;
  sentence: string;
  start: number | null;
  end: number | null;
  articleId: string | null;
  /** Who made it and the outlet relaying it, when the query that found it fetched them too. */
  speaker?: EntityShape | SourceShape | null;
  via?: EntityShape | null;
}

export interface EventShape {
  __typename: 'Event';
  id: string;
  type: string;
  date: string | null;
  killed: number | null;
  trigger: string;
  sentence: string;
}

export interface ArticleShape {
  __typename: 'Article';
  id: string;
  title: string;
  source: string | null;
  publishedAt: string | null;
  url: string | null;
  text: string;
  file: string | null;
  loadedAt: string | null;
}

export interface SourceShape {
  __typename: 'Source';
  id: string;
  description: string;
}

export type NodeShape = EntityShape | StatementShape | EventShape | ArticleShape | SourceShape;

/** A piece of text in an article that supports a node or relation. */
export interface EvidenceShape {
  articleId: string;
  sentence: string | null;
  text: string | null;
  start: number | null;
  end: number | null;
}

type Props = Record<string, unknown>;

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  // Neo4j temporal values arrive as objects whose toString is ISO-8601.
  return typeof v === 'string' ? v : String(v);
}

function num(v: unknown): number | null {
  return typeof v === 'number' ? v : null;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => String(x)) : [];
}

export function typenameOf(props: Props): Typename | null {
  const labels = props.__labels;
  if (!Array.isArray(labels)) return null;
  for (const t of TYPENAMES) if (labels.includes(t)) return t;
  return null;
}

export function toNode(props: Props): NodeShape | null {
  const t = typenameOf(props);
  const id = String(props.id);
  switch (t) {
    case 'Person':
    case 'Group':
    case 'Country':
    case 'Place':
      return {
        __typename: t,
        id,
        name: str(props.name) ?? id,
        nameEn: str(props.nameEn),
        aliases: strings(props.aliases),
      };
    case 'Statement':
      return statementOf(props);
    case 'Event':
      return {
        __typename: t,
        id,
        type: str(props.type) ?? 'Other',
        date: str(props.date),
        killed: num(props.killed),
        trigger: str(props.trigger) ?? '',
        sentence: str(props.sentence) ?? '',
      };
    case 'Article':
      return {
        __typename: t,
        id,
        title: str(props.title) ?? '',
        source: str(props.source),
        publishedAt: str(props.publishedAt),
        url: str(props.url),
        text: str(props.text) ?? '',
        file: str(props.file),
        loadedAt: str(props.loadedAt),
      };
    case 'Source':
      return { __typename: t, id, description: str(props.description) ?? '' };
    default:
      return null;
  }
}

/**
 * A statement from a projection known to be one (no labels needed). A query that sends only what
 * the selection needs may leave out the sentence (then '') and the article and offsets (null).
 */
export function statementOf(props: Props): StatementShape {
  return {
    __typename: 'Statement',
    id: String(props.id),
    cue: str(props.cue) ?? '',
    kind: str(props.kind) ?? 'other',
    quote: str(props.quote) ?? '',
    sentence: str(props.sentence) ?? '',
    start: num(props.start),
    end: num(props.end),
    articleId: str(props.articleId),
  };
}

function as<T extends NodeShape>(props: unknown, ok: (n: NodeShape) => n is T): T | null {
  if (!props || typeof props !== 'object') return null;
  const node = toNode(props as Props);
  return node && ok(node) ? node : null;
}

export const isEntity = (n: NodeShape): n is EntityShape =>
  (ENTITY_TYPENAMES as readonly string[]).includes(n.__typename);
export const isStatement = (n: NodeShape): n is StatementShape => n.__typename === 'Statement';
export const isEvent = (n: NodeShape): n is EventShape => n.__typename === 'Event';
export const isArticle = (n: NodeShape): n is ArticleShape => n.__typename === 'Article';
export const isSource = (n: NodeShape): n is SourceShape => n.__typename === 'Source';

export const toEntity = (p: unknown): EntityShape | null => as(p, isEntity);
export const toStatement = (p: unknown): StatementShape | null => as(p, isStatement);
export const toEvent = (p: unknown): EventShape | null => as(p, isEvent);
export const toArticle = (p: unknown): ArticleShape | null => as(p, isArticle);
export const toSource = (p: unknown): SourceShape | null => as(p, isSource);
export const toAnyNode = (p: unknown): NodeShape | null => as(p, (n): n is NodeShape => true);

export function nonNull<T>(items: (T | null)[]): T[] {
  return items.filter((x): x is T => x !== null);
}

/** Parallel evidence lists (articleIds/sentences/starts/ends) zipped into evidence items. */
export function zipEvidence(lists: {
  articleIds?: unknown;
  articleId?: unknown;
  sentences?: unknown;
  texts?: unknown;
  starts?: unknown;
  ends?: unknown;
}): EvidenceShape[] {
  const starts = Array.isArray(lists.starts) ? lists.starts : [];
  const sentences = Array.isArray(lists.sentences) ? lists.sentences : [];
  const texts = Array.isArray(lists.texts) ? lists.texts : [];
  const ends = Array.isArray(lists.ends) ? lists.ends : [];
  const articleIds = Array.isArray(lists.articleIds) ? lists.articleIds : [];
  const n = Math.max(starts.length, sentences.length, texts.length, articleIds.length);
  const out: EvidenceShape[] = [];
  for (let i = 0; i < n; i++) {
    const articleId = str(articleIds[i] ?? lists.articleId);
    if (!articleId) continue;
    out.push({
      articleId,
      sentence: str(sentences[i]),
      text: str(texts[i]),
      start: num(starts[i]),
      end: num(ends[i]),
    });
  }
  return out;
}

/**
 * Lookup forms of a user-typed name: `norm` is the key the loader stores as normName/normAliases
 * (src/nlp matchKey: diacritics, tatweel, alef forms, ى→ي, ة→ه, punctuation), no second normaliser.
 */
export function lookupForms(name: string): { raw: string; norm: string; lower: string } {
  const raw = name.trim();
  return { raw, norm: matchKey(raw), lower: raw.toLowerCase() };
}
