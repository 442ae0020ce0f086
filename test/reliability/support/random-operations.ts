// Schema-aware random GraphQL operations and hostile values, seeded: the fuzzers'
// (graphql-fuzz.test.ts, known-queries-fuzz.test.ts) generator. Case i always gets the same
// request for the same seed.
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';
import { seededRandom } from '../../../src/corpus/random.ts';
import { BIDI_CONTROLS } from './hostile.ts';

/** Case i always gets the same query for the same seed (the corpus generator's mulberry32). */
export const prng = (seed: number): (() => number) => seededRandom(seed).next;

export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
export const chance = (r: Rand, p: number): boolean => r() < p;

const LUCENE = [
  '*',
  '?',
  '*:*',
  'name:*',
  'AND',
  'OR NOT',
  '"unterminated',
  '\\',
  '\\\\',
  '/regex.*/',
  '[a TO z]',
  '{* TO *}',
  'a~0.5',
  'بوتين~',
  'روسيا^10',
  '+-&&||!(){}[]^"~*?:\\/',
  'title:(foo OR bar)',
  '(((((',
  ')))',
  '-',
  '&&',
  '||',
  '!',
];
const INJECTION = [
  "') RETURN 1 //",
  '" OR 1=1 --',
  '$query',
  '}) MATCH (n) DETACH DELETE n //',
  "' UNION MATCH (n) RETURN n //",
  '`',
  '{{7*7}}',
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
];
const UNICODE = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  ...BIDI_CONTROLS,
  '\uFEFF',
  '\u200B',
  '\u200D',
  '\u2028',
  '\u2029',
  '\uD800',
  '\uDFFF',
  '\uFFFF',
  '\u0640\u0640\u0640',
  '\u064B\u064C\u064D\u0651',
  '\u0301'.repeat(50),
  '😀',
  '🇷🇺',
  '\r\n',
  '\t',
];
const ARABIC = [
  'بوتين',
  'فلاديمير بوتين',
  'روسيا',
  'داعش',
  'طالبان',
  'قال',
  'أنقرة',
  'الرئيس الروسي',
  'إ',
  'ى',
];

/** Filled in by the test from the seeded graph: ids that exist, so some random queries go deep. */
export const realIds: string[] = [];

export function hostileString(r: Rand): string {
  const k = r();
  // Huge strings: rarer, since each one costs a real query.
  if (k < 0.03) return pick(r, ['x', 'ب', 'ab']).repeat(pick(r, [10_000, 100_000, 300_000]));
  if (k < 0.12) return '';
  if (k < 0.18) return ' '.repeat(1 + Math.floor(r() * 5));
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const kind = r();
    if (kind < 0.25) parts.push(pick(r, LUCENE));
    else if (kind < 0.45) parts.push(pick(r, UNICODE));
    else if (kind < 0.6) parts.push(pick(r, INJECTION));
    else if (kind < 0.85) parts.push(pick(r, ARABIC));
    else parts.push(String.fromCodePoint(Math.floor(r() * 0x2ffff)));
  }
  return parts.join(chance(r, 0.5) ? ' ' : '');
}

export function hostileId(r: Rand): string {
  const k = r();
  if (k < 0.25 && realIds.length) return pick(r, realIds);
  if (k < 0.4)
    return Buffer.from(
      `${pick(r, ['Person', 'Group', 'Article', 'Statement', 'Nope', ''])}:${hostileString(r)}`,
    ).toString('base64');
  if (k < 0.5)
    return pick(r, ['person:', 'country:ru', 'country:', ':', '====', '!!!', 'UGVyc29u', 'person:person:x']);
  if (k < 0.55) return 'A'.repeat(pick(r, [1000, 50_000]));
  return hostileString(r);
}

const INTS = [-2147483648, -1, 0, 1, 2, 3, 4, 5, 10, 20, 50, 99, 100, 101, 1000, 2147483647];

/** A GraphQL literal for an input type (hostile where the type lets it be). */
function literal(r: Rand, type: GraphQLInputType, depth = 0): string {
  if (isNonNullType(type)) return literal(r, type.ofType, depth);
  if (isListType(type)) {
    const n = Math.floor(r() * 4);
    return `[${Array.from({ length: n }, () => literal(r, type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return chance(r, 0.97) ? pick(r, type.getValues()).name : 'NOT_A_VALUE';
  if (isInputObjectType(type)) {
    if (depth > 3) return '{}';
    const fields = Object.values(type.getFields()).filter(() => chance(r, 0.5));
    return `{ ${fields.map((f) => `${f.name}: ${literal(r, f.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return String(chance(r, 0.02) ? 99999999999 : pick(r, INTS));
      case 'Float':
        return String(r() * 1000);
      case 'Boolean':
        return chance(r, 0.5) ? 'true' : 'false';
      case 'ID':
        return JSON.stringify(hostileId(r));
      default:
        return JSON.stringify(chance(r, 0.3) ? pick(r, ARABIC) : hostileString(r));
    }
  }
  return 'null';
}

interface Built {
  text: string;
  variables: Record<string, unknown>;
  defs: string[];
}

/** A random value for a variable of this type (JSON, so any string survives intact). */
function variableValue(r: Rand, type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return variableValue(r, type.ofType);
  if (isListType(type))
    return Array.from({ length: Math.floor(r() * 3) }, () => variableValue(r, type.ofType));
  if (isEnumType(type)) return pick(r, type.getValues()).name;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields()))
      if (chance(r, 0.5)) out[f.name] = variableValue(r, f.type);
    return out;
  }
  if (isScalarType(type)) {
    if (type.name === 'Int') return pick(r, INTS);
    if (type.name === 'Boolean') return chance(r, 0.5);
    if (type.name === 'ID') return hostileId(r);
    return chance(r, 0.3) ? pick(r, ARABIC) : hostileString(r);
  }
  return null;
}

function args(r: Rand, field: GraphQLField<unknown, unknown>, built: Built): string {
  const out: string[] = [];
  for (const arg of field.args as readonly GraphQLArgument[]) {
    const required = isNonNullType(arg.type);
    if (!required && !chance(r, 0.45)) continue;
    if (chance(r, 0.3)) {
      const name = `v${built.defs.length}`;
      built.defs.push(`$${name}: ${String(arg.type)}`);
      built.variables[name] = variableValue(r, arg.type);
      out.push(`${arg.name}: $${name}`);
    } else out.push(`${arg.name}: ${literal(r, arg.type)}`);
  }
  return out.length ? `(${out.join(', ')})` : '';
}

function selection(
  r: Rand,
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  depth: number,
  built: Built,
): string {
  if (isLeafType(type)) return '';
  if (isUnionType(type) || (isInterfaceType(type) && chance(r, 0.5))) {
    const possible = schema.getPossibleTypes(type as never);
    const parts = ['__typename'];
    for (const t of possible)
      if (chance(r, 0.4)) parts.push(`... on ${t.name} ${selection(r, schema, t, depth, built)}`);
    if (isInterfaceType(type)) parts.push(selectionBody(r, schema, type, depth, built));
    return `{ ${parts.join(' ')} }`;
  }
  return `{ ${selectionBody(r, schema, type, depth, built)} }`;
}

function selectionBody(
  r: Rand,
  schema: GraphQLSchema,
  type: GraphQLNamedType,
  depth: number,
  built: Built,
): string {
  if (!isObjectType(type) && !isInterfaceType(type)) return '__typename';
  const fields = Object.values(type.getFields());
  const n = 1 + Math.floor(r() * Math.min(4, fields.length));
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const f = pick(r, fields);
    const named = getNamedType(f.type as GraphQLOutputType);
    const leaf = isLeafType(named);
    if (!leaf && depth <= 0) {
      parts.push('__typename');
      continue;
    }
    const alias = chance(r, 0.1) ? `a${i}_${Math.floor(r() * 1000)}: ` : '';
    parts.push(
      `${alias}${f.name}${args(r, f, built)} ${leaf ? '' : selection(r, schema, named, depth - 1, built)}`,
    );
  }
  return parts.join(' ');
}

export function randomOperation(
  r: Rand,
  schema: GraphQLSchema,
): { query: string; variables: Record<string, unknown> } {
  const built: Built = { text: '', variables: {}, defs: [] };
  const mutation = chance(r, 0.05);
  const root = mutation ? schema.getMutationType() : schema.getQueryType();
  const body = selectionBody(r, schema, root as GraphQLNamedType, 1 + Math.floor(r() * 3), built);
  const head = `${mutation ? 'mutation' : 'query'} Fuzz${built.defs.length ? `(${built.defs.join(', ')})` : ''}`;
  return { query: `${head} { ${body} }`, variables: built.variables };
}
