import { useMutation } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';

/** Re-hashes the whole trail on the node (on request: it reads every event). */
export function useAuditIntegrity() {
  return useMutation({ mutationFn: () => concord.audit.verify() });
}
