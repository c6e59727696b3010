import type { OrganisationKind, Role } from '../db/schema.js';

// Facts (docs/domain.md): the 13 municipalities of Östergötland with
// their SCB codes, and the organisations of Linköping's cooperation. People and
// accounts are invented and say so. The cooperation itself is in linkoping.ts.

export const COUNTY = 'Östergötlands län';

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

export const LINKOPING = '0580';

/** The demo accounts' one password; they exist only in demo mode (README lists them). */
export const DEMO_PASSWORD = 'demo-lofteskollen';

/** An organisation of the demo; `code` is the municipality it belongs to, if any. */
export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  code: string | null;
  /** The county a county organisation serves. */
  countyCode?: string;
}

export const SAKERHETSENHETEN: DemoOrganisation = {
  name: 'Linköpings kommun – Säkerhetsenheten',
  kind: 'municipality',
  code: LINKOPING,
};
export const LOKALPOLISOMRADE: DemoOrganisation = {
  name: 'Lokalpolisområde Linköping',
  kind: 'police',
  code: LINKOPING,
};
export const UTBILDNINGSFORVALTNINGEN: DemoOrganisation = {
  name: 'Linköpings kommun – Utbildningsförvaltningen',
  kind: 'municipality',
  code: LINKOPING,
};
export const SOCIALFORVALTNINGEN: DemoOrganisation = {
  name: 'Linköpings kommun – Socialförvaltningen',
  kind: 'municipality',
  code: LINKOPING,
};
/** Linköping's municipal housing company: a partner in Skäggetorp's platssamverkan. */
export const STANGASTADEN: DemoOrganisation = { name: 'AB Stångåstaden', kind: 'other', code: LINKOPING };
/** County-wide (Östergötland tillsammans mot brott): of no single municipality. */
export const LANSSTYRELSEN: DemoOrganisation = {
  name: 'Länsstyrelsen Östergötland',
  kind: 'county',
  code: null,
  countyCode: '05',
};
const SYSTEM: DemoOrganisation = { name: 'Löfteskollen systemförvaltning', kind: 'other', code: null };

export const demoOrganisations: DemoOrganisation[] = [
  SYSTEM,
  SAKERHETSENHETEN,
  LOKALPOLISOMRADE,
  UTBILDNINGSFORVALTNINGEN,
  SOCIALFORVALTNINGEN,
  STANGASTADEN,
  LANSSTYRELSEN,
];

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
  // A county reader: reads each municipality of Östergötland as the public does, and the county's reports.
  { email: 'lan@ostergotland.example', name: 'Demo Länssamordnare', role: 'viewer', organisation: LANSSTYRELSEN },
];
