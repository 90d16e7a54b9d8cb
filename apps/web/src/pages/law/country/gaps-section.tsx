import type { v1 } from '@concord/client';
import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { concord } from '../../../api/concord-client.ts';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { TableScroll } from '../../../ui/table-scroll.tsx';
import { resultName, statusName } from '../law-labels.ts';
import { DataText } from '../source-list.tsx';

/** The harmonisation report: each criterion met, not met or unknown, with evidence and sources. */
export function GapsSection({
  iso2,
  report,
}: {
  readonly iso2: string;
  readonly report: v1.LawHarmonisationReport;
}) {
  const { t } = useI18n();
  const { met, not_met: notMet, unknown } = report.totals;
  return (
    <Stack gap="xs" component="section" aria-labelledby="law-gaps-title">
      <Title order={2} id="law-gaps-title">
        {t('law.country.gaps')}
      </Title>
      <Text size="sm">{t('law.country.gapsIntro')}</Text>
      <Text fw={600} data-testid="law-gap-totals">
        {t('law.country.gapsTotals', { met, notMet, unknown })}
      </Text>
      <Group gap="md">
        <Anchor href={concord.law.harmonisationUrl(iso2, 'csv')} download>
          {t('law.country.downloadCsv')}
        </Anchor>
        <Anchor href={concord.law.harmonisationUrl(iso2, 'json')} download>
          {t('law.country.downloadJson')}
        </Anchor>
      </Group>
      <TableScroll label={t('law.country.gaps')} minWidth={900}>
        <Table data-testid="law-gaps">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('law.country.criterion')}</Table.Th>
              <Table.Th scope="col">{t('law.country.status')}</Table.Th>
              <Table.Th scope="col">{t('law.country.result')}</Table.Th>
              <Table.Th scope="col">{t('law.country.evidence')}</Table.Th>
              <Table.Th scope="col">{t('law.country.asOf')}</Table.Th>
              <Table.Th scope="col">{t('law.country.sourcesColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((r) => (
              <Table.Tr key={r.criterion}>
                <Table.Th scope="row">
                  <DataText>{`${r.standard} ${r.article}: ${r.label}`}</DataText>
                </Table.Th>
                <Table.Td>{r.partyStatus === null ? '—' : statusName(t, r.partyStatus)}</Table.Td>
                <Table.Td>{resultName(t, r.result)}</Table.Td>
                <Table.Td>
                  <DataText>{r.evidence}</DataText>
                </Table.Td>
                <Table.Td>{r.asOf ?? '—'}</Table.Td>
                <Table.Td dir="ltr">{r.sources.join(', ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
