import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildApp } from '../server/app.js';
import { systemClock } from '../server/clock.js';
import { loadConfig } from '../server/config.js';
import { createPostgresDatabase } from '../server/db/database.js';
import { projectRoot } from '../server/paths.js';

export const openApiFile = join(projectRoot, 'openapi', 'openapi.json');

/** The OpenAPI document as the code generates it, as committed text. */
export async function generateOpenApi(): Promise<string> {
  // Building the app opens no connection: a database that is never reached will do.
  const database = createPostgresDatabase('postgres://openapi@127.0.0.1:9/none', { timeoutMs: 100 });
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database, clock: systemClock });
  await app.ready();
  const text = JSON.stringify(app.swagger(), null, 2) + '\n';
  await app.close();
  await database.close();
  return text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(openApiFile, await generateOpenApi());
  console.log(`wrote ${openApiFile}`);
}
