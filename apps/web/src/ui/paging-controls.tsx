import { Box, Group, NativeSelect, Pagination, Text } from '@mantine/core';
import { useI18n } from '../i18n/i18n-provider.tsx';
import { PAGE_SIZES, type Paging } from './use-paging.ts';

/**
 * Total, page buttons and a page-size selector under a paged table. `label`
 * names the list when a page has several, so that each control says which.
 */
export function PagingControls({
  paging,
  total,
  label,
}: {
  readonly paging: Paging;
  readonly total: number;
  readonly label?: string;
}) {
  const { t, number } = useI18n();
  const pages = Math.max(1, Math.ceil(total / paging.pageSize));
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Text size="sm" data-testid="paging-total">
        {t('common.total', { count: number(total) })}
      </Text>
      <Box
        component="nav"
        aria-label={label ? t('common.paginationOf', { list: label }) : t('common.pagination')}
      >
        <Pagination
          total={pages}
          value={Math.min(paging.page, pages)}
          onChange={paging.setPage}
          size="sm"
          withEdges
          getControlProps={(control) => ({ 'aria-label': t(CONTROL_LABELS[control]) })}
          getItemProps={(page) => ({
            'aria-label': t('common.goToPage', { page: number(page) }),
            'aria-current': page === paging.page ? 'page' : undefined,
          })}
        />
      </Box>
      <NativeSelect
        label={t('common.pageSize')}
        size="xs"
        value={String(paging.pageSize)}
        onChange={(event) => paging.setPageSize(Number(event.currentTarget.value))}
        data={PAGE_SIZES.map((size) => ({ value: String(size), label: number(size) }))}
        className="page-size-select"
        aria-label={label ? t('common.pageSizeOf', { list: label }) : undefined}
      />
    </Group>
  );
}

const CONTROL_LABELS = {
  first: 'common.firstPage',
  previous: 'common.previousPage',
  next: 'common.nextPage',
  last: 'common.lastPage',
} as const;
