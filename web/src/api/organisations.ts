import { api, byId, call, collect, ifMatch, type Schemas } from './client';

export type Organisation = Schemas['Organisation'];
export type OrganisationKind = Schemas['OrganisationKind'];
/** What the client needs to name an organisation; both the dashboard and GET /organisations give it. */
export type OrganisationName = Pick<Organisation, 'id' | 'name' | 'kind'>;

/** Needs a session: the public gets organisation names from the dashboard instead. */
export const listOrganisations = (): Promise<Organisation[]> =>
  collect((page) => api.GET('/api/v1/organisations', { params: { query: page } }));

export const getOrganisation = (id: string): Promise<Organisation> =>
  call(() => api.GET('/api/v1/organisations/{id}', byId(id)));

export const createOrganisation = (body: Schemas['CreateOrganisation']): Promise<Organisation> =>
  call(() => api.POST('/api/v1/organisations', { body }));

export const patchOrganisation = (
  organisation: Organisation,
  body: Schemas['PatchOrganisation'],
): Promise<Organisation> => call(() => api.PATCH('/api/v1/organisations/{id}', { ...ifMatch(organisation), body }));

/** The organisations to choose from (a select, checkboxes): by name, as Swedish sorts it. */
export const organisationOptions = (organisations: Organisation[]) =>
  [...organisations].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((o) => ({ value: o.id, label: o.name }));

/**
 * The organisation of the system's administrators, as the server names it (server/users/bootstrap.ts,
 * the demo): it runs the system and is never a party to a plan.
 */
export const SYSTEM_ORGANISATION = 'Löfteskollen systemförvaltning';

/** The organisations that may be a party (to an agreement, an activity): all but the system's administration. */
export const partyOptions = (organisations: Organisation[]) =>
  organisationOptions(organisations.filter((o) => o.name !== SYSTEM_ORGANISATION));
