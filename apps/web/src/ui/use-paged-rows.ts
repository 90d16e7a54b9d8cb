import { usePaging, type Paging } from './use-paging.ts';

/** One page of a list the API answers whole (peers, rules, offers...), and the paging over it. */
export interface PagedRows<T> {
  readonly paging: Paging;
  /** The rows of the page shown. */
  readonly shown: readonly T[];
  readonly total: number;
  /** Turns to the page holding the row at `index` (a row a link points at). */
  showRow(index: number): void;
}

/**
 * Pages a whole list in the browser. When the list shrinks under the page
 * shown (the last peer of the last page removed, say), the last page that
 * still has rows is shown instead of an empty one.
 *
 * @example
 * const paged = usePagedRows(peers, 25); // paged.shown: peers 1-25
 */
export function usePagedRows<T>(rows: readonly T[], initialPageSize = 25): PagedRows<T> {
  const paging = usePaging(initialPageSize);
  const pages = Math.max(1, Math.ceil(rows.length / paging.pageSize));
  const page = Math.min(paging.page, pages);
  const start = (page - 1) * paging.pageSize;
  return {
    paging: { ...paging, page },
    shown: rows.slice(start, start + paging.pageSize),
    total: rows.length,
    showRow: (index) => {
      if (index >= 0) paging.setPage(Math.floor(index / paging.pageSize) + 1);
    },
  };
}
