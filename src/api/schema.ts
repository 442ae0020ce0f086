// The executable schema: the builder after every type file has registered itself.
import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/index.ts';

// The graphql copy Pothos and yoga load (node's resolution, CommonJS). A bundler resolving
// 'graphql' for this file can pick the ESM build, whose printSchema rejects the schema's types as
// "from another realm" (it checks with instanceof); that happens under vitest.
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

let schema: GraphQLSchema | undefined;

export function getSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: true });
  return schema;
}

/** The SDL committed as schema/schema.graphql (a test fails when they differ). */
export function schemaSDL(): string {
  return `${printSchema(getSchema())}\n`;
}
