import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { projectRoot } from '../server/paths.js';
import { openApiFile } from './openapi.js';

// The web client's API types, generated from the committed OpenAPI document, never written by hand.
export const webTypesFile = join(projectRoot, 'web', 'src', 'api', 'schema.d.ts');

const header = `// Generated from openapi/openapi.json by \`npm run web:types\`; do not edit.
// A test fails when this file differs from what the committed OpenAPI document gives.

`;

/** The client's types as openapi/openapi.json gives them, as committed text. */
export async function generateWebTypes(): Promise<string> {
  const document = JSON.parse(await readFile(openApiFile, 'utf8')) as Parameters<typeof openapiTS>[0];
  return header + astToString(await openapiTS(document, { alphabetize: false }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(webTypesFile, await generateWebTypes());
  console.log(`wrote ${webTypesFile}`);
}
