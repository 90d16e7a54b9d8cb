import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ExchangeFormat } from '../../api/exchange-formats.ts';
import type { Purpose } from '../../api/protocol-lists.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { downloadBankExport } from './download-bank-export.ts';

/** The export form: a format and a purpose (required, recorded); then the file and what it left out. */
export function useBankExport(bankName: string) {
  const [format, setFormat] = useState<ExchangeFormat>('csv');
  const [purpose, setPurpose] = useState<Purpose | null>(null);
  const [problem, setProblem] = useState<PlainMessageKey | null>(null);
  const download = useMutation({
    mutationFn: (input: { readonly format: ExchangeFormat; readonly purpose: Purpose }) =>
      downloadBankExport(bankName, input.format, input.purpose),
  });
  return {
    format,
    purpose,
    problem,
    pending: download.isPending,
    error: download.error,
    result: download.data ?? null,
    setFormat,
    setPurpose,
    submit() {
      setProblem(purpose ? null : 'export.purposeRequired');
      if (purpose) download.mutate({ format, purpose });
    },
  };
}

export type BankExport = ReturnType<typeof useBankExport>;
