import type { v1 } from '@concord/client';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { TableScroll } from '../../../ui/table-scroll.tsx';
import { conductName } from '../law-labels.ts';
import type { ItemKind } from './publish-items.ts';
import { valueOfKindText } from './publish-value-text.ts';

type Field = v1.LawCountryProfile['csamAgeThreshold'];
type AnyField = {
  readonly effective: {
    readonly value: unknown;
    readonly asOf: string | null;
    readonly sources: readonly string[];
  };
  readonly origin: Field['origin'];
  readonly bundled: { readonly value: unknown };
};

/** The profile in force, item by item, with where each value comes from and the research's value. */
export function ProfileTable({ profile }: { readonly profile: v1.LawCountryProfile }) {
  const { t, date, isolate, number } = useI18n();
  const rows: [string, AnyField, ItemKind][] = [
    ...profile.conducts.map((c): [string, AnyField, ItemKind] => [
      conductName(t, c.conduct),
      c,
      'criminalisation',
    ]),
    [t('law.country.ageThreshold'), profile.csamAgeThreshold, 'age'],
    [t('law.country.extraditesNationals'), profile.extraditesNationals, 'answer'],
    [t('law.country.languages'), profile.acceptedLanguages, 'languages'],
    [t('law.country.centralAuthority'), profile.centralAuthority, 'contact'],
    [t('law.country.contact247'), profile.contact247, 'contact'],
    ...profile.legislation.map((l): [string, AnyField, ItemKind] => [
      t(`law.country.legislation.${l.field}`),
      l,
      'yesNo',
    ]),
  ];
  const valueText = (kind: ItemKind, value: unknown) => valueOfKindText(t, kind, value, number);
  const origin = (o: Field['origin']) =>
    o.kind === 'bundled'
      ? t('law.country.originBundled')
      : `${t('law.country.originPublished')} · ${isolate(o.publisherName ?? o.nodeId)} · ${date(o.publishedAt)}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby="law-profile-title">
      <Title order={2} id="law-profile-title">
        {t('law.country.profile')}
      </Title>
      <TableScroll label={t('law.country.profile')} minWidth={820}>
        <Table data-testid="law-profile">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('law.country.item')}</Table.Th>
              <Table.Th scope="col">{t('law.country.inForce')}</Table.Th>
              <Table.Th scope="col">{t('law.country.origin')}</Table.Th>
              <Table.Th scope="col">{t('law.country.researchValue')}</Table.Th>
              <Table.Th scope="col">{t('law.country.asOf')}</Table.Th>
              <Table.Th scope="col">{t('law.country.sourcesColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([label, field, kind]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row">{label}</Table.Th>
                <Table.Td>
                  <Text span size="sm" fw={field.origin.kind === 'published' ? 600 : 400}>
                    {valueText(kind, field.effective.value)}
                  </Text>
                </Table.Td>
                <Table.Td>{origin(field.origin)}</Table.Td>
                <Table.Td>{valueText(kind, field.bundled.value)}</Table.Td>
                <Table.Td>{field.effective.asOf ?? '—'}</Table.Td>
                <Table.Td dir="ltr">{field.effective.sources.join(', ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}
