// Compiled execution (graphql-jit) for operations the server sees again and again. Once every
// request is one Neo4j statement, what is left of a request's CPU is largely graphql-js walking the
// selection: resolving each field through the generic executor, checking types, completing
// values. graphql-jit turns one (document, operation) into a specialised JS function once and runs
// that instead.
//
// Written here rather than with @envelop/graphql-jit: that plugin caches by document alone, so a
// document with two operations would run the first-compiled one for either operationName.

import { createRequire } from 'node:module';
import type { DocumentNode, ExecutionArgs, ExecutionResult, GraphQLSchema } from 'graphql';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';

// The graphql copy the schema was built with (node's resolution, CommonJS; see schema.ts): an ESM
// copy picked by a bundler (vitest) would find every input type "not an input type" (instanceof).
const { getVariableValues } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export type Run = (args: ExecutionArgs) => ExecutionResult | Promise<ExecutionResult>;

interface Entry {
  schema: GraphQLSchema;
  uses: number;
  /** undefined: not compiled yet; null: left to graphql-js (not a query, or jit refused it). */
  run?: Run | null;
}

export interface JitOptions {
  /**
   * Compile an operation on its `after`-th execution. Compiling costs far more than one run
   * (~ms, generated code kept in memory), so one-off documents — a fuzzer's, or an attacker's
   * stream of unique queries — stay on graphql-js; the operations an app sends repeatedly get
   * compiled on their second use.
   */
  after: number;
}

/**
 * The compiled operations, shared by the yoga plugin below and the known-queries lane
 * (known-queries.ts): an operation is compiled once, whichever of the two runs it.
 */
export class CompiledOperations {
  // Weakly keyed by the parsed document: yoga's parser cache hands back the same DocumentNode
  // for the same query text, and when it evicts one the compiled code goes with it.
  readonly #cache = new WeakMap<DocumentNode, Map<string, Entry>>();
  constructor(readonly options: JitOptions = { after: 2 }) {}

  /**
   * Counts one execution of the operation and returns its compiled form: null while it has not
   * been used `after` times, and for good when it cannot be compiled (left to graphql-js).
   */
  use(args: ExecutionArgs): Run | null {
    let byOperation = this.#cache.get(args.document);
    if (!byOperation) {
      byOperation = new Map();
      this.#cache.set(args.document, byOperation);
    }
    const key = args.operationName ?? '';
    let entry = byOperation.get(key);
    if (!entry || entry.schema !== args.schema) {
      entry = { schema: args.schema, uses: 0 };
      byOperation.set(key, entry);
    }
    if (entry.run === undefined) {
      if (++entry.uses < this.options.after) return null;
      entry.run = compile(args);
    }
    return entry.run;
  }
}

/**
 * Whether graphql-js coerces the request's variables without errors. graphql-jit answers bad
 * variables with its own errors and status (200 where yoga answers graphql-js's 400); such a
 * request is left to graphql-js, so a client sees the same errors compiled or not. Coercing a
 * handful of variables twice costs microseconds.
 */
export function variablesCoerce(args: ExecutionArgs): boolean {
  const definitions = operationOf(args)?.variableDefinitions ?? [];
  if (definitions.length === 0) return true;
  return !getVariableValues(args.schema, definitions, args.variableValues ?? {}, { maxErrors: 1 }).errors;
}

export function useJit(compiled: CompiledOperations = new CompiledOperations()): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const run = compiled.use(args);
      if (!run) return;
      const fallback = executeFn as unknown as Run;
      setExecuteFn(((a: ExecutionArgs) => (variablesCoerce(a) ? run(a) : fallback(a))) as Parameters<
        typeof setExecuteFn
      >[0]);
    },
  };
}

export function operationOf(args: ExecutionArgs): OperationDefinitionNode | undefined {
  const operations = args.document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return args.operationName
    ? operations.find((o) => o.name?.value === args.operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
}

function compile(args: ExecutionArgs): Run | null {
  const operation = operationOf(args);
  // Only queries: mutations are rare (nothing to win) and must run their fields in order;
  // an unknown or ambiguous operation is graphql-js's to report, in its words.
  if (operation?.operation !== 'query') return null;
  const compiled = compileQuery(args.schema, args.document, args.operationName ?? undefined);
  if (!isCompiledQuery(compiled)) return null;
  return (a) => compiled.query(a.rootValue, a.contextValue, a.variableValues);
}
