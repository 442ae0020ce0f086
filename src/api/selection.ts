// Look-ahead into a resolver's GraphQL selection, so one Cypher statement can fetch what the fields
// below it will ask for (instead of each level sending its own statement after the previous one
// answered) and project only what is selected. Used only to choose *what to prefetch or project*:
// when in doubt (directives, unknown shapes) the answer is "selected", and every field still
// resolves through its own loader, so a wrong guess costs a round trip, never a wrong answer.
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

type Fragments = GraphQLResolveInfo['fragments'];

/** The fields directly in a selection set, through inline fragments and fragment spreads. */
function* fieldsIn(set: SelectionSetNode | undefined, fragments: Fragments): Generator<FieldNode> {
  if (!set) return;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* fieldsIn(selection.selectionSet, fragments);
    else {
      const fragment: FragmentDefinitionNode | undefined = fragments[selection.name.value];
      if (fragment) yield* fieldsIn(fragment.selectionSet, fragments);
    }
  }
}

/**
 * Answers for one field node, kept while its document lives: yoga's parser cache hands back the
 * same document for the same query text and compiled execution (jit.ts) the same field nodes and
 * fragments, so a repeated query asks the same questions of the same nodes on every request.
 * An entry holds for the `fragments` it was computed with (graphql-js builds that object per
 * execution, so there it is computed afresh, as before).
 */
interface NodeAnswers {
  fragments: Fragments;
  at: Map<string, readonly FieldNode[]>;
  names?: ReadonlySet<string>;
}
const answers = new WeakMap<FieldNode, NodeAnswers>();

function answersFor(node: FieldNode, fragments: Fragments): NodeAnswers {
  let entry = answers.get(node);
  if (!entry || entry.fragments !== fragments) {
    entry = { fragments, at: new Map() };
    answers.set(node, entry);
  }
  return entry;
}

function walkTo(nodes: readonly FieldNode[], fragments: Fragments, path: readonly string[]): FieldNode[] {
  let level: FieldNode[] = [...nodes];
  for (const name of path) {
    level = level.flatMap((n) =>
      [...fieldsIn(n.selectionSet, fragments)].filter((f) => f.name.value === name),
    );
  }
  return level;
}

/** The field nodes reached from `nodes` by following field names (aliases ignored). */
export function fieldsAt(
  nodes: readonly FieldNode[],
  fragments: Fragments,
  path: readonly string[],
): readonly FieldNode[] {
  if (nodes.length !== 1) return walkTo(nodes, fragments, path);
  const entry = answersFor(nodes[0]!, fragments);
  const key = path.join('\u0000');
  let level = entry.at.get(key);
  if (!level) {
    level = Object.freeze(walkTo(nodes, fragments, path));
    entry.at.set(key, level);
  }
  return level;
}

function namesUnder(nodes: readonly FieldNode[], fragments: Fragments): Set<string> {
  const names = new Set<string>();
  for (const n of nodes) for (const f of fieldsIn(n.selectionSet, fragments)) names.add(f.name.value);
  return names;
}

/** Names of the fields selected under the field nodes (one level down). */
export function selectedNames(nodes: readonly FieldNode[], fragments: Fragments): ReadonlySet<string> {
  if (nodes.length !== 1) return namesUnder(nodes, fragments);
  const entry = answersFor(nodes[0]!, fragments);
  entry.names ??= namesUnder(nodes, fragments);
  return entry.names;
}

/** True when a field under `path` (from the resolver's own field) selects anything outside `allowed`. */
export function selectsBeyond(
  info: GraphQLResolveInfo,
  path: readonly string[],
  allowed: readonly string[],
): boolean {
  const nodes = fieldsAt(info.fieldNodes, info.fragments, path);
  for (const name of selectedNames(nodes, info.fragments)) if (!allowed.includes(name)) return true;
  return false;
}

/** True when any of `names` is selected under `path` (from the resolver's own field). */
export function selectsAny(
  info: GraphQLResolveInfo,
  path: readonly string[],
  names: readonly string[],
): boolean {
  const nodes = fieldsAt(info.fieldNodes, info.fragments, path);
  const selected = selectedNames(nodes, info.fragments);
  return names.some((n) => selected.has(n));
}

interface ArgumentDefinition {
  name: string;
  type: unknown;
  defaultValue?: unknown;
}

/** The named type under list and non-null wrappers (by shape: see below). */
function namedType(type: unknown): unknown {
  let t = type as { ofType?: unknown };
  while (t && typeof t === 'object' && t.ofType) t = t.ofType as { ofType?: unknown };
  return t;
}

/**
 * A field's argument values as its resolver would receive them (defaults applied, enum literals
 * mapped to their internal values, variables already coerced by the executor). Written by shape
 * rather than with graphql's getArgumentValues, which checks types with instanceof and so throws
 * when the schema was built by another copy of graphql (CJS vs ESM under vitest; see limits.ts).
 * Enough for scalar and enum arguments, which is what look-ahead uses it for.
 */
export function argumentValues(
  definition: { args: readonly ArgumentDefinition[] },
  node: FieldNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of definition.args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name)?.value;
    if (given?.kind === Kind.VARIABLE && given.name.value in variables) {
      values[arg.name] = variables[given.name.value];
    } else if (given && given.kind !== Kind.VARIABLE) {
      const type = namedType(arg.type) as { parseLiteral?: (v: ValueNode, vars: unknown) => unknown };
      values[arg.name] =
        given.kind === Kind.NULL
          ? null
          : type?.parseLiteral
            ? type.parseLiteral(given, variables)
            : undefined;
    } else if (arg.defaultValue !== undefined) {
      values[arg.name] = arg.defaultValue;
    }
  }
  return values;
}
