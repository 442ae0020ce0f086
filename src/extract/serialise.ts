// Doc → CONTRACT JSON. Offsets become body offsets (mentions in the title are dropped: they have
// none); ids of statements and events are derived from article id + position, so output is
// deterministic.
import { createHash } from 'node:crypto';
import type { ArticleExtraction, ExtractedEntity } from './contract.ts';
import type { Doc } from './document.ts';

const short = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

export function toContract(doc: Doc): ArticleExtraction {
  const a = doc.article;
  const off = doc.bodyOffset;
  const sentence = (i: number) => doc.sentences[i]!;
  const eventId = (n: number) => `ev:${short(`${a.id}:${n}`)}`;
  const entities: ExtractedEntity[] = [];
  const mentioned = new Set(doc.mentions.map((m) => m.entityId));
  for (const e of doc.entities.values()) {
    // An entity whose every mention was taken over by a longer name is not in the article.
    if (!mentioned.has(e.id)) continue;
    const mentions = doc.mentions
      .filter((m) => m.entityId === e.id && m.start >= off)
      .sort((x, y) => x.start - y.start)
      .map((m) => ({ text: doc.text.slice(m.start, m.end), start: m.start - off, end: m.end - off }));
    entities.push({
      id: e.id,
      type: e.type,
      name: e.name,
      nameEn: e.nameEn,
      aliases: [...e.aliases].filter((x) => x !== e.name).sort(),
      mentions,
    });
  }
  entities.sort(
    (x, y) => (x.mentions[0]?.start ?? -1) - (y.mentions[0]?.start ?? -1) || x.id.localeCompare(y.id),
  );
  return {
    article: {
      id: a.id,
      title: a.title,
      publishedAt: a.publishedAt,
      source: a.source,
      url: a.url,
      body: a.body,
    },
    entities,
    statements: doc.statements.map((s, n) => {
      const sen = sentence(s.sentence);
      // What a statement is about: the entities it names and the events told in its sentence.
      const events = doc.events.flatMap((ev, k) => (ev.sentences.includes(s.sentence) ? [eventId(k)] : []));
      return {
        id: `st:${short(`${a.id}:${n}`)}`,
        speaker: s.speaker,
        via: s.via,
        cue: s.cue,
        kind: s.kind,
        quote: s.quote,
        sentence: sen.text,
        about: [...s.about, ...events],
        start: sen.start - off,
        end: sen.end - off,
      };
    }),
    events: doc.events.map((ev, n) => {
      const sens = ev.sentences.map(sentence);
      return {
        id: eventId(n),
        type: ev.type,
        trigger: ev.trigger,
        sentence: sens[0]!.text,
        mentions: sens.map((s) => ({ sentence: s.text, start: s.start - off, end: s.end - off })),
        date: ev.date,
        locationId: ev.locationId,
        participants: ev.participants,
        killed: ev.killed,
      };
    }),
    relations: doc.relations.map((r) => {
      const sen = sentence(r.sentence);
      return {
        type: r.type,
        from: r.from,
        to: r.to,
        sentence: sen.text,
        start: sen.start - off,
        end: sen.end - off,
      };
    }),
  };
}
