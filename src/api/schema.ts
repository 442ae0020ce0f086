// The executable schema: the builder after every type file has registered itself.
import { type GraphQLSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/index.ts';

let schema: GraphQLSchema | undefined;

export function getSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: true });
  return schema;
}

/** The SDL committed as schema/schema.graphql (a test fails when they differ). */
export function schemaSDL(): string {
  return `${printSchema(getSchema())}\n`;
}
