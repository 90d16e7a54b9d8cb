import type { v1 } from '@concord/client';
import type { Permission } from '../api/protocol-lists.ts';
import { createContext, useContext } from 'react';

/** The fully signed-in session, for the pages behind sign-in. */
export const ActiveSessionContext = createContext<v1.Session | null>(null);

export function useActiveSession(): v1.Session {
  const session = useContext(ActiveSessionContext);
  if (!session) throw new Error('useActiveSession is used outside a signed-in page');
  return session;
}

export function useCan(permission: Permission): boolean {
  return useActiveSession().permissions.includes(permission);
}
