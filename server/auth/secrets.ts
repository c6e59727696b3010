// TEMPORARY: server/demo/load.ts still imports hashPassword from here. Secrets
// live in credentials/secrets.ts; delete this file once demo/ imports them there.
export { hashPassword } from '../credentials/secrets.js';
