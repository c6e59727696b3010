import type { OrganisationKind, Role } from '../db/schema.js';

// Facts from ../shared/DOMAIN.md: the 13 municipalities of Östergötland with
// their SCB codes. People and accounts are invented and say so.

export const ostergotlandMunicipalities = [
  { code: '0509', name: 'Ödeshög' },
  { code: '0512', name: 'Ydre' },
  { code: '0513', name: 'Kinda' },
  { code: '0560', name: 'Boxholm' },
  { code: '0561', name: 'Åtvidaberg' },
  { code: '0562', name: 'Finspång' },
  { code: '0563', name: 'Valdemarsvik' },
  { code: '0580', name: 'Linköping' },
  { code: '0581', name: 'Norrköping' },
  { code: '0582', name: 'Söderköping' },
  { code: '0583', name: 'Motala' },
  { code: '0584', name: 'Vadstena' },
  { code: '0586', name: 'Mjölby' },
];

/** The demo accounts' one password; they exist only in demo mode (README lists them). */
export const DEMO_PASSWORD = 'demo-lofteskollen';

type DemoOrganisation = { name: string; kind: OrganisationKind; code: string | null };

export const SAKERHETSENHETEN: DemoOrganisation = {
  name: 'Linköpings kommun – Säkerhetsenheten',
  kind: 'municipality',
  code: '0580',
};
export const LOKALPOLISOMRADE: DemoOrganisation = { name: 'Lokalpolisområde Linköping', kind: 'police', code: '0580' };
const SYSTEM: DemoOrganisation = { name: 'Löfteskollen systemförvaltning', kind: 'other', code: null };

export const demoAccounts: { email: string; name: string; role: Role; organisation: DemoOrganisation }[] = [
  { email: 'admin@lofteskollen.example', name: 'Demo Administratör', role: 'admin', organisation: SYSTEM },
  {
    email: 'sakerhet@linkoping.example',
    name: 'Demo Säkerhetsstrateg',
    role: 'editor',
    organisation: SAKERHETSENHETEN,
  },
  { email: 'polis@linkoping.example', name: 'Demo Kommunpolis', role: 'partner', organisation: LOKALPOLISOMRADE },
  {
    email: 'styrgrupp@linkoping.example',
    name: 'Demo Styrgruppsledamot',
    role: 'viewer',
    organisation: SAKERHETSENHETEN,
  },
];
