// `npm run schema`: writes schema/schema.graphql from the Pothos schema (the drift test compares).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaSDL } from './schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

writeFileSync(SCHEMA_FILE, schemaSDL());
console.log(`wrote ${SCHEMA_FILE}`);
