import { expect, test } from 'vitest';
import { bearerMatches } from '../../../src/api/context.ts';
import { globalId, parseAnyId } from '../../../src/api/ids.ts';
import { lookupForms } from '../../../src/api/shapes.ts';

test('parseAnyId takes relay global ids and graph ids alike', () => {
  expect(parseAnyId(globalId('Country', 'country:ru'))).toEqual({ id: 'country:ru', typename: 'Country' });
  expect(parseAnyId('country:ru')).toEqual({ id: 'country:ru', typename: null });
  expect(parseAnyId('person:سيف-علي')).toEqual({ id: 'person:سيف-علي', typename: null });
  // Valid base64 that is not one of our global ids stays a graph id.
  expect(parseAnyId('abcd')).toEqual({ id: 'abcd', typename: null });
});

test('bearerMatches compares the bearer token with the key', () => {
  expect(bearerMatches('Bearer k3y', 'k3y')).toBe(true);
  expect(bearerMatches('bearer   k3y ', 'k3y')).toBe(true);
  expect(bearerMatches('Bearer k3z', 'k3y')).toBe(false);
  expect(bearerMatches('k3y', 'k3y')).toBe(false);
  expect(bearerMatches(null, 'k3y')).toBe(false);
  expect(bearerMatches('Bearer k3y', undefined)).toBe(false);
});

test('lookupForms normalises Arabic names the way the loader stores normName', () => {
  expect(lookupForms('  أفغانستان ').norm).toBe('افغانستان');
  expect(lookupForms('فلاديـمير بُوتِين').norm).toBe('فلاديمير بوتين');
  expect(lookupForms('الدولة الإسلامية').norm).toBe('الدوله الاسلاميه');
  expect(lookupForms('Vladimir Putin').lower).toBe('vladimir putin');
});
