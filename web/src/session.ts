import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { getMe, login, logout } from './api/auth';
import { api, call } from './api/client';
import { ApiError } from './api/client';
import type { User } from './api/users';

// The session itself is the HttpOnly cookie the server sets at sign-in; the client never sees it.
// A flag in localStorage says "this browser signed in", so that anonymous visitors (the public
// dashboard's readers) never send GET /auth/me only to be told 401.

const HINT_KEY = 'lofteskollen.signedIn';

function hint(value: boolean | null): boolean {
  try {
    if (value === true) localStorage.setItem(HINT_KEY, '1');
    else if (value === false) localStorage.removeItem(HINT_KEY);
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    // Without storage, ask the server every time.
    return true;
  }
}

/** Who is signed in, asked of the server only when this browser may have a session. */
export async function restoreSession(): Promise<User | null> {
  if (!hint(null)) return null;
  try {
    return await getMe();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) hint(false);
    return null;
  }
}

export async function signIn(email: string, password: string, code?: string): Promise<User> {
  const user = await login(email, password, code);
  hint(true);
  return user;
}

export async function signOut(): Promise<void> {
  await logout();
  hint(false);
}

export interface Session {
  /** false until the first answer of who is signed in. */
  ready: boolean;
  user: User | null;
  setUser: (user: User | null) => void;
}

export const SessionContext = createContext<Session>({ ready: false, user: null, setUser: () => {} });

export const useSession = () => useContext(SessionContext);

/** Whether the signed-in person's role needs a second factor they have not enrolled (MFA_REQUIRED). */
export async function mustEnrol(): Promise<boolean> {
  try {
    const status = await call(() => api.GET('/api/v1/auth/mfa'));
    return status.required && !status.enabled;
  } catch {
    return false;
  }
}

/** Before leaving for the identity provider: the browser may come back signed in, so ask then. */
export function expectSession(): void {
  hint(true);
}
