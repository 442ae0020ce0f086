// The one object every pipeline component reads and enriches (like spaCy's Doc). Offsets are into
// `text` = title + "\n\n" + body; the serialiser turns them into body offsets.
import type { RawArticle } from '../ingest/types.ts';
import { type NormalisedText, normaliseWithOffsets } from '../nlp/normalise.ts';
import { type Sentence, splitSentences } from '../nlp/sentences.ts';
import { type Token, tokenise } from '../nlp/tokens.ts';
import type { EntityType, EventType, ParticipantRole, RelationType, StatementKind } from './contract.ts';

export type MentionSource = 'lexicon' | 'nisba' | 'pattern' | 'coref' | 'candidate';

export interface Mention {
  entityId: string;
  start: number;
  end: number;
  /** Tokens covered: [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  source: MentionSource;
}

export interface Role {
  /** Normalised title head, e.g. "رئيس", "المتحدث". */
  title: string;
  relation: RelationType | null;
  targetId: string | null;
  sentence: number;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
  aliases: Set<string>;
  kind?: string;
  country?: string;
  /** Head nouns this entity was named with (حركه، صحيفه …), for anaphora like "الحركة". */
  heads: Set<string>;
  roles: Role[];
  /** The country (or body) this entity is part of, from a nisba in its name: "وزارة الدفاع الروسية". */
  partOf?: string;
}

/** A span proposed by an external recogniser (the statistical NER of issue 4). */
export interface CandidateSpan {
  start: number;
  end: number;
  type: EntityType;
  score: number;
}

export interface Speaker {
  entityId: string | null;
  description: string | null;
  affiliationId: string | null;
}

export interface Statement {
  speaker: Speaker;
  via: string | null;
  cue: string;
  kind: StatementKind;
  quote: string;
  sentence: number;
  about: string[];
}

export interface Participant {
  entityId: string;
  role: ParticipantRole;
}

export interface DocEvent {
  type: EventType;
  trigger: string;
  sentences: number[];
  date: string | null;
  locationId: string | null;
  participants: Participant[];
  killed: number | null;
}

export interface Relation {
  type: RelationType;
  from: string;
  to: string;
  sentence: number;
}

export interface Doc {
  article: RawArticle;
  text: string;
  /** Where the body starts in `text`. */
  bodyOffset: number;
  norm: NormalisedText;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of every token. */
  tokenSentence: number[];
  candidates: CandidateSpan[];
  entities: Map<string, Entity>;
  mentions: Mention[];
  /** Mention covering a token, if any. */
  tokenMention: (Mention | undefined)[];
  statements: Statement[];
  events: DocEvent[];
  relations: Relation[];
}

export function createDoc(article: RawArticle): Doc {
  const text = `${article.title}\n\n${article.body}`;
  const tokens = tokenise(text);
  const sentences = splitSentences(text);
  const tokenSentence: number[] = [];
  let s = 0;
  for (const t of tokens) {
    while (s < sentences.length - 1 && t.start >= sentences[s]!.end) s++;
    tokenSentence.push(s);
  }
  return {
    article,
    text,
    bodyOffset: article.title.length + 2,
    norm: normaliseWithOffsets(text),
    tokens,
    sentences,
    tokenSentence,
    candidates: [],
    entities: new Map(),
    mentions: [],
    tokenMention: new Array(tokens.length).fill(undefined),
    statements: [],
    events: [],
    relations: [],
  };
}

/** Text between two tokens (punctuation, spaces), used to stop spans at commas and quotes. */
export function gapBefore(doc: Doc, tokenIndex: number): string {
  const t = doc.tokens[tokenIndex];
  const prev = doc.tokens[tokenIndex - 1];
  if (!t) return '';
  return doc.text.slice(prev ? prev.end : 0, t.start);
}

/** Tokens [from, to) of one sentence with nothing but spaces between them. */
export function joinedBySpaces(doc: Doc, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (gapBefore(doc, i).trim() !== '') return false;
  return true;
}

export function sentenceTokens(doc: Doc, sentence: number): [number, number] {
  let a = doc.tokenSentence.indexOf(sentence);
  if (a < 0) return [0, 0];
  let b = a;
  while (b < doc.tokens.length && doc.tokenSentence[b] === sentence) b++;
  if (a > b) a = b;
  return [a, b];
}
