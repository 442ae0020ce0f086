// Builds one article's body line by line while recording, for every entity named, the exact span
// it occupies: the generated text and its extraction come from the same calls, so the extraction
// is right by construction (offsets included).
import type {
  ArticleExtraction,
  EventParticipant,
  EventType,
  ExtractedEntity,
  ExtractedEvent,
  ExtractedStatement,
  RelationType,
  Speaker,
  StatementKind,
} from '../extract/contract.ts';
import type { LexEntity } from './lexicon.ts';

export type Piece = string | { entity: LexEntity; form?: string };

export interface Span {
  sentence: string;
  start: number;
  end: number;
}

export class ArticleBuilder {
  private readonly lines: string[] = [];
  private length = 0;
  private readonly entities = new Map<string, ExtractedEntity>();
  readonly statements: ExtractedStatement[] = [];
  readonly events: ExtractedEvent[] = [];
  readonly relations: ArticleExtraction['relations'] = [];

  has(line: string): boolean {
    return this.lines.includes(line);
  }

  /**
   * Appends one sentence as its own line (the page format keeps lines; the reader joins them with
   * "\n"). Returns null, adding nothing, when the same line is already there: the reader would drop it.
   */
  line(pieces: Piece[]): Span | null {
    const text = pieces.map((p) => (typeof p === 'string' ? p : (p.form ?? p.entity.name))).join('');
    if (this.has(text)) return null;
    const start = this.lines.length ? this.length + 1 : 0;
    let at = start;
    for (const p of pieces) {
      if (typeof p === 'string') {
        at += p.length;
        continue;
      }
      const form = p.form ?? p.entity.name;
      this.mention(p.entity, form, at);
      at += form.length;
    }
    this.lines.push(text);
    this.length = start + text.length;
    return { sentence: text, start, end: start + text.length };
  }

  private mention(e: LexEntity, text: string, start: number): void {
    let entity = this.entities.get(e.id);
    if (!entity) {
      entity = {
        id: e.id,
        type: e.type,
        name: e.name,
        nameEn: e.nameEn,
        aliases: [...e.aliases],
        mentions: [],
      };
      this.entities.set(e.id, entity);
    }
    entity.mentions.push({ text, start, end: start + text.length });
  }

  statement(
    at: Span,
    speaker: Speaker,
    cue: string,
    kind: StatementKind,
    quote: string,
    about: string[] = [],
    via: string | null = null,
  ): void {
    this.statements.push({
      id: `s${this.statements.length + 1}`,
      speaker,
      via,
      cue,
      kind,
      quote,
      sentence: at.sentence,
      about,
      start: at.start,
      end: at.end,
    });
  }

  event(
    at: Span,
    type: EventType,
    trigger: string,
    participants: EventParticipant[],
    extra: { date?: string | null; locationId?: string | null; killed?: number | null } = {},
  ): ExtractedEvent {
    const event: ExtractedEvent = {
      id: `e${this.events.length + 1}`,
      type,
      trigger,
      sentence: at.sentence,
      mentions: [{ sentence: at.sentence, start: at.start, end: at.end }],
      date: extra.date ?? null,
      locationId: extra.locationId ?? null,
      participants,
      killed: extra.killed ?? null,
    };
    this.events.push(event);
    return event;
  }

  /** Another sentence reporting an event already recorded. */
  alsoReports(event: ExtractedEvent, at: Span): void {
    event.mentions.push({ sentence: at.sentence, start: at.start, end: at.end });
  }

  relation(at: Span, type: RelationType, from: string, to: string): void {
    this.relations.push({ type, from, to, sentence: at.sentence, start: at.start, end: at.end });
  }

  get body(): string {
    return this.lines.join('\n');
  }

  get bodyLines(): readonly string[] {
    return this.lines;
  }

  extraction(article: ArticleExtraction['article']): ArticleExtraction {
    return {
      article: { ...article, body: this.body },
      entities: [...this.entities.values()],
      statements: this.statements,
      events: this.events,
      relations: this.relations,
    };
  }
}
