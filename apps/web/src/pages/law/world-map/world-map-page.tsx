import type { v1 } from '@concord/client';
import { Anchor, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { linkProps } from '../../../routing/link-props.ts';
import { paths } from '../../../routing/paths.ts';
import { ErrorAlert } from '../../../ui/error-alert.tsx';
import { LoadingState } from '../../../ui/loading-state.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { TableScroll } from '../../../ui/table-scroll.tsx';
import { INSTRUMENTS, categoryName } from '../law-labels.ts';
import { SourceList } from '../source-list.tsx';
import { useLawMap } from '../use-law.ts';
import { categoryColour, NO_DATA_COLOUR } from './map-colours.ts';
import { WorldMapSvg } from './world-map-svg.tsx';

/** The world coloured by a treaty's party status or by harmonisation gaps, with a table beside it. */
export function WorldMapPage() {
  const { t } = useI18n();
  const [choice, setChoice] = useState<string>('BUDAPEST');
  const map = useLawMap(choice);
  const options = [
    ...INSTRUMENTS.map((id) => ({
      value: id,
      label: t('law.map.byInstrument', { instrument: id }),
    })),
    { value: 'gaps', label: t('law.map.byGaps') },
  ];
  const what = options.find((o) => o.value === choice)?.label ?? choice;
  return (
    <>
      <PageHeader title={t('law.map.title')} intro={t('law.map.intro')} />
      <Stack gap="lg">
        <NativeSelect
          label={t('law.map.colourBy')}
          data={options}
          value={choice}
          onChange={(e) => setChoice(e.currentTarget.value)}
          maw={420}
          data-testid="law-map-choice"
        />
        {map.isPending && <LoadingState />}
        {map.isError && <ErrorAlert error={map.error} onRetry={() => void map.refetch()} />}
        {map.data && (
          <>
            <WorldMapSvg map={map.data} title={t('law.map.label', { what })} />
            <Legend map={map.data} />
            <CountryTable map={map.data} />
            <Stack gap="xs" component="section" aria-labelledby="law-map-sources">
              <Title order={2} id="law-map-sources">
                {t('law.country.sources')}
              </Title>
              <SourceList sources={map.data.sources} />
            </Stack>
          </>
        )}
      </Stack>
    </>
  );
}

function Swatch({ colour }: { readonly colour: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: 16,
        height: 16,
        background: colour,
        border: '1px solid #5c5c5c',
        verticalAlign: 'middle',
      }}
    />
  );
}

function Legend({ map }: { readonly map: v1.LawMap }) {
  const { t } = useI18n();
  return (
    <Stack gap="xs" component="section" aria-labelledby="law-map-legend">
      <Title order={2} id="law-map-legend">
        {t('law.map.legend')}
      </Title>
      <Group
        component="ul"
        gap="md"
        className="law-legend"
        data-testid="law-map-legend"
        style={{ listStyle: 'none', padding: 0 }}
      >
        {map.legend.map((l) => (
          <li key={l.category}>
            <Group gap={6} wrap="nowrap">
              <Swatch colour={categoryColour(map.metric, l.category)} />
              <Text size="sm">
                {t('law.map.legendCount', {
                  label: categoryName(t, map.metric, l.category),
                  count: l.count,
                })}
              </Text>
            </Group>
          </li>
        ))}
        <li>
          <Group gap={6} wrap="nowrap">
            <Swatch colour={NO_DATA_COLOUR} />
            <Text size="sm">{t('law.map.noData')}</Text>
          </Group>
        </li>
      </Group>
    </Stack>
  );
}

function CountryTable({ map }: { readonly map: v1.LawMap }) {
  const { t, regionName, locale } = useI18n();
  const rows = [...map.countries].sort((a, b) =>
    regionName(a.iso2).localeCompare(regionName(b.iso2), locale),
  );
  return (
    <Stack gap="xs" component="section" aria-labelledby="law-map-table">
      <Title order={2} id="law-map-table">
        {t('law.map.table')}
      </Title>
      <TableScroll label={t('law.map.table')} minWidth={560}>
        <Table data-testid="law-map-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('law.map.country')}</Table.Th>
              <Table.Th scope="col">{t('law.map.category')}</Table.Th>
              <Table.Th scope="col">{t('law.country.asOf')}</Table.Th>
              <Table.Th scope="col">{t('law.country.sourcesColumn')}</Table.Th>
              <Table.Th scope="col">{t('law.map.authority')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={c.iso2} data-iso2={c.iso2}>
                <Table.Th scope="row">
                  <Anchor {...linkProps(paths.lawCountry(c.iso2))}>{regionName(c.iso2)}</Anchor>
                </Table.Th>
                <Table.Td>{categoryName(t, map.metric, c.category)}</Table.Td>
                <Table.Td>{c.partyStatus?.asOf ?? '—'}</Table.Td>
                <Table.Td dir="ltr">{c.partyStatus?.sources.join(', ') || '—'}</Table.Td>
                <Table.Td>
                  {c.authoritative === 'published'
                    ? t('law.country.originPublished')
                    : t('law.country.originBundled')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
