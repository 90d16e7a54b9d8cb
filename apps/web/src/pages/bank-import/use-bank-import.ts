import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import { guessFormat } from '../../api/exchange-formats.ts';
import { BANKS_KEY } from '../banks/use-banks.ts';
import {
  EMPTY_IMPORT,
  importRequest,
  type ImportDraft,
  type ImportProblems,
  type ImportQuery,
} from './import-options.ts';

/**
 * Importing a file into a local bank: the form, the upload in flight (the
 * file's name and size, for the progress line) and the node's report.
 */
export function useBankImport(bankName: string) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ImportDraft>(EMPTY_IMPORT);
  const [problems, setProblems] = useState<ImportProblems>({});
  const upload = useMutation({
    mutationFn: (input: { readonly file: File; readonly query: ImportQuery }) =>
      concord.banks.import(bankName, input.file, input.query),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BANKS_KEY }),
  });
  return {
    draft,
    problems,
    uploading: upload.isPending ? (upload.variables?.file ?? null) : null,
    error: upload.error,
    report: upload.data ?? null,
    /** Changes with every upload, so a new report starts on its first page of problems. */
    reportKey: upload.submittedAt,
    set<F extends keyof ImportDraft>(field: F, value: ImportDraft[F]) {
      setDraft((previous) => ({
        ...previous,
        [field]: value,
        ...(field === 'format' ? { formatGuessed: false } : {}),
      }));
    },
    /** A new file: its name suggests a format, which the user may still change. */
    chooseFile(file: File | null) {
      const guess = file ? guessFormat(file.name) : null;
      setDraft((previous) => ({
        ...previous,
        file,
        ...(guess ? { format: guess, formatGuessed: true } : {}),
      }));
      setProblems(({ file: _chosen, ...others }) => others);
    },
    submit() {
      const request = importRequest(draft);
      setProblems(request.kind === 'problems' ? request.problems : {});
      if (request.kind === 'ok') upload.mutate({ file: request.file, query: request.query });
    },
  };
}

export type BankImport = ReturnType<typeof useBankImport>;
