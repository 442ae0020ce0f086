// The schema builder: plugins and scalars only. Types live in ./types, one file per type or area.
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { ApiContext } from './context.ts';
import { badInput } from './errors.ts';
import { parseAnyId } from './ids.ts';

export const builder = new SchemaBuilder<{
  Context: ApiContext;
  // Every connection resolver returns its total (counted in the same Cypher query).
  Connection: { totalCount: number };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  // Fields are non-null unless marked nullable: clients can rely on what the graph always has.
  DefaultFieldNullability: false;
}>({
  defaultFieldNullability: false,
  plugins: [RelayPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // A malformed id is the client's mistake: a typed BAD_USER_INPUT, not a masked internal error.
    decodeGlobalID: (globalID) => {
      const { id, typename } = parseAnyId(globalID);
      if (!typename) throw badInput(`"${globalID}" is not a global id from this API`, { argument: 'id' });
      return { id, typename };
    },
  },
});

builder.queryType({ description: 'Read the Akhbar news graph.' });
builder.mutationType({ description: 'Write the graph; needs the bearer API key (AKHBAR_API_KEY).' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'Items matching the filters, over all pages.', resolve: (c) => c.totalCount }),
);
