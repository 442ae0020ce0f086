// Query limits checked before anything runs (so a hostile query never reaches Neo4j): depth,
// aliases, an estimated cost (each field costs 1, times the page size of the lists around it) and
// page sizes. Run at execute time rather than as validation rules because page sizes often come
// from variables, which validation cannot see.
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  valueFromASTUntyped,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { apiError } from './errors.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.ts';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxPageSize: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  maxAliases: 50,
  maxCost: 20_000,
  maxPageSize: MAX_PAGE_SIZE,
};

/**
 * Most field selections measure() will walk. Fragments spread fragments, so a small document can
 * expand exponentially (each of 60 fragments spreading the next twice is 2^60 fields): past this
 * budget the walk stops and the query counts as over any cost limit. Real queries walk hundreds.
 */
export const MAX_WALK = 50_000;

class WalkBudgetExceeded extends Error {}

/** Lists without a size argument are assumed to hold this many items. */
const ASSUMED_LIST_SIZE = 10;
// `ids` (nodes) is a page too: a list of ids is as many lookups.
const SIZE_ARGS = ['first', 'limit', 'ids'];

export interface Measure {
  depth: number;
  aliases: number;
  cost: number;
  /** The largest first/limit argument seen, with its field. */
  largestPage: { field: string; size: number } | null;
  /** The walk hit MAX_WALK (fragments expanding exponentially); cost is then Infinity. */
  truncated?: boolean;
}

// Type checks by shape and by printed type rather than graphql's isObjectType() etc.: those use
// instanceof, which fails when the schema was built by another copy of graphql (CJS vs ESM under
// vitest).
type FieldsType = GraphQLNamedType & { getFields(): Record<string, { type: unknown }> };
const hasFields = (t: GraphQLNamedType | null | undefined): t is FieldsType =>
  !!t && typeof (t as Partial<FieldsType>).getFields === 'function' && !('parseValue' in t);
const isComposite = (t: GraphQLNamedType | null | undefined): t is GraphQLNamedType =>
  !!t && (hasFields(t) || typeof (t as { getTypes?: unknown }).getTypes === 'function');

export function measure(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): Measure | null {
  return measured(schema, document, operationName, variables)?.measure ?? null;
}

/** A page size given by a variable (`first: $n`, `ids: [$a, $b]`): the measure then depends on the request. */
function hasVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(hasVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((f) => hasVariable(f.value));
  return false;
}

function measured(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): { measure: Measure; usesVariables: boolean } | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return null;
  const result: Measure = { depth: 0, aliases: 0, cost: 0, largestPage: null };
  let walked = 0;
  let usesVariables = false;

  const walk = (
    set: SelectionSetNode,
    parent: GraphQLNamedType,
    depth: number,
    seen: Set<string>,
  ): number => {
    let cost = 0;
    for (const sel of set.selections) {
      if (++walked > MAX_WALK) throw new WalkBudgetExceeded();
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        cost += walk(sel.selectionSet, isComposite(cond) ? cond : parent, depth, seen);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue;
        const cond = schema.getType(frag.typeCondition.name.value);
        cost += walk(
          frag.selectionSet,
          isComposite(cond) ? cond : parent,
          depth,
          new Set([...seen, frag.name.value]),
        );
        continue;
      }
      const name = sel.name.value;
      // Introspection (GraphiQL's schema query is deep by nature) is cheap and schema-sized.
      if (name.startsWith('__')) continue;
      if (sel.alias && sel.alias.value !== name) result.aliases++;
      result.depth = Math.max(result.depth, depth);
      const field = hasFields(parent) ? parent.getFields()[name] : undefined;
      let size = 1;
      for (const arg of sel.arguments ?? []) {
        if (!SIZE_ARGS.includes(arg.name.value)) continue;
        if (hasVariable(arg.value)) usesVariables = true;
        const raw = valueFromASTUntyped(arg.value, variables);
        const value = Array.isArray(raw) ? raw.length : raw;
        if (typeof value === 'number') {
          size = Math.max(value, 1);
          if (!result.largestPage || value > result.largestPage.size)
            result.largestPage = { field: name, size: value };
        }
      }
      const printed = field ? String(field.type) : '';
      const isList = printed.startsWith('[');
      const named = field ? schema.getType(printed.replace(/[[\]!]/g, '')) : undefined;
      const hasSizeArg = sel.arguments?.some((a) => SIZE_ARGS.includes(a.name.value));
      if (!hasSizeArg && named && /Connection$/.test(named.name)) size = DEFAULT_PAGE_SIZE;
      else if (!hasSizeArg && isList && !/Connection$/.test(parent.name)) size = ASSUMED_LIST_SIZE;
      const children =
        sel.selectionSet && isComposite(named) ? walk(sel.selectionSet, named, depth + 1, seen) : 0;
      cost += 1 + size * children;
    }
    return cost;
  };

  try {
    result.cost = walk(operation.selectionSet, root, 1, new Set());
  } catch (error) {
    if (!(error instanceof WalkBudgetExceeded)) throw error;
    result.cost = Number.POSITIVE_INFINITY;
    result.truncated = true;
  }
  return { measure: result, usesVariables };
}

export function checkLimits(m: Measure, limits: Limits): Error | null {
  if (m.largestPage && m.largestPage.size > limits.maxPageSize) {
    return apiError(
      'BAD_USER_INPUT',
      `${m.largestPage.field}: page size ${m.largestPage.size} is over ${limits.maxPageSize}`,
      {
        reason: 'PAGE_SIZE',
        limit: limits.maxPageSize,
      },
    );
  }
  if (m.depth > limits.maxDepth) {
    return apiError('BAD_USER_INPUT', `query depth ${m.depth} is over the limit of ${limits.maxDepth}`, {
      reason: 'DEPTH_LIMIT',
      limit: limits.maxDepth,
    });
  }
  if (m.aliases > limits.maxAliases) {
    return apiError('BAD_USER_INPUT', `${m.aliases} aliases is over the limit of ${limits.maxAliases}`, {
      reason: 'ALIAS_LIMIT',
      limit: limits.maxAliases,
    });
  }
  if (m.cost > limits.maxCost) {
    return apiError(
      'BAD_USER_INPUT',
      m.truncated
        ? `query expands to more than ${MAX_WALK} fields (fragments within fragments), over the cost limit of ${limits.maxCost}`
        : `estimated query cost ${m.cost} is over the limit of ${limits.maxCost}`,
      {
        reason: 'COST_LIMIT',
        limit: limits.maxCost,
      },
    );
  }
  return null;
}

/** Most tokens a document may have (graphql-js's parser stops there): the introspection query has ~350. */
export const MAX_TOKENS = 20_000;
/** Deepest nesting of { } [ ] ( ) before parsing; beyond any query the depth limit would allow. */
export const MAX_NESTING = 100;

/**
 * The deepest bracket nesting of a document, outside strings and comments. graphql-js parses
 * recursively, so a few thousand nested braces overflow the stack (a RangeError, answered 500)
 * before the depth limit ever sees the document; this linear scan refuses them first.
 */
export function nesting(source: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (c === '"') {
      if (source.startsWith('"""', i)) {
        const end = source.indexOf('"""', i + 3);
        i = end < 0 ? source.length : end + 2;
      } else {
        for (i++; i < source.length && source[i] !== '"' && source[i] !== '\n'; i++)
          if (source[i] === '\\') i++;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      depth++;
      if (depth > max) max = depth;
    } else if (c === '}' || c === ']' || c === ')') depth--;
  }
  return max;
}

/**
 * The limits as one check of a (document, operation, variables), shared by the yoga plugin below
 * and the known-queries lane (known-queries.ts), so both refuse exactly the same requests.
 */
export class LimitCheck {
  // The measure of a (document, operation) whose page sizes are all literals is the same on every
  // request, and yoga's parser cache hands back the same DocumentNode for the same query text: the
  // walk (type lookups, printing field types) then runs once per query text, not once per request.
  // Weakly keyed, so a document the parser cache evicts takes its measure with it.
  readonly #cache = new WeakMap<
    DocumentNode,
    Map<string, { schema: GraphQLSchema; measure: Measure | null }>
  >();
  constructor(readonly limits: Limits = DEFAULT_LIMITS) {}

  /** The error to answer instead of running the operation, or null when it is within the limits. */
  problem(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown>,
  ): Error | null {
    const m = this.#measure(schema, document, operationName, variables);
    return m && checkLimits(m, this.limits);
  }

  #measure(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown>,
  ): Measure | null {
    const key = operationName ?? '';
    const hit = this.#cache.get(document)?.get(key);
    if (hit && hit.schema === schema) return hit.measure;
    const m = measured(schema, document, operationName, variables);
    if (!m?.usesVariables) {
      let byOperation = this.#cache.get(document);
      if (!byOperation) {
        byOperation = new Map();
        this.#cache.set(document, byOperation);
      }
      byOperation.set(key, { schema, measure: m?.measure ?? null });
    }
    return m?.measure ?? null;
  }
}

export function useLimits(check: LimitCheck = new LimitCheck()): Plugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        const text = typeof source === 'string' ? source : source.body;
        const deepest = nesting(text);
        if (deepest > MAX_NESTING) {
          throw createGraphQLError(`document nesting ${deepest} is over the limit of ${MAX_NESTING}`, {
            extensions: { code: 'BAD_USER_INPUT', reason: 'NESTING_LIMIT', limit: MAX_NESTING },
          });
        }
        return parseFn(source, { ...options, maxTokens: MAX_TOKENS });
      });
    },
    onExecute({ args, setResultAndStopExecution }) {
      const problem = check.problem(
        args.schema,
        args.document,
        args.operationName,
        (args.variableValues ?? {}) as Record<string, unknown>,
      );
      if (!problem) return;
      // Re-created with yoga's own GraphQLError: yoga answers 500 for an error it does not
      // recognise as a GraphQLError (instanceof), which an error from another copy of graphql
      // (CJS vs ESM under vitest) is not. The client's fault is never a 5xx.
      const ext = (problem as { extensions?: Record<string, unknown> }).extensions ?? {};
      setResultAndStopExecution({ errors: [createGraphQLError(problem.message, { extensions: ext })] });
    },
  };
}
