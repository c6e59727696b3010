import { buildIfStale } from './build-if-stale.js';

// `npm start` on a built checkout: this file as built (dist/scripts/start.js) checks the build
// and runs the server in the same Node process, with no TypeScript loader and no second Node
// started (package.json builds with tsx and starts dist/server/main.js only while nothing is built yet).

buildIfStale();
// Imported only now: a build just made is the one that runs.
await import('../server/main.js');
