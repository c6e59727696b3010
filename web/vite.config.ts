import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

// The web client: `npm run web:build` writes web/dist, which the Fastify process serves
// (server/web/routes.ts). `npm run web:dev` serves it with hot reload and sends the API
// to a server started with `npm run dev` on port 3000.

const api = 'http://127.0.0.1:3000';

/** Writes .br and .gz beside every text asset, so the server sends them compressed without compressing per request. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'lofteskollen:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = await readdir(outDir, { recursive: true });
      for (const file of files.filter((name) => /\.(js|css|html|svg|json)$/.test(name))) {
        const path = join(outDir, file);
        const content = await readFile(path);
        await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }));
        await writeFile(
          `${path}.br`,
          brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
      }
    },
  };
}

// Messages of sections only signed-in pages show, in a chunk of their own per language
// (i18n.ts: `<lang>.json?part=signed-in`), so public pages load only the rest (`?part=public`).
// A key any other file names (a page's placeholder title, a shared component) stays public,
// as does every key of a section some other file builds keys of (`edit.${…}`).
const SIGNED_IN_SECTIONS = /^(edit|followUp|admin|account|tasks|completeness|missing|exchange)\./;
const SIGNED_IN_PAGES = /[\\/]pages[\\/](Edit|Admin|FollowUp|Report|Tasks|Account)\w*\.tsx$/;

/** The text of every source file but the signed-in pages and the catalogs. */
function publicSources(srcDir: string): string {
  return readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !SIGNED_IN_PAGES.test(join(srcDir, file)))
    .map((file) => readFileSync(join(srcDir, file), 'utf8'))
    .join('\n');
}

function messageParts(): Plugin {
  return {
    name: 'lofteskollen:message-parts',
    enforce: 'pre',
    load(id) {
      const match = /^(.*[\\/]i18n[\\/]\w+\.json)\?part=(public|signed-in)$/.exec(id);
      if (!match) return null;
      const [, file = '', part] = match;
      const srcDir = join(file, '..', '..');
      this.addWatchFile(file);
      const text = publicSources(srcDir);
      const built = new Set([...text.matchAll(/[`'"]([\w.]+)\.\$\{/g)].map((found) => `${found[1]}.`));
      const named = (key: string) =>
        text.includes(`'${key}'`) || text.includes(`"${key}"`) || text.includes(`\`${key}\``);
      const signedIn = (key: string) =>
        SIGNED_IN_SECTIONS.test(key) && !named(key) && ![...built].some((prefix) => key.startsWith(prefix));
      const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      const chosen = Object.entries(messages).filter(([key]) => signedIn(key) === (part === 'signed-in'));
      return `export default ${JSON.stringify(Object.fromEntries(chosen))};`;
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  // Preact's JSX through Vite's own transformer (Oxc): no plugin needed.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Read by `npm run web:size` to tell what the public pages load.
    manifest: true,
    modulePreload: { polyfill: false },
    sourcemap: true,
  },
  plugins: [messageParts(), precompress()],
  server: {
    proxy: { '/api': api, '/openapi.json': api, '/docs': api },
  },
});
