import type { Clock } from '../../server/clock.js';
import type { Db } from '../../server/db/database.js';
import type { OrganisationKind, Role } from '../../server/db/schema.js';
import { createMunicipality } from '../../server/municipalities/store.js';
import { createOrganisation } from '../../server/organisations/store.js';
import { issueToken } from '../../server/tokens/store.js';
import { createUser } from '../../server/users/store.js';

export const TEST_PASSWORD = 'correct horse battery staple';

/** Unique rows for one test file: every call makes a new one. */
export function factories(db: Db, clock: Clock) {
  let sequence = 0;
  const next = () => ++sequence;
  return {
    municipality(overrides: { code?: string; name?: string; county?: string } = {}) {
      const n = next();
      return createMunicipality(
        db,
        { code: String(1000 + n), name: `Testkommun ${n}`, county: 'Testlän', ...overrides },
        clock.now(),
      );
    },
    organisation(
      overrides: { name?: string; kind?: OrganisationKind; municipalityId?: string | null; countyCode?: string } = {},
    ) {
      return createOrganisation(db, { name: `Organisation ${next()}`, kind: 'other', ...overrides }, clock.now());
    },
    user(role: Role, organisationId: string, overrides: { email?: string; name?: string; password?: string } = {}) {
      const n = next();
      return createUser(
        db,
        {
          email: `user${n}@test.example`,
          name: `Användare ${n}`,
          password: TEST_PASSWORD,
          role,
          organisationId,
          ...overrides,
        },
        clock.now(),
      );
    },
    /** An API token of the account; `issued.token` is its secret. */
    token(userId: string, overrides: { label?: string | null; expiresAt?: Date | null } = {}) {
      return issueToken(
        db,
        { userId, label: `Token ${next()}`, expiresAt: null, createdBy: null, ...overrides },
        clock.now(),
      );
    },
  };
}
