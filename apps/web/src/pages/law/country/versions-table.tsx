import type { v1 } from '@concord/client';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { TableScroll } from '../../../ui/table-scroll.tsx';

/** Every published version held for the country, newest first: all are kept, the newest is in force. */
export function VersionsTable({
  versions,
}: {
  readonly versions: readonly v1.LawProfileVersion[];
}) {
  const { t, dateTime, isolate } = useI18n();
  return (
    <Stack gap="xs" component="section" aria-labelledby="law-versions-title">
      <Title order={2} id="law-versions-title">
        {t('law.country.versions')}
      </Title>
      {versions.length === 0 ? (
        <Text>{t('law.country.noVersions')}</Text>
      ) : (
        <TableScroll label={t('law.country.versions')} minWidth={640}>
          <Table data-testid="law-versions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('law.country.publishedAt')}</Table.Th>
                <Table.Th scope="col">{t('law.country.publisher')}</Table.Th>
                <Table.Th scope="col">{t('law.country.receivedVia')}</Table.Th>
                <Table.Th scope="col">{t('law.country.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Th scope="row">
                    <time dateTime={v.publishedAt}>{dateTime(v.publishedAt)}</time>
                  </Table.Th>
                  <Table.Td>{isolate(v.publisherName ?? v.publisherNodeId)}</Table.Td>
                  <Table.Td>{t(`law.via.${v.receivedVia}`)}</Table.Td>
                  <Table.Td>
                    {v.authoritative ? t('law.country.current') : t('law.country.superseded')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
