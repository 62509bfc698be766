import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { onSessionChange, refresh, sessionState, signOut, type SessionState } from './session';
import { clearOfflineData } from '../offline/storage';

interface SessionContextValue extends SessionState {
  /** False until the first silent refresh has answered (a reload keeps the session through the cookie). */
  ready: boolean;
}

const SessionContext = createContext<SessionContextValue>({ signedIn: false, sharedTerminal: false, ready: false });

/** Minutes without input after which a shared terminal signs out by itself. */
export const SHARED_IDLE_MINUTES = 5;

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(sessionState);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const off = onSessionChange(setState);
    void refresh().finally(() => setReady(true));
    return off;
  }, []);

  // Shared terminal: sign out after a few idle minutes.
  useEffect(() => {
    if (!state.signedIn || !state.sharedTerminal) return;
    let timer: ReturnType<typeof setTimeout>;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void signOutAndForget(), SHARED_IDLE_MINUTES * 60_000);
    };
    const events = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, arm, { passive: true });
    arm();
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, arm);
    };
  }, [state.signedIn, state.sharedTerminal]);

  return <SessionContext.Provider value={{ ...state, ready }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  return useContext(SessionContext);
}

/** Signs out (the server session too) and deletes whatever this device holds for the person. */
export async function signOutAndForget(): Promise<void> {
  const shared = sessionState().sharedTerminal;
  await signOut();
  await clearOfflineData();
  // A shared terminal keeps nothing at all, not even the language preference.
  if (shared) globalThis.localStorage?.clear();
}
