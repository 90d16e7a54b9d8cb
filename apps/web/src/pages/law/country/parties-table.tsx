import type { v1 } from '@concord/client';
import { Stack, Table, Title } from '@mantine/core';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { TableScroll } from '../../../ui/table-scroll.tsx';
import { basisName, statusName } from '../law-labels.ts';

/** The country's standing under each instrument, with year, basis, as-of date and sources. */
export function PartiesTable({
  parties,
}: {
  readonly parties: readonly v1.LawCountryDetail['parties'][number][];
}) {
  const { t } = useI18n();
  return (
    <Stack gap="xs" component="section" aria-labelledby="law-parties-title">
      <Title order={2} id="law-parties-title">
        {t('law.country.parties')}
      </Title>
      <TableScroll label={t('law.country.parties')} minWidth={720}>
        <Table data-testid="law-parties">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('law.plan.instrument')}</Table.Th>
              <Table.Th scope="col">{t('law.country.status')}</Table.Th>
              <Table.Th scope="col">{t('law.country.year')}</Table.Th>
              <Table.Th scope="col">{t('law.country.basis')}</Table.Th>
              <Table.Th scope="col">{t('law.country.asOf')}</Table.Th>
              <Table.Th scope="col">{t('law.country.sourcesColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {parties.map((p) => (
              <Table.Tr key={p.instrument}>
                <Table.Th scope="row">{p.instrument}</Table.Th>
                <Table.Td>{statusName(t, p.status)}</Table.Td>
                <Table.Td>{p.year === 'unknown' ? t('law.crim.unknown') : p.year}</Table.Td>
                <Table.Td>{basisName(t, p.basis)}</Table.Td>
                <Table.Td>{p.asOf ?? '—'}</Table.Td>
                <Table.Td dir="ltr">{p.sources.join(', ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
