import type { v1 } from '@concord/client';
import { Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { CopyButton } from '../../../ui/copy-button.tsx';
import { TableScroll } from '../../../ui/table-scroll.tsx';
import { conductName, criminalisationName, measureName } from '../law-labels.ts';
import { DataText, SourceList } from '../source-list.tsx';
import { deadlineText, planAsText } from './plan-text.ts';

/** A cooperation plan: legal bases, steps in order, dual criminality, warnings, exclusions, sources. */
export function PlanView({
  plan,
  from,
  to,
}: {
  readonly plan: v1.LawPlan;
  readonly from: string;
  readonly to: string;
}) {
  const { t, regionName } = useI18n();
  const names = { from: regionName(from), to: regionName(to) };
  return (
    <Stack component="section" aria-labelledby="plan-title" gap="md" data-testid="law-plan">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} id="plan-title">
          {t('law.plan.title', names)}
        </Title>
        <Group gap="xs">
          <CopyButton value={planAsText(t, names, plan)} label={t('law.plan.copyText')} size="sm" />
          <CopyButton
            value={JSON.stringify(plan, null, 2)}
            label={t('law.plan.copyJson')}
            size="sm"
          />
        </Group>
      </Group>
      <Text size="sm" c="gray.8">
        {t('law.dataInEnglish')}
      </Text>

      <Title order={3}>{t('law.plan.legalBases')}</Title>
      {plan.legalBases.length === 0 ? (
        <Text>{t('law.plan.noLegalBasis')}</Text>
      ) : (
        <TableScroll label={t('law.plan.legalBases')} minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('law.plan.instrument')}</Table.Th>
                <Table.Th scope="col">{t('law.plan.articles')}</Table.Th>
                <Table.Th scope="col">{t('law.plan.measures')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.legalBases.map((b) => (
                <Table.Tr key={b.instrument}>
                  <Table.Th scope="row">{b.instrument}</Table.Th>
                  <Table.Td dir="ltr">{b.articles.join(', ')}</Table.Td>
                  <Table.Td>{b.measures.map((m) => measureName(t, m)).join(' · ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}

      <Title order={3}>{t('law.plan.steps')}</Title>
      {plan.steps.length === 0 ? (
        <Text>{t('law.plan.noSteps')}</Text>
      ) : (
        <List type="ordered" spacing="sm" data-testid="plan-steps">
          {plan.steps.map((s) => (
            <List.Item key={s.order}>
              <Text fw={600} size="sm">
                {t('law.plan.step', {
                  order: s.order,
                  measure: measureName(t, s.measure),
                  instrument: s.instrument,
                  article: s.article,
                })}
              </Text>
              <Text size="sm">{deadlineText(t, s.deadline)}</Text>
              <DataText>{s.summary}</DataText>
            </List.Item>
          ))}
        </List>
      )}

      <Title order={3}>{t('law.plan.dualCriminality')}</Title>
      <TableScroll label={t('law.plan.dualCriminality')} minWidth={640}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('law.plan.conduct')}</Table.Th>
              <Table.Th scope="col">{names.from}</Table.Th>
              <Table.Th scope="col">{names.to}</Table.Th>
              <Table.Th scope="col">{t('law.plan.required')}</Table.Th>
              <Table.Th scope="col">{t('law.plan.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.dualCriminality.map((d) => (
              <Table.Tr key={d.conduct}>
                <Table.Th scope="row">{conductName(t, d.conduct)}</Table.Th>
                <Table.Td>{criminalisationName(t, d.requesting)}</Table.Td>
                <Table.Td>{criminalisationName(t, d.requested)}</Table.Td>
                <Table.Td>{t(`law.required.${d.required}`)}</Table.Td>
                <Table.Td>{t(`law.dc.${d.result}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>

      <Title order={3}>{t('law.plan.warnings')}</Title>
      {plan.warnings.length === 0 ? (
        <Text>{t('law.plan.noWarnings')}</Text>
      ) : (
        <List spacing="xs" data-testid="plan-warnings">
          {plan.warnings.map((w, i) => (
            <List.Item key={`${w.code}-${i}`}>
              <Text span size="sm" ff="monospace" fw={700} me="xs" dir="ltr">
                {w.code}
              </Text>
              <DataText>{w.message}</DataText>
            </List.Item>
          ))}
        </List>
      )}

      <Title order={3}>{t('law.plan.excluded')}</Title>
      <List spacing="xs">
        {plan.excluded.map((e) => (
          <List.Item key={e.instrument}>
            <Text span fw={600} size="sm">
              {e.instrument}
            </Text>{' '}
            <DataText>{e.reason}</DataText>
          </List.Item>
        ))}
      </List>

      <Title order={3}>{t('law.plan.sources')}</Title>
      <SourceList sources={plan.sources} />
    </Stack>
  );
}
