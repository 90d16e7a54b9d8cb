import type { v1 } from '@concord/client';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../../ui/error-alert.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { CONDUCTS, MEASURES, URGENCIES, conductName, measureName } from '../law-labels.ts';
import { useLawCountries, usePlan } from '../use-law.ts';
import { PlanView } from './plan-view.tsx';

type Urgency = (typeof URGENCIES)[number];

/** Pick two jurisdictions, conducts and measures; see the plan with its sources, ready to copy. */
export function ComparePage() {
  const { t } = useI18n();
  const countries = useLawCountries();
  const planning = usePlan();
  const [requesting, setRequesting] = useState('');
  const [requested, setRequested] = useState('');
  const [conducts, setConducts] = useState<string[]>([]);
  const [measures, setMeasures] = useState<string[]>([]);
  const [urgency, setUrgency] = useState<Urgency>('routine');
  const [incomplete, setIncomplete] = useState(false);
  const [asked, setAsked] = useState<v1.LawPlanRequest | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const complete =
      requesting !== '' && requested !== '' && conducts.length > 0 && measures.length > 0;
    setIncomplete(!complete);
    if (!complete) return;
    const request = { requesting, requested, conducts, measures, urgency };
    setAsked(request);
    planning.mutate(request);
  };

  return (
    <>
      <PageHeader title={t('law.compare.title')} intro={t('law.compare.intro')} />
      <Stack gap="lg">
        {countries.isError && (
          <ErrorAlert error={countries.error} onRetry={() => void countries.refetch()} />
        )}
        <form onSubmit={submit} noValidate aria-label={t('law.compare.title')}>
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <CountrySelect
                label={t('law.compare.requesting')}
                value={requesting}
                onChange={setRequesting}
                countries={countries.data ?? []}
                testId="law-requesting"
              />
              <CountrySelect
                label={t('law.compare.requested')}
                value={requested}
                onChange={setRequested}
                countries={countries.data ?? []}
                testId="law-requested"
              />
            </SimpleGrid>
            <Fieldset legend={t('law.compare.conducts')} data-testid="law-conducts">
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
                {CONDUCTS.map((c) => (
                  <Checkbox
                    key={c}
                    value={c}
                    label={conductName(t, c)}
                    checked={conducts.includes(c)}
                    onChange={(e) => setConducts(toggle(conducts, c, e.currentTarget.checked))}
                  />
                ))}
              </SimpleGrid>
            </Fieldset>
            <Fieldset legend={t('law.compare.measures')} data-testid="law-measures">
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
                {MEASURES.map((m) => (
                  <Checkbox
                    key={m}
                    value={m}
                    label={measureName(t, m)}
                    checked={measures.includes(m)}
                    onChange={(e) => setMeasures(toggle(measures, m, e.currentTarget.checked))}
                  />
                ))}
              </SimpleGrid>
            </Fieldset>
            <Fieldset legend={t('law.compare.urgency')}>
              <Group gap="lg">
                {URGENCIES.map((u) => (
                  <Radio
                    key={u}
                    name="urgency"
                    value={u}
                    label={t(`law.urgency.${u}`)}
                    checked={urgency === u}
                    onChange={() => setUrgency(u)}
                  />
                ))}
              </Group>
            </Fieldset>
            {incomplete && (
              <Alert color="red" variant="light" role="alert">
                {t('law.compare.incomplete')}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={planning.isPending} data-testid="law-plan-submit">
                {t('law.compare.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
        {planning.isError && <ErrorAlert error={planning.error} />}
        {planning.data && asked && !planning.isPending && (
          <PlanView plan={planning.data} from={asked.requesting} to={asked.requested} />
        )}
      </Stack>
    </>
  );
}

function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
}

function CountrySelect({
  label,
  value,
  onChange,
  countries,
  testId,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (iso2: string) => void;
  readonly countries: readonly v1.LawCountry[];
  readonly testId: string;
}) {
  const { t, regionName, locale } = useI18n();
  const options = countries
    .map((c) => ({ value: c.iso2, label: `${regionName(c.iso2)} (${c.iso2})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: '', label: t('law.compare.chooseCountry') }, ...options]}
      data-testid={testId}
      required
    />
  );
}
