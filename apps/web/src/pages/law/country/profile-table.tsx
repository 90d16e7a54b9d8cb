import type { v1 } from '@concord/client';
import { Stack, Table, Text, Title } from '@mantine/core';
import type { Translate } from '../../../i18n/catalogue.ts';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { TableScroll } from '../../../ui/table-scroll.tsx';
import { conductName } from '../law-labels.ts';

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

/** A value of any profile item, in words. */
export function valueText(t: Translate, value: unknown): string {
  if (value === 'yes' || value === 'no' || value === 'partial' || value === 'unknown')
    return t(`law.crim.${value}`);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object' && value !== null && 'name' in value) {
    // Only contact points are objects with a name among profile values (LawContactPoint).
    const contact = value as { name: string; phone: string | null; email: string | null };
    return [contact.name, contact.phone, contact.email].filter((x) => x !== null).join(' · ');
  }
  return String(value);
}

/** The profile in force, item by item, with where each value comes from and the research's value. */
export function ProfileTable({ profile }: { readonly profile: v1.LawCountryProfile }) {
  const { t, date, isolate } = useI18n();
  const rows: [string, AnyField][] = [
    ...profile.conducts.map((c): [string, AnyField] => [conductName(t, c.conduct), c]),
    [t('law.country.ageThreshold'), profile.csamAgeThreshold],
    [t('law.country.extraditesNationals'), profile.extraditesNationals],
    [t('law.country.languages'), profile.acceptedLanguages],
    [t('law.country.centralAuthority'), profile.centralAuthority],
    [t('law.country.contact247'), profile.contact247],
    ...profile.legislation.map((l): [string, AnyField] => [
      t(`law.country.legislation.${l.field}`),
      l,
    ]),
  ];
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
            {rows.map(([label, field]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row">{label}</Table.Th>
                <Table.Td>
                  <Text span size="sm" fw={field.origin.kind === 'published' ? 600 : 400}>
                    {valueText(t, field.effective.value)}
                  </Text>
                </Table.Td>
                <Table.Td>{origin(field.origin)}</Table.Td>
                <Table.Td>{valueText(t, field.bundled.value)}</Table.Td>
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
