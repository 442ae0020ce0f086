// Forward-only offset pagination: cursors encode the position in a deterministic order (every
// list query ends its ORDER BY with the node id), so the same cursor gives the same next page.
import { cursorToOffset, offsetToCursor } from '@pothos/plugin-relay';
import { badInput } from './errors.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** The schema offers forward paging only (first/after): offsets make backward paging pointless. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  offset: number;
  limit: number;
}

export function checkSize(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw badInput(`${name} must be an integer from 0 to ${max} (got ${value})`, { argument: name, max });
  }
}

export function pageOf(args: ConnectionArgs, defaultSize = DEFAULT_PAGE_SIZE): Page {
  const limit = args.first ?? defaultSize;
  checkSize('first', limit, MAX_PAGE_SIZE);
  let offset = 0;
  if (args.after != null) {
    try {
      offset = cursorToOffset(args.after) + 1;
    } catch {
      throw badInput('after is not a cursor from this API', { argument: 'after' });
    }
    if (!Number.isInteger(offset) || offset < 1) throw badInput('after is not a cursor from this API');
  }
  return { offset, limit };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** An edge whose cursor is encoded only if a client asks for it (most pages are read without). */
class Edge<T> {
  constructor(
    readonly node: T,
    private readonly offset: number,
  ) {}
  get cursor(): string {
    return offsetToCursor(this.offset);
  }
}

export function toConnection<T>(items: readonly T[], total: number, page: Page): ConnectionShape<T> {
  const edges = items.map((node, i) => new Edge(node, page.offset + i));
  const last = page.offset + items.length - 1;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + items.length < total,
      hasPreviousPage: page.offset > 0,
      get startCursor() {
        return items.length > 0 ? offsetToCursor(page.offset) : null;
      },
      get endCursor() {
        return items.length > 0 ? offsetToCursor(last) : null;
      },
    },
    totalCount: total,
  };
}
