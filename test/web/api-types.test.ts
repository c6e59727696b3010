import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateWebTypes, webTypesFile } from '../../scripts/web-types.js';

describe("the web client's API types", () => {
  it('are what openapi/openapi.json gives (npm run web:types, or npm run openapi, regenerates them)', async () => {
    expect(await readFile(webTypesFile, 'utf8')).toBe(await generateWebTypes());
  });
});
