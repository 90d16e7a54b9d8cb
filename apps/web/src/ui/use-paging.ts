import { useState } from 'react';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

export interface Paging {
  readonly page: number;
  readonly pageSize: number;
  setPage(page: number): void;
  /** Changing the page size goes back to the first page. */
  setPageSize(pageSize: number): void;
}

export function usePaging(initialPageSize: number = 25): Paging {
  const [page, setPage] = useState(1);
  const [pageSize, setSize] = useState(initialPageSize);
  return {
    page,
    pageSize,
    setPage,
    setPageSize: (size) => {
      setSize(size);
      setPage(1);
    },
  };
}
