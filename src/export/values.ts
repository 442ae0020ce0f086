// Property values as the exports write them: driver temporal and spatial values become their ISO
// text, everything else stays a plain JSON value.
import type { PropertyValue } from './subgraph.ts';

export function plainValue(value: unknown): PropertyValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    const items = value.map(plainValue);
    if (items.every((v) => typeof v === 'number')) return items as number[];
    if (items.every((v) => typeof v === 'boolean')) return items as boolean[];
    return items.map((v) => (v === null ? '' : String(v)));
  }
  return String(value);
}

export type ColumnType =
  | 'string'
  | 'long'
  | 'double'
  | 'boolean'
  | 'string[]'
  | 'long[]'
  | 'double[]'
  | 'boolean[]';

/** One type per property name across all the rows that have it; mixed kinds fall back to string. */
export function columnTypes(rows: Record<string, unknown>[]): Map<string, ColumnType> {
  const kinds = new Map<string, Set<ColumnType>>();
  for (const row of rows) {
    for (const [name, raw] of Object.entries(row)) {
      const value = plainValue(raw);
      if (value === null) continue;
      const set = kinds.get(name) ?? new Set<ColumnType>();
      kinds.set(name, set);
      set.add(kindOf(value));
    }
  }
  const result = new Map<string, ColumnType>();
  for (const name of [...kinds.keys()].sort()) {
    const set = kinds.get(name)!;
    result.set(name, set.size === 1 ? [...set][0]! : merge(set));
  }
  return result;
}

function kindOf(value: Exclude<PropertyValue, null>): ColumnType {
  if (Array.isArray(value)) {
    if (value.length === 0) return 'string[]';
    const inner = kindOf(value[0] as string | number | boolean);
    return (
      inner === 'long' && value.some((v) => !Number.isInteger(v)) ? 'double[]' : `${inner}[]`
    ) as ColumnType;
  }
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function merge(set: Set<ColumnType>): ColumnType {
  if ([...set].every((t) => t === 'long' || t === 'double')) return 'double';
  if ([...set].every((t) => t === 'long[]' || t === 'double[]')) return 'double[]';
  if ([...set].every((t) => t.endsWith('[]'))) return 'string[]';
  return 'string';
}
