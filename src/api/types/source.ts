// Unnamed speakers ("مسؤول روسي رفيع") and the side they speak for.
import { builder } from '../builder.ts';
import { EntityRef, EvidenceRef, isTypename, SourceRef } from './refs.ts';

builder.node(SourceRef, {
  description: 'An unnamed speaker, described rather than named.',
  isTypeOf: isTypename('Source'),
  id: { resolve: (s) => s.id },
  loadMany: (ids, ctx) => Promise.all(ids.map((id) => ctx.loaders.source.byId.load(id))),
  fields: (t) => ({
    sourceId: t.exposeString('id'),
    description: t.exposeString('description'),
    affiliation: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The side it speaks for (Russia for a Russian official).',
      resolve: (s, _args, ctx) => ctx.loaders.source.affiliation.load(s.id),
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'The sentences where it speaks.',
      resolve: async (s, _args, ctx) => (await ctx.loaders.source.evidence.load(s.id)) ?? [],
    }),
  }),
});
