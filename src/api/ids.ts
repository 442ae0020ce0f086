// Ids in arguments: clients may send the relay global id (base64 "Person:person:…") or the
// graph's own id ("person:…", "country:ru"), which researchers copy from Cypher or the loader.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { TYPENAMES, type Typename } from './shapes.ts';

export interface ParsedId {
  id: string;
  typename: Typename | null;
}

export function parseAnyId(value: string): ParsedId {
  const trimmed = value.trim();
  if (/^[A-Za-z0-9+/=_-]+$/.test(trimmed)) {
    const decoded = Buffer.from(trimmed, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const typename = decoded.slice(0, colon) as Typename;
    if (
      colon > 0 &&
      TYPENAMES.includes(typename) &&
      encodeGlobalID(typename, decoded.slice(colon + 1)) === trimmed
    ) {
      return { id: decoded.slice(colon + 1), typename };
    }
  }
  return { id: trimmed, typename: null };
}

export const globalId = (typename: Typename, id: string): string => encodeGlobalID(typename, id);
