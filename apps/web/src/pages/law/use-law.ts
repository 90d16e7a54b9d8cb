import type { v1 } from '@concord/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';

/** Everything about the legal knowledge base is cached under this key. */
export const LAW_KEY = ['law'] as const;

export function useLawCountries() {
  return useQuery({ queryKey: [...LAW_KEY, 'countries'], queryFn: () => concord.law.countries() });
}

export function useLawCountry(iso2: string) {
  return useQuery({
    queryKey: [...LAW_KEY, 'country', iso2],
    queryFn: () => concord.law.country(iso2),
  });
}

export function useLawMap(choice: string) {
  return useQuery({
    queryKey: [...LAW_KEY, 'map', choice],
    queryFn: () => concord.law.map(choice === 'gaps' ? { metric: 'gaps' } : { instrument: choice }),
  });
}

/** Plans cooperation; the plan stays until the next one is asked for. */
export function usePlan() {
  return useMutation({
    mutationFn: (request: v1.LawPlanRequest) => concord.law.plan(request),
  });
}

/** Publishes this node's jurisdiction's profile, then refreshes every law view. */
export function usePublishProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Parameters<typeof concord.law.publish>[0]) => concord.law.publish(body),
    onSuccess: () => client.invalidateQueries({ queryKey: LAW_KEY }),
  });
}

/** Imports a peer's signed profile file (already parsed as JSON). */
export function useImportProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: unknown) => concord.law.importProfile(file),
    onSuccess: () => client.invalidateQueries({ queryKey: LAW_KEY }),
  });
}
