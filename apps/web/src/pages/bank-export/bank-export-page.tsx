import type { v1 } from '@concord/client';
import {
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { EXCHANGE_FORMATS, isExchangeFormat } from '../../api/exchange-formats.ts';
import { isPurpose, PURPOSES } from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { paths } from '../../routing/paths.ts';
import { routeParam } from '../../routing/route-match.ts';
import type { PageProps } from '../../routing/routes.ts';
import { Breadcrumbs } from '../../ui/breadcrumbs.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { HandlingSummary } from '../../ui/handling-labels.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { useBank } from '../banks/use-banks.ts';
import type { BankExportResult } from './download-bank-export.ts';
import { useBankExport, type BankExport } from './use-bank-export.ts';

/** Exporting a bank as a hash-set file, for a stated purpose that the audit trail records. */
export function BankExportPage({ params }: PageProps) {
  const { t, isolate } = useI18n();
  const name = routeParam(params, 'bank');
  const bank = useBank(name);
  const exporting = useBankExport(name);
  return (
    <>
      <Breadcrumbs
        crumbs={[
          { label: t('banks.title'), path: paths.banks },
          { label: name, path: paths.bank(name), isName: true },
          { label: t('export.crumb'), path: null },
        ]}
      />
      <PageHeader title={t('export.title', { name: isolate(name) })} intro={t('export.intro')} />
      <Stack>
        {bank.isPending && <LoadingState />}
        {bank.isError && <ErrorAlert error={bank.error} onRetry={() => void bank.refetch()} />}
        {bank.data && <ExportForm bank={bank.data} exporting={exporting} />}
        {exporting.result && <ExportOutcome result={exporting.result} />}
      </Stack>
    </>
  );
}

function ExportForm({
  bank,
  exporting,
}: {
  readonly bank: v1.Bank;
  readonly exporting: BankExport;
}) {
  const { t } = useI18n();
  return (
    <Paper withBorder p="md" component="section" aria-label={t('export.formLabel')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          exporting.submit();
        }}
      >
        <Stack gap="md">
          <Group gap="sm">
            <Text size="sm" fw={600}>
              {t('export.bankHandling')}
            </Text>
            <HandlingSummary handling={bank.handling} />
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <NativeSelect
              label={t('export.format')}
              description={t(`formatHolds.${exporting.format}`)}
              inputWrapperOrder={['label', 'input', 'description']}
              name="format"
              value={exporting.format}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isExchangeFormat(value)) exporting.setFormat(value);
              }}
              data={EXCHANGE_FORMATS.map((format) => ({
                value: format,
                label: t(`format.${format}`),
              }))}
            />
            <Radio.Group
              label={t('export.purpose')}
              description={t('export.purposeHint')}
              required
              value={exporting.purpose}
              onChange={(value) => {
                if (isPurpose(value)) exporting.setPurpose(value);
              }}
              error={exporting.problem ? t(exporting.problem) : undefined}
              name="purpose"
            >
              <Stack gap="xs" mt="xs">
                {PURPOSES.map((purpose) => (
                  <Radio key={purpose} value={purpose} label={t(`purpose.${purpose}`)} />
                ))}
              </Stack>
            </Radio.Group>
          </SimpleGrid>
          {exporting.error ? <ErrorAlert error={exporting.error} /> : null}
          <Group>
            <Button type="submit" loading={exporting.pending}>
              {t('export.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ExportOutcome({ result }: { readonly result: BankExportResult }) {
  const { t, number, isolate } = useI18n();
  const count = (value: number | null) => (value === null ? t('common.unknown') : number(value));
  return (
    <StatusMessage>
      <Stack gap={4} data-testid="export-outcome">
        <Text size="sm" fw={600}>
          {t('export.done', { name: isolate(result.fileName) })}
        </Text>
        <List size="sm">
          <List.Item data-testid="export-withheld">
            {t('export.withheld', { count: count(result.withheld) })}
          </List.Item>
          <List.Item data-testid="export-not-in-format">
            {t('export.notInFormat', { count: count(result.notInFormat) })}
          </List.Item>
        </List>
        {result.notInFormat !== null && result.notInFormat > 0 && (
          <Text size="sm">{t('export.notInFormatHint')}</Text>
        )}
      </Stack>
    </StatusMessage>
  );
}
