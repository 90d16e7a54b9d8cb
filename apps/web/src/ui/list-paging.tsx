import { PagingControls } from './paging-controls.tsx';
import { PAGE_SIZES } from './use-paging.ts';
import type { PagedRows } from './use-paged-rows.ts';

/**
 * The paging under a list paged in the browser, shown only when the list is
 * longer than the smallest page: a handful of peers needs no page buttons.
 * `label` names the list, so that several on one page are told apart.
 */
export function ListPaging<T>({
  rows,
  label,
}: {
  readonly rows: PagedRows<T>;
  readonly label: string;
}) {
  if (rows.total <= PAGE_SIZES[0]) return null;
  return <PagingControls paging={rows.paging} total={rows.total} label={label} />;
}
