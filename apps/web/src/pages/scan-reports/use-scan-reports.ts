import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { concord } from '../../api/concord-client.ts';
import { usePaging } from '../../ui/use-paging.ts';

export const SCAN_REPORTS_KEY = ['scan-reports'] as const;

/** Uploaded scan reports, newest first, a page at a time. */
export function useScanReports() {
  const paging = usePaging(25);
  const query = useQuery({
    queryKey: [...SCAN_REPORTS_KEY, 'list', paging.page, paging.pageSize],
    queryFn: () => concord.scanReports.list(paging.page, paging.pageSize),
    placeholderData: keepPreviousData,
  });
  return { paging, query };
}

/** One report with its matches (reading it is audited). */
export function useScanReport(id: string) {
  return useQuery({
    queryKey: [...SCAN_REPORTS_KEY, 'one', id],
    queryFn: () => concord.scanReports.get(id),
  });
}
