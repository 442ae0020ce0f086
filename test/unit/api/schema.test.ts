// schema/schema.graphql is the published contract: it must be what the Pothos schema prints.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { schemaSDL } from '../../../src/api/schema.ts';

const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));

test('schema/schema.graphql matches the Pothos schema (run `npm run schema` after changing types)', () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaSDL());
});

test('the schema has the entry points clients rely on', () => {
  const sdl = schemaSDL();
  for (const field of [
    'node(',
    'nodes(',
    'entity(',
    'search(',
    'people(',
    'groups(',
    'countries(',
    'places(',
    'events(',
    'statements(',
    'articles(',
    'paths(',
    'neighborhood(',
    'stats:',
    'ingestArticle(',
    'deleteArticle(',
  ]) {
    expect(sdl, field).toContain(`  ${field}`);
  }
  expect(sdl).toContain('interface Entity implements Node');
  for (const t of ['Person', 'Group', 'Country', 'Place'])
    expect(sdl).toContain(`type ${t} implements Entity & Node`);
});
