import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { isPurpose, type Purpose } from '../../api/protocol-lists.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import type { AuditFilters } from './audit-filters.ts';
import { downloadAuditCsv } from './download-audit-csv.ts';

/** The export dialog: a purpose must be chosen (it is recorded), then the CSV downloads. */
export function useAuditExport(filters: AuditFilters) {
  const [opened, setOpened] = useState(false);
  const [purpose, setPurpose] = useState<Purpose | null>(null);
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  const download = useMutation({
    mutationFn: (chosen: Purpose) => downloadAuditCsv(filters, chosen),
    onSuccess: () => setOpened(false),
  });
  return {
    opened,
    purpose,
    problem,
    pending: download.isPending,
    error: download.error,
    done: download.isSuccess,
    open() {
      download.reset();
      setProblem(null);
      setPurpose(null);
      setOpened(true);
    },
    close: () => setOpened(false),
    choose(value: string) {
      if (isPurpose(value)) setPurpose(value);
    },
    submit() {
      setProblem(purpose ? null : 'audit.exportPurposeRequired');
      if (purpose) download.mutate(purpose);
    },
  };
}
