import type { v1 } from '@concord/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { Permission } from '../../api/protocol-lists.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { useActiveSession } from '../../session/active-session.tsx';

const TOKENS_KEY = ['me', 'tokens'] as const;

export interface NewTokenValues {
  readonly name: string;
  readonly scopes: readonly Permission[];
  readonly expiresInDays: number | string;
}

type TokenProblems = {
  name?: PlainMessageKey;
  scopes?: PlainMessageKey;
  expiresInDays?: PlainMessageKey;
};

function tokenProblems(values: NewTokenValues): TokenProblems {
  const days = Number(values.expiresInDays);
  return {
    ...(values.name.trim() === '' ? { name: 'tokens.nameRequired' as const } : {}),
    ...(values.scopes.length === 0 ? { scopes: 'tokens.scopesRequired' as const } : {}),
    ...(Number.isInteger(days) && days >= 1 && days <= 365
      ? {}
      : { expiresInDays: 'tokens.expiresInDaysInvalid' as const }),
  };
}

/** My API tokens: the list, the create form (its token shown once), and revoking. */
export function useApiTokens() {
  const queryClient = useQueryClient();
  const { permissions } = useActiveSession();
  const empty: NewTokenValues = { name: '', scopes: [], expiresInDays: 30 };
  const [values, setValues] = useState<NewTokenValues>(empty);
  const [problems, setProblems] = useState<TokenProblems>({});
  const [revoking, setRevoking] = useState<v1.ApiToken | null>(null);
  const list = useQuery({ queryKey: TOKENS_KEY, queryFn: () => concord.me.tokens() });
  const refresh = () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
  const create = useMutation({
    mutationFn: (input: NewTokenValues) =>
      concord.me.createToken({
        name: input.name.trim(),
        scopes: [...input.scopes],
        expiresInDays: Number(input.expiresInDays),
      }),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (token: v1.ApiToken) => concord.me.revokeToken(token.id),
    onSuccess: async () => {
      await refresh();
      setRevoking(null);
    },
  });
  return {
    list,
    /** Only what the session may do can be delegated to a token. */
    grantable: permissions,
    creation: {
      values,
      problems,
      pending: create.isPending,
      error: create.error,
      created: create.data ?? null,
      set<F extends keyof NewTokenValues>(field: F, value: NewTokenValues[F]) {
        setValues((previous) => ({ ...previous, [field]: value }));
      },
      submit() {
        const found = tokenProblems(values);
        setProblems(found);
        if (Object.keys(found).length === 0) create.mutate(values);
      },
      reset() {
        setValues(empty);
        setProblems({});
        create.reset();
      },
    },
    revocation: {
      token: revoking,
      pending: revoke.isPending,
      error: revoke.error,
      revoked: revoke.isSuccess ? (revoke.variables?.name ?? null) : null,
      ask(token: v1.ApiToken) {
        revoke.reset();
        setRevoking(token);
      },
      close: () => setRevoking(null),
      confirm() {
        if (revoking) revoke.mutate(revoking);
      },
    },
  };
}

export type ApiTokens = ReturnType<typeof useApiTokens>;
