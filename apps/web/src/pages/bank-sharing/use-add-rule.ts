import type { v1 } from '@concord/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { HandlingDraft } from '../../ui/handling-draft.ts';
import { FEDERATION_KEY } from '../peers/use-peers.ts';
import {
  emptyRule,
  newRuleRequest,
  type CreateRuleBody,
  type NewRuleProblems,
  type NewRuleValues,
} from './new-rule.ts';

/** The add-rule form of a bank; the node offers the bank to the peers the rule reaches. */
export function useAddRule(bank: v1.Bank, onAdded: () => void) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<NewRuleValues>(() => emptyRule(bank));
  const [problems, setProblems] = useState<NewRuleProblems>({});
  const add = useMutation({
    mutationFn: (body: CreateRuleBody) => concord.sharing.addRule(bank.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: FEDERATION_KEY });
      onAdded();
    },
  });
  return {
    values,
    problems,
    pending: add.isPending,
    error: add.error,
    set<F extends keyof NewRuleValues>(field: F, value: NewRuleValues[F]) {
      setValues((previous) => ({ ...previous, [field]: value }));
    },
    setHandling<F extends keyof HandlingDraft>(field: F, value: HandlingDraft[F]) {
      setValues((previous) => ({
        ...previous,
        handling: { ...previous.handling, [field]: value },
      }));
    },
    submit() {
      const request = newRuleRequest(values, new Date());
      setProblems(request.kind === 'problems' ? request.problems : {});
      if (request.kind === 'ok') add.mutate(request.body);
    },
    reset() {
      setValues(emptyRule(bank));
      setProblems({});
      add.reset();
    },
  };
}

export type AddRuleForm = ReturnType<typeof useAddRule>;
