// Events: what happened, to whom, where and when, with every reporting sentence as evidence.
import { builder } from '../builder.ts';
import { parseAnyId } from '../ids.ts';
import { pageOf, toConnection } from '../pagination.ts';
import { toEvent } from '../shapes.ts';
import { DateSortEnum, EventRoleEnum, EventTypeEnum } from './enums.ts';
import { EntityRef, EventConnection, EventRef, EvidenceRef, isTypename } from './refs.ts';

const ParticipantRef = builder.objectRef<{ role: string; entity: import('../shapes.ts').EntityShape }>(
  'Participant',
);

builder.objectType(ParticipantRef, {
  fields: (t) => ({
    role: t.field({ type: EventRoleEnum, resolve: (p) => p.role as 'actor' }),
    entity: t.field({ type: EntityRef, resolve: (p) => p.entity }),
  }),
});

builder.node(EventRef, {
  description: 'Something that happened (a meeting, an attack, a military operation…).',
  isTypeOf: isTypename('Event'),
  id: { resolve: (e) => e.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.event.byId.load(id))),
  fields: (t) => ({
    eventId: t.exposeString('id'),
    type: t.field({ type: EventTypeEnum, resolve: (e) => e.type as 'Other' }),
    date: t.exposeString('date', { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' }),
    killed: t.exposeInt('killed', { nullable: true }),
    trigger: t.exposeString('trigger'),
    sentence: t.exposeString('sentence', { description: 'The first sentence reporting it.' }),
    participants: t.field({
      type: [ParticipantRef],
      args: { role: t.arg({ type: EventRoleEnum }) },
      resolve: async (e, args, ctx) => {
        const all = (await ctx.loaders.event.details.load(e.id))?.participants ?? [];
        return args.role ? all.filter((p) => p.role === args.role) : all;
      },
    }),
    location: t.field({
      type: EntityRef,
      nullable: true,
      resolve: async (e, _args, ctx) => (await ctx.loaders.event.details.load(e.id))?.location ?? null,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      resolve: async (e, _args, ctx) => (await ctx.loaders.event.details.load(e.id))?.evidence ?? [],
    }),
  }),
});

const EventFilter = builder.inputType('EventFilter', {
  fields: (t) => ({
    type: t.field({ type: EventTypeEnum }),
    dateFrom: t.string({ description: 'YYYY[-MM[-DD]], inclusive.' }),
    dateTo: t.string(),
    place: t.id({ description: 'Happened in this place or country, or anywhere located in it.' }),
    participant: t.id(),
    article: t.id({ description: 'Reported in this article.' }),
  }),
});

const id = (v: string | number | null | undefined) => (v == null ? null : parseAnyId(String(v)).id);

builder.queryFields((t) => ({
  events: t.field({
    type: EventConnection,
    args: {
      filter: t.arg({ type: EventFilter }),
      sort: t.arg({ type: DateSortEnum, defaultValue: 'OLDEST' }),
      first: t.arg.int(),
      after: t.arg.string(),
    },
    resolve: async (_root, args, ctx) => {
      const page = pageOf(args);
      const f = args.filter;
      const rows = await ctx.db.read('events-list', {
        type: f?.type ?? null,
        dateFrom: f?.dateFrom ?? null,
        dateTo: f?.dateTo ?? null,
        place: id(f?.place),
        participant: id(f?.participant),
        article: id(f?.article),
        desc: args.sort === 'NEWEST',
        ...page,
      });
      const row = rows[0] ?? {};
      const items = (Array.isArray(row.page) ? row.page : []).map(toEvent).filter((e) => e !== null);
      for (const e of items) ctx.loaders.event.byId.prime(e.id, e);
      return toConnection(items, Number(row.total ?? 0), page);
    },
  }),
}));
