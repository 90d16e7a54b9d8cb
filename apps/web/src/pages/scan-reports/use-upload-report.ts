import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { concord } from '../../api/concord-client.ts';
import type { PlainMessageKey } from '../../i18n/catalogue.ts';
import { navigate } from '../../routing/location.ts';
import { paths } from '../../routing/paths.ts';
import {
  readScanReportFile,
  type ScanReportDocument,
  type ScanReportFile,
} from './read-scan-report-file.ts';
import { SCAN_REPORTS_KEY } from './use-scan-reports.ts';

/**
 * The upload dialog: a label and a report file, read and checked as soon as
 * it is chosen. Once uploaded, the report's page opens.
 */
export function useUploadReport() {
  const queryClient = useQueryClient();
  // Only the last file chosen counts, even if an earlier one finishes reading later.
  const lastChosen = useRef<File | null>(null);
  const [label, setLabel] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [reading, setReading] = useState<ScanReportFile | 'reading' | null>(null);
  const [problems, setProblems] = useState<{ label?: PlainMessageKey; file?: PlainMessageKey }>({});
  const upload = useMutation({
    mutationFn: (input: { readonly label: string; readonly report: ScanReportDocument }) =>
      concord.scanReports.upload(input.label, input.report),
    onSuccess: async (summary) => {
      await queryClient.invalidateQueries({ queryKey: SCAN_REPORTS_KEY });
      navigate(paths.scanReport(summary.id));
    },
  });
  return {
    label,
    file,
    reading,
    problems,
    pending: upload.isPending,
    error: upload.error,
    setLabel,
    async choose(next: File | null) {
      lastChosen.current = next;
      setFile(next);
      setProblems(({ file: _previous, ...others }) => others);
      if (!next) {
        setReading(null);
        return;
      }
      setReading('reading');
      const read = await readScanReportFile(next);
      if (lastChosen.current === next) setReading(read);
    },
    submit() {
      const trimmed = label.trim();
      const found = {
        ...(trimmed === '' || trimmed.length > 200
          ? { label: 'reports.labelInvalid' as const }
          : {}),
        ...(file === null ? { file: 'reports.fileRequired' as const } : {}),
      };
      setProblems(found);
      // A file still being read, or one that is not a report, is already explained under the field.
      const report = reading !== null && reading !== 'reading' && reading.kind === 'report';
      if (found.label || found.file || !report) return;
      upload.mutate({ label: trimmed, report: reading.report });
    },
    reset() {
      lastChosen.current = null;
      setLabel('');
      setFile(null);
      setReading(null);
      setProblems({});
      upload.reset();
    },
  };
}

export type UploadReport = ReturnType<typeof useUploadReport>;
