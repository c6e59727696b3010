import type { Role } from './api/users';
import type { MessageKey } from './i18n/i18n';
import type { PageName } from './router';

/**
 * The main navigation, in order. `signedIn`: shown only to signed-in readers; `roles`: only to those roles.
 * The next pages (Uppföljning, Rapport, Admin) go here once they exist, e.g.
 * `{ page: 'followUp', label: 'nav.followUp', signedIn: true }` with "followUp": "/uppfoljning" in routes.json.
 */
export const navItems: { page: PageName; label: MessageKey; signedIn?: boolean; roles?: Role[] }[] = [
  { page: 'start', label: 'nav.start' },
  { page: 'plan', label: 'nav.plan' },
  { page: 'situationReports', label: 'nav.situations' },
  { page: 'followUp', label: 'nav.followUp', signedIn: true },
  { page: 'tasks', label: 'nav.tasks', signedIn: true, roles: ['editor', 'partner'] },
  { page: 'edit', label: 'nav.edit', signedIn: true, roles: ['admin', 'editor'] },
  { page: 'admin', label: 'nav.admin', signedIn: true, roles: ['admin'] },
];
