import type { v1 } from '@concord/client';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DefinitionEntry } from '../../ui/definition-entry.tsx';
import { PapLabel, TlpLabel } from '../../ui/handling-labels.tsx';
import { BankOrigin } from '../banks/bank-origin.tsx';

/** A bank's default handling code, spelt out, and its counts and dates. */
export function BankSummary({ bank }: { readonly bank: v1.Bank }) {
  const { t, number, dateTime, list } = useI18n();
  const { handling } = bank;
  const { restrictions } = handling;
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="bank-summary-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="bank-summary-heading">
          {t('bank.summaryTitle')}
        </Title>
        <Text size="sm">{t('bank.summaryIntro')}</Text>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl" data-testid="bank-summary">
          <dl className="definition-list">
            <DefinitionEntry term={t('banks.tlp')}>
              <Stack gap={2} align="flex-start">
                <TlpLabel tlp={handling.tlp} />
                <Text size="sm">{t(`tlp.${handling.tlp}`)}</Text>
              </Stack>
            </DefinitionEntry>
            <DefinitionEntry term={t('banks.pap')}>
              <Stack gap={2} align="flex-start">
                <PapLabel pap={handling.pap} />
                <Text size="sm">{t(`pap.${handling.pap}`)}</Text>
              </Stack>
            </DefinitionEntry>
            <DefinitionEntry term={t('handling.noOnwardTransmission')}>
              {yesNo(restrictions.noOnwardTransmission)}
            </DefinitionEntry>
            <DefinitionEntry term={t('handling.intelligenceOnly')}>
              {yesNo(restrictions.intelligenceOnly)}
            </DefinitionEntry>
            <DefinitionEntry term={t('banks.retainUntil')}>
              {restrictions.retainUntil
                ? dateTime(restrictions.retainUntil)
                : t('bank.noRetentionLimit')}
            </DefinitionEntry>
            <DefinitionEntry term={t('banks.permittedPurposes')}>
              {restrictions.permittedPurposes
                ? list(restrictions.permittedPurposes.map((p) => t(`purpose.${p}`)))
                : t('bank.anyPurpose')}
            </DefinitionEntry>
          </dl>
          <dl className="definition-list">
            <DefinitionEntry term={t('banks.origin')}>
              <BankOrigin origin={bank.origin} />
            </DefinitionEntry>
            <DefinitionEntry term={t('banks.signalCount')}>
              <span data-testid="bank-signal-count">{number(bank.signalCount)}</span>
            </DefinitionEntry>
            <DefinitionEntry term={t('bank.created')}>{dateTime(bank.createdAt)}</DefinitionEntry>
            <DefinitionEntry term={t('banks.updated')}>{dateTime(bank.updatedAt)}</DefinitionEntry>
          </dl>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
