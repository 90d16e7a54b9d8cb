import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import { usePaging } from '../../ui/use-paging.ts';
import { BANKS_KEY } from '../banks/use-banks.ts';
import {
  NO_SEARCH,
  signalSearch,
  type SignalSearch,
  type SignalSearchDraft,
} from './signal-search.ts';

/**
 * A bank's signal search: the form as typed, the search applied (with its
 * purpose), the page, and the signals of that page with what was withheld.
 * Every search is audited by the node.
 */
export function useSignalSearch(bankName: string) {
  const paging = usePaging(25);
  const [draft, setDraft] = useState<SignalSearchDraft>(NO_SEARCH);
  const [applied, setApplied] = useState<SignalSearch>({});
  const signals = useQuery({
    queryKey: [...BANKS_KEY, 'signals', bankName, applied, paging.page, paging.pageSize],
    queryFn: () =>
      concord.banks.signals(bankName, {
        ...applied,
        page: paging.page,
        pageSize: paging.pageSize,
      }),
    placeholderData: keepPreviousData,
  });
  return {
    paging,
    draft,
    applied,
    signals,
    set<F extends keyof SignalSearchDraft>(field: F, value: SignalSearchDraft[F]) {
      setDraft((previous) => ({ ...previous, [field]: value }));
    },
    apply() {
      setApplied(signalSearch(draft));
      paging.setPage(1);
    },
    /** Clears the filters but keeps the stated purpose. */
    clear() {
      const next = { ...NO_SEARCH, purpose: draft.purpose };
      setDraft(next);
      setApplied(signalSearch(next));
      paging.setPage(1);
    },
  };
}

export type SignalSearchState = ReturnType<typeof useSignalSearch>;
