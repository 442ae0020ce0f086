// Entity interface over Person, Group, Country and Place: lookups by id or name, filtered lists,
// and the relationship fields researchers start from (statements by/about, events, relations,
// co-mentions, timeline).
import type { FieldNode, GraphQLInterfaceType, GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.ts';
import type { ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { parseAnyId } from '../ids.ts';
import { checkSize, type Page, pageOf, toConnection } from '../pagination.ts';
import { argumentValues, fieldsAt, selectedNames } from '../selection.ts';
import { type EntityShape, type EntityTypename, lookupForms, toEntity } from '../shapes.ts';
import { RELATION_TYPES, type StatementsAboutArgs } from './entity.loaders.ts';
import {
  DirectionEnum,
  EntitySortEnum,
  EntityTypeEnum,
  EventRoleEnum,
  EventTypeEnum,
  RelationTypeEnum,
  StatementKindEnum,
} from './enums.ts';
import {
  CoMentionRef,
  CountryConnection,
  CountryRef,
  EntityRef,
  EventConnection,
  EvidenceRef,
  GroupConnection,
  GroupRef,
  isTypename,
  PersonConnection,
  PersonRef,
  PlaceConnection,
  PlaceRef,
  RelationRef,
  StatementConnection,
  TimelineEntryRef,
} from './refs.ts';

/** An entity by id (global or graph id) or by name (Arabic, normalised; or English). */
export async function findEntity(
  ctx: ApiContext,
  ref: { id?: string | null; name?: string | null; type?: EntityTypename | null },
): Promise<EntityShape> {
  if (ref.id) {
    const entity = await ctx.loaders.entity.byId.load(parseAnyId(ref.id).id);
    if (!entity || (ref.type && entity.__typename !== ref.type)) throw notFound(`entity ${ref.id}`);
    return entity;
  }
  if (ref.name?.trim()) {
    const rows = await ctx.db.read('entity-by-name', { ...lookupForms(ref.name), label: ref.type ?? null });
    const entity = toEntity(rows[0]?.node);
    if (!entity) throw notFound(`entity named "${ref.name.trim()}"`);
    ctx.loaders.entity.byId.prime(entity.id, entity);
    return entity;
  }
  throw badInput('give an id or a name');
}

type StatementsAboutFieldArgs = { kind?: string | null; first?: number | null; after?: string | null };

/** What a statements page fetches beyond each statement's short fields (see `wanted`). */
type Wants = Pick<StatementsAboutArgs, 'speakers' | 'via' | 'sentences' | 'locations'>;

/**
 * The statementsAbout loader's key arguments. One function for the field's resolver and the
 * prefetch in `entity`, so both build the same key (property order included: the loader keys on
 * their JSON).
 */
function statementsAboutArgs(args: StatementsAboutFieldArgs, page: Page, wants: Wants): StatementsAboutArgs {
  return {
    kind: args.kind ?? null,
    ...page,
    speakers: wants.speakers,
    via: wants.via,
    sentences: wants.sentences,
    locations: wants.locations,
  };
}

/**
 * What a statements connection's selection asks of each statement beyond its own short fields:
 * who made it, the outlet relaying it, its sentence (the longest field) and where it is (article
 * and offsets, for `article` and `evidence`).
 */
function wanted(nodes: readonly FieldNode[], fragments: GraphQLResolveInfo['fragments']): Wants {
  // A single field node's answer depends on it alone (and its document's fragments): the parser
  // cache hands back the same nodes for the same query text, so a repeated query walks its
  // selection once. Merged nodes are not cached (one node can be merged with others elsewhere).
  const single = nodes.length === 1 ? nodes[0]! : null;
  const known = single && wantsOf.get(single);
  if (known) return known;
  const selected = selectedNames(fieldsAt(nodes, fragments, ['edges', 'node']), fragments);
  const wants = {
    speakers: selected.has('speaker'),
    via: selected.has('via'),
    sentences: selected.has('sentence') || selected.has('evidence'),
    locations: selected.has('article') || selected.has('evidence'),
  };
  if (single) wantsOf.set(single, wants);
  return wants;
}
const wantsOf = new WeakMap<FieldNode, Wants>();

/**
 * `entity(id) { statementsAbout(…) { … } }` (an entity card) would otherwise be a waterfall of
 * statements: the entity, then its statements, then their speakers, each sent after the previous
 * answered. The statements query also returns the entity and, when selected, the speakers, so it
 * is sent here, up front, and primes the three loaders; the fields below then resolve from them.
 * Only the first statementsAbout in the selection is prefetched (the rest load as usual).
 */
async function prefetchStatementsAbout(ctx: ApiContext, id: string, info: GraphQLResolveInfo): Promise<void> {
  const field = fieldsAt(info.fieldNodes, info.fragments, ['statementsAbout'])[0];
  const definition = (info.schema.getType('Entity') as GraphQLInterfaceType | undefined)?.getFields()
    .statementsAbout;
  if (!field || !definition) return;
  let args: StatementsAboutArgs;
  try {
    const values = argumentValues(definition, field, info.variableValues) as StatementsAboutFieldArgs;
    args = statementsAboutArgs(values, pageOf(values), wanted([field], info.fragments));
  } catch {
    return; // bad arguments: the field's own resolver reports them where they belong
  }
  const r = await ctx.loaders.entity.statementsAbout.load({ id, args });
  // An unknown id primes nothing: findEntity then answers NOT_FOUND as before.
  if (r.entity) ctx.loaders.entity.byId.prime(r.entity.id, r.entity);
}

export const EntityRefInput = builder.inputType('EntityRefInput', {
  description: 'An entity by id (global or graph id such as "country:ru") or by name (Arabic or English).',
  fields: (t) => ({
    id: t.id({ required: false }),
    name: t.string({ required: false }),
  }),
});

EntityRef.implement({
  description: 'A named thing: a person, a group (organisation, movement, outlet), a country or a place.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (e) => e.__typename,
  fields: (t) => ({
    entityId: t.exposeString('id', {
      description: 'The graph id, stable across articles (e.g. "country:ru").',
    }),
    name: t.exposeString('name', { description: 'Arabic name as first written.' }),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    aliases: t.exposeStringList('aliases'),
    mentions: t.field({
      type: [EvidenceRef],
      description: 'Every place an article names it (evidence), newest article first.',
      args: { first: t.arg.int({ defaultValue: 20 }) },
      resolve: async (e, args, ctx) => {
        checkSize('first', args.first ?? 20, 100);
        return ((await ctx.loaders.entity.mentions.load(e.id)) ?? []).slice(0, args.first ?? 20);
      },
    }),
    statementsBy: t.field({
      type: StatementConnection,
      description: 'What it said; with includeAffiliated, also its unnamed officials ("مسؤول روسي رفيع").',
      args: {
        kind: t.arg({ type: StatementKindEnum }),
        includeAffiliated: t.arg.boolean({ defaultValue: true }),
        first: t.arg.int(),
        after: t.arg.string(),
      },
      resolve: async (e, args, ctx) => {
        const page = pageOf(args);
        const r = await ctx.loaders.entity.statementsBy.load({
          id: e.id,
          args: { kind: args.kind ?? null, affiliated: args.includeAffiliated ?? true, ...page },
        });
        return toConnection(r.items, r.total, page);
      },
    }),
    statementsAbout: t.field({
      type: StatementConnection,
      description: 'What was said about it.',
      args: { kind: t.arg({ type: StatementKindEnum }), first: t.arg.int(), after: t.arg.string() },
      resolve: async (e, args, ctx, info) => {
        const page = pageOf(args);
        const r = await ctx.loaders.entity.statementsAbout.load({
          id: e.id,
          args: statementsAboutArgs(args, page, wanted(info.fieldNodes, info.fragments)),
        });
        return toConnection(r.items, r.total, page);
      },
    }),
    events: t.field({
      type: EventConnection,
      description: 'Events it took part in (in a role), or that happened in it (role LOCATION), by date.',
      args: {
        role: t.arg({ type: EventRoleEnum }),
        type: t.arg({ type: EventTypeEnum }),
        first: t.arg.int(),
        after: t.arg.string(),
      },
      resolve: async (e, args, ctx) => {
        const page = pageOf(args);
        const r = await ctx.loaders.entity.events.load({
          id: e.id,
          args: { role: args.role ?? null, type: args.type ?? null, ...page },
        });
        return toConnection(r.items, r.total, page);
      },
    }),
    relations: t.field({
      type: [RelationRef],
      description: 'Relations read from the text (LEADER_OF, MEMBER_OF, LOCATED_IN…) with evidence.',
      args: {
        type: t.arg({ type: [RelationTypeEnum] }),
        direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH' }),
      },
      resolve: (e, args, ctx) =>
        ctx.loaders.entity.relations.load({
          id: e.id,
          args: {
            types: args.type ?? null,
            direction: args.direction ?? 'BOTH',
            allTypes: [...RELATION_TYPES],
          },
        }),
    }),
    coMentioned: t.field({
      type: [CoMentionRef],
      description: 'Entities named in the same articles, most shared articles first.',
      args: { first: t.arg.int({ defaultValue: 10 }) },
      resolve: (e, args, ctx) => {
        const limit = args.first ?? 10;
        checkSize('first', limit, 100);
        return ctx.loaders.entity.coMentioned.load({ id: e.id, args: { limit } });
      },
    }),
    timeline: t.field({
      type: [TimelineEntryRef],
      description: 'Events and statements involving it, oldest first (undated last).',
      args: { first: t.arg.int({ defaultValue: 50 }) },
      resolve: (e, args, ctx) => {
        const limit = args.first ?? 50;
        checkSize('first', limit, 100);
        return ctx.loaders.entity.timeline.load({ id: e.id, args: { limit } });
      },
    }),
  }),
});

const ENTITY_NODES = [
  [PersonRef, 'Person', 'A person named in the news.'],
  [GroupRef, 'Group', 'An organisation: government body, army, party, movement, militant group, outlet.'],
  [CountryRef, 'Country', 'A state.'],
  [PlaceRef, 'Place', 'A city, region, district or other place.'],
] as const;

for (const [ref, typename, description] of ENTITY_NODES) {
  builder.node(ref, {
    description,
    interfaces: [EntityRef],
    isTypeOf: isTypename(typename),
    id: { resolve: (e) => e.id },
    loadMany: async (ids, ctx) =>
      (await ctx.loaders.entity.byId.loadMany(ids)).map((e) => {
        if (e instanceof Error) throw e;
        return e?.__typename === typename ? e : null;
      }),
    fields: () => ({}),
  });
}

builder.objectType(RelationRef, {
  description: 'A relation between two entities, e.g. (منصور)-[LEADER_OF]->(طالبان).',
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, resolve: (r) => r.type as (typeof RELATION_TYPES)[number] }),
    from: t.field({ type: EntityRef, resolve: (r) => r.from }),
    to: t.field({ type: EntityRef, resolve: (r) => r.to }),
    evidence: t.field({ type: [EvidenceRef], resolve: (r) => r.evidence }),
  }),
});

builder.objectType(CoMentionRef, {
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: (c) => c.entity }),
    articles: t.exposeInt('articles', { description: 'Articles naming both.' }),
    statements: t.exposeInt('statements', {
      description: 'Statements by or about one that involve the other.',
    }),
  }),
});

const EntityFilter = builder.inputType('EntityFilter', {
  fields: (t) => ({
    name: t.string({ description: 'Part of the name (Arabic, normalised) or English name.' }),
    article: t.id({ description: 'Mentioned in this article.' }),
    place: t.id({ description: 'Located in (or part of, or based in) this place or country.' }),
    participant: t.id({ description: 'Took part in an event together with this entity.' }),
  }),
});

type EntityFilterShape = {
  name?: string | null;
  article?: string | null;
  place?: string | null;
  participant?: string | null;
};

function listParams(
  label: EntityTypename,
  filter: EntityFilterShape | null | undefined,
  sort: string | null | undefined,
) {
  const name = filter?.name?.trim() ? lookupForms(filter.name) : null;
  const id = (v: string | null | undefined) => (v ? parseAnyId(v).id : null);
  return {
    label,
    name: name?.norm ?? null,
    nameLower: name?.lower ?? null,
    article: id(filter?.article),
    place: id(filter?.place),
    participant: id(filter?.participant),
    sort: sort ?? 'NAME',
  };
}

const LISTS = [
  ['people', 'Person', PersonConnection],
  ['groups', 'Group', GroupConnection],
  ['countries', 'Country', CountryConnection],
  ['places', 'Place', PlaceConnection],
] as const;

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    description:
      'One entity by id, or by name: Arabic (any spelling of hamza, alef, ى/ي, ة/ه, diacritics) or English.',
    args: { id: t.arg.id(), name: t.arg.string(), type: t.arg({ type: EntityTypeEnum }) },
    resolve: async (_root, args, ctx, info) => {
      const id = args.id == null ? null : String(args.id);
      if (id) await prefetchStatementsAbout(ctx, parseAnyId(id).id, info);
      return findEntity(ctx, { id, name: args.name, type: args.type });
    },
  }),
  ...Object.fromEntries(
    LISTS.map(([field, label, connection]) => [
      field,
      t.field({
        type: connection,
        args: {
          filter: t.arg({ type: EntityFilter }),
          sort: t.arg({ type: EntitySortEnum, defaultValue: 'NAME' }),
          first: t.arg.int(),
          after: t.arg.string(),
        },
        resolve: async (_root, args, ctx) => {
          const page = pageOf(args);
          const rows = await ctx.db.read('entities-list', {
            ...listParams(label, args.filter, args.sort),
            ...page,
          });
          const row = rows[0] ?? {};
          const items = (Array.isArray(row.page) ? row.page : []).map(toEntity).filter((e) => e !== null);
          for (const e of items) ctx.loaders.entity.byId.prime(e.id, e);
          return toConnection(items, Number(row.total ?? 0), page);
        },
      }),
    ]),
  ),
}));
