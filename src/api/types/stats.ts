// Counts of what the graph holds.
import { builder } from '../builder.ts';

interface StatsShape {
  articles: number;
  entities: number;
  people: number;
  groups: number;
  countries: number;
  places: number;
  statements: number;
  events: number;
  sources: number;
  relationships: { type: string; count: number }[];
}

const RelationshipCountRef = builder.objectRef<{ type: string; count: number }>('RelationshipCount');
builder.objectType(RelationshipCountRef, {
  fields: (t) => ({ type: t.exposeString('type'), count: t.exposeInt('count') }),
});

const StatsRef = builder.objectRef<StatsShape>('Stats');
builder.objectType(StatsRef, {
  fields: (t) => ({
    articles: t.exposeInt('articles'),
    entities: t.exposeInt('entities'),
    people: t.exposeInt('people'),
    groups: t.exposeInt('groups'),
    countries: t.exposeInt('countries'),
    places: t.exposeInt('places'),
    statements: t.exposeInt('statements'),
    events: t.exposeInt('events'),
    sources: t.exposeInt('sources'),
    relationships: t.field({ type: [RelationshipCountRef], resolve: (s) => s.relationships }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: StatsRef,
    resolve: async (_root, _args, ctx) => {
      const row = (await ctx.db.read('stats'))[0] ?? {};
      const n = (k: string) => Number(row[k] ?? 0);
      return {
        articles: n('articles'),
        entities: n('entities'),
        people: n('people'),
        groups: n('groups'),
        countries: n('countries'),
        places: n('places'),
        statements: n('statements'),
        events: n('events'),
        sources: n('sources'),
        relationships: (Array.isArray(row.relationships) ? row.relationships : []).map(
          (r: { type: unknown; count: unknown }) => ({
            type: String(r.type),
            count: Number(r.count),
          }),
        ),
      };
    },
  }),
);
