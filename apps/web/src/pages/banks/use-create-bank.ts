import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import { navigate } from '../../routing/location.ts';
import { paths } from '../../routing/paths.ts';
import type { HandlingDraft } from '../../ui/handling-draft.ts';
import { BANKS_KEY } from './use-banks.ts';
import {
  EMPTY_BANK,
  newBankRequest,
  type CreateBankBody,
  type NewBankProblems,
  type NewBankValues,
} from './new-bank.ts';

/** The create-bank form; once created, the new bank's page opens (importing a file is the next step). */
export function useCreateBank(onCreated: () => void) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<NewBankValues>(EMPTY_BANK);
  const [problems, setProblems] = useState<NewBankProblems>({});
  const create = useMutation({
    mutationFn: (body: CreateBankBody) => concord.banks.create(body),
    onSuccess: async (bank) => {
      await queryClient.invalidateQueries({ queryKey: BANKS_KEY });
      onCreated();
      navigate(paths.bank(bank.name));
    },
  });
  return {
    values,
    problems,
    pending: create.isPending,
    error: create.error,
    set<F extends keyof NewBankValues>(field: F, value: NewBankValues[F]) {
      setValues((previous) => ({ ...previous, [field]: value }));
    },
    setHandling<F extends keyof HandlingDraft>(field: F, value: HandlingDraft[F]) {
      setValues((previous) => ({ ...previous, [field]: value }));
    },
    submit() {
      const request = newBankRequest(values, new Date());
      setProblems(request.kind === 'problems' ? request.problems : {});
      if (request.kind === 'ok') create.mutate(request.body);
    },
    reset() {
      setValues(EMPTY_BANK);
      setProblems({});
      create.reset();
    },
  };
}

export type CreateBankForm = ReturnType<typeof useCreateBank>;
