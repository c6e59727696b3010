import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

// Every call to the API goes through this client: paths, parameters and bodies
// are typed from the committed OpenAPI document (schema.d.ts, generated).

export const api = createClient<paths>({ baseUrl: '' });

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type User = Schemas['User'];
export type Municipality = Schemas['Municipality'];
export type Dashboard = Schemas['Dashboard'];
export type DashboardIndicator = Schemas['DashboardIndicator'];
export type DashboardPromise = Schemas['DashboardPromise'];
export type DashboardActivity = Schemas['DashboardActivity'];
export type ActivityProgress = Schemas['ActivityProgress'];
export type Activity = Schemas['Activity'];
export type FollowUp = Schemas['FollowUp'];
export type PromiseProgress = Schemas['PromiseProgress'];
export type ActivityStatus = Schemas['ActivityStatus'];
export type Agreement = Schemas['Agreement'];
export type AgreementStatus = Schemas['AgreementStatus'];
export type FocusArea = Schemas['FocusArea'];
export type CitizenPromise = Schemas['CitizenPromise'];
export type Goal = Schemas['Goal'];
export type Role = Schemas['Role'];
/** What the client needs to name an organisation; both the dashboard and GET /organisations give it. */
export type OrganisationName = Pick<Schemas['Organisation'], 'id' | 'name' | 'kind'>;

/** A refusal from the server (a problem+json body), or no answer at all (network down: status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'detail' in body;
}

/** The data of an openapi-fetch result, or an ApiError carrying the server's problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new ApiError(result.response.status, isProblem(result.error) ? result.error : null);
  }
  return result.data;
}

/** Runs a call; a failed fetch (no network, server down) becomes ApiError with status 0. */
export async function call<T>(request: () => Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result;
  try {
    result = await request();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(0, null);
  }
  return unwrap(result);
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Every page of a list route, in order (at most 500 items a page). */
export async function collect<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}
