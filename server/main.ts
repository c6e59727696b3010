import closeWithGrace from 'close-with-grace';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { createDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { exposedDemo } from './demo/guard.js';
import { keepHeapNearLive } from './heap.js';
import { loadDemoData } from './demo/load.js';
import { ensureBootstrapAdmin } from './users/bootstrap.js';

// The process: configuration, database, migrations, listen, graceful shutdown.

async function main() {
  keepHeapNearLive();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`lofteskollen: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }

  // The database opens while the app's modules load: neither waits for the other.
  const [database, { buildApp }] = await Promise.all([createDatabase(config), import('./app.js')]);
  await migrate(database);
  // The demo's shared password must not be reachable from the network by accident.
  const exposed = await exposedDemo(config, database.db);
  if (exposed !== null) {
    console.error(`lofteskollen: ${exposed}`);
    await database.close();
    process.exit(2);
  }
  const clock = systemClock;
  if (config.demoData) await loadDemoData(database.db, clock);
  if (config.bootstrapAdmin) await ensureBootstrapAdmin(database.db, config.bootstrapAdmin, clock.now());

  const app = await buildApp({ config, database, clock });

  // In-flight requests finish; new ones get 503; then the database closes.
  closeWithGrace({ delay: config.shutdownTimeoutMs }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    app.log.info('database closed');
  });

  const address = await app.listen({ port: config.port, host: config.host });
  // The one line a person starting it reads: where to go, and what to sign in with.
  const store = config.database.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL';
  const demo = config.demoData ? ' The demo accounts are in README.md ("Demo accounts").' : '';
  app.log.info(`Löfteskollen is ready at ${address} (${store}). API docs: ${address}/docs.${demo}`);
}

main().catch((error: unknown) => {
  console.error(`lofteskollen: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
