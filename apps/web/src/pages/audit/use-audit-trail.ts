import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { usePaging } from '../../ui/use-paging.ts';
import {
  auditFilters,
  NO_FILTERS,
  type AuditFilterDraft,
  type AuditFilters,
} from './audit-filters.ts';

/**
 * The audit page's state: the filter form as typed, the filters applied, the
 * page, and the events of that page (newest first).
 */
export function useAuditTrail() {
  const paging = usePaging(25);
  const [draft, setDraft] = useState<AuditFilterDraft>(NO_FILTERS);
  const [applied, setApplied] = useState<AuditFilters>({});
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  // Reading the trail adds to it: later pages are pinned to the newest event seen
  // on the first, so they do not shift as new events arrive.
  const [pinnedSeq, setPinnedSeq] = useState<number | null>(null);
  const events = useQuery({
    queryKey: [
      'audit',
      applied,
      paging.page,
      paging.pageSize,
      paging.page === 1 ? null : pinnedSeq,
    ],
    queryFn: async () => {
      const pin = paging.page === 1 ? undefined : (pinnedSeq ?? undefined);
      const result = await concord.audit.list({
        ...applied,
        page: paging.page,
        pageSize: paging.pageSize,
        ...(pin === undefined ? {} : { maxSeq: pin }),
      });
      if (paging.page === 1) setPinnedSeq(result.items[0]?.seq ?? null);
      return result;
    },
    placeholderData: keepPreviousData,
  });
  return {
    paging,
    draft,
    applied,
    problem,
    events,
    set<F extends keyof AuditFilterDraft>(field: F, value: AuditFilterDraft[F]) {
      setDraft((previous) => ({ ...previous, [field]: value }));
    },
    apply() {
      const result = auditFilters(draft);
      if (result.kind === 'range_invalid') {
        setProblem('audit.rangeInvalid');
        return;
      }
      setProblem(null);
      setApplied(result.filters);
      paging.setPage(1);
    },
    clear() {
      setDraft(NO_FILTERS);
      setProblem(null);
      setApplied({});
      paging.setPage(1);
    },
  };
}

export type AuditTrail = ReturnType<typeof useAuditTrail>;
