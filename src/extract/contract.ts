// The extraction result for one article: the JSON `akhbar extract --format json` prints and the
// loader writes into Neo4j. Mirrors ../shared/eval/CONTRACT.md; extra fields are ours.

export type EntityType = 'Person' | 'Group' | 'Country' | 'Place';

export type StatementKind =
  | 'said'
  | 'denied'
  | 'confirmed'
  | 'reported'
  | 'accused'
  | 'warned'
  | 'called'
  | 'other';

export type EventType =
  | 'Meeting'
  | 'Attack'
  | 'MilitaryOperation'
  | 'Clash'
  | 'Death'
  | 'Invasion'
  | 'LeadershipChange'
  | 'Protest'
  | 'Agreement'
  | 'Arrest'
  | 'Election'
  | 'Sanction'
  | 'Displacement'
  | 'Other';

export type RelationType =
  | 'LEADER_OF'
  | 'MEMBER_OF'
  | 'SPOKESPERSON_OF'
  | 'FOUNDER_OF'
  | 'DEPUTY_OF'
  | 'PART_OF'
  | 'LOCATED_IN'
  | 'BORDERS'
  | 'BASED_IN'
  | 'AFFILIATED_WITH';

export type ParticipantRole = 'actor' | 'target' | 'participant';

/** A span of the article body as parsed: `body.slice(start, end) === text`. */
export interface Mention {
  text: string;
  start: number;
  end: number;
}

export interface ArticleInfo {
  /** Content hash: same text, same id. */
  id: string;
  title: string;
  /** YYYY-MM-DD or null. */
  publishedAt: string | null;
  source: string | null;
  url?: string | null;
  /** The body the offsets refer to. */
  body?: string;
}

export interface ExtractedEntity {
  /** Stable across articles: the same real-world entity gets the same id. */
  id: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
  aliases: string[];
  mentions: Mention[];
}

export interface Speaker {
  entityId: string | null;
  description: string | null;
  affiliationId: string | null;
}

export interface ExtractedStatement {
  id: string;
  speaker: Speaker;
  via: string | null;
  cue: string;
  kind: StatementKind;
  quote: string;
  sentence: string;
  about: string[];
  /** Offsets of the sentence in the body. */
  start?: number;
  end?: number;
}

export interface EventParticipant {
  entityId: string;
  role: ParticipantRole;
}

export interface ExtractedEvent {
  id: string;
  type: EventType;
  trigger: string;
  sentence: string;
  mentions: { sentence: string; start?: number; end?: number }[];
  date: string | null;
  locationId: string | null;
  participants: EventParticipant[];
  killed: number | null;
}

export interface ExtractedRelation {
  type: RelationType;
  from: string;
  to: string;
  sentence: string;
  start?: number;
  end?: number;
}

export interface ArticleExtraction {
  article: ArticleInfo;
  entities: ExtractedEntity[];
  statements: ExtractedStatement[];
  events: ExtractedEvent[];
  relations: ExtractedRelation[];
}
