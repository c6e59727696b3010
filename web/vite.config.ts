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
  plugins: [precompress()],
  server: {
    proxy: { '/api': api, '/openapi.json': api, '/docs': api },
  },
});
