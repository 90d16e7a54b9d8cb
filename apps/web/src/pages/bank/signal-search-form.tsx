import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import {
  GRADE_SCHEMES,
  isGradeScheme,
  isPurpose,
  isSignalType,
  PURPOSES,
  SIGNAL_TYPES,
} from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { SIGNAL_TYPE_NAMES } from '../../ui/signal-names.ts';
import type { SignalSearchState } from './use-signal-search.ts';

export function SignalSearchForm({ search }: { readonly search: SignalSearchState }) {
  const { t } = useI18n();
  const { draft } = search;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="signal-search-heading">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          search.apply();
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4" id="signal-search-heading">
            {t('signals.search')}
          </Title>
          <NativeSelect
            label={t('signals.purpose')}
            description={t('signals.purposeHint')}
            inputWrapperOrder={['label', 'input', 'description']}
            name="purpose"
            maw={420}
            value={draft.purpose}
            onChange={(event) => {
              const value = event.currentTarget.value;
              search.set('purpose', isPurpose(value) ? value : '');
            }}
            data={[
              { value: '', label: t('signals.noPurpose') },
              ...PURPOSES.map((purpose) => ({ value: purpose, label: t(`purpose.${purpose}`) })),
            ]}
          />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <NativeSelect
              label={t('signals.type')}
              name="type"
              value={draft.type}
              onChange={(event) => {
                const value = event.currentTarget.value;
                search.set('type', isSignalType(value) ? value : '');
              }}
              data={[
                { value: '', label: t('signals.anyType') },
                ...SIGNAL_TYPES.map((type) => ({ value: type, label: SIGNAL_TYPE_NAMES[type] })),
              ]}
            />
            <TextInput
              label={t('signals.value')}
              name="value"
              dir="ltr"
              classNames={{ input: 'hash-input' }}
              autoComplete="off"
              spellCheck={false}
              value={draft.value}
              onChange={(event) => search.set('value', event.currentTarget.value)}
            />
            <TextInput
              label={t('signals.series')}
              name="series"
              autoComplete="off"
              value={draft.series}
              onChange={(event) => search.set('series', event.currentTarget.value)}
            />
            <NativeSelect
              label={t('signals.gradeScheme')}
              name="grade-scheme"
              value={draft.gradeScheme}
              onChange={(event) => {
                const value = event.currentTarget.value;
                search.set('gradeScheme', isGradeScheme(value) ? value : '');
              }}
              data={[
                { value: '', label: t('signals.anyScheme') },
                ...GRADE_SCHEMES.map((scheme) => ({
                  value: scheme,
                  label: t(`gradeScheme.${scheme}`),
                })),
              ]}
            />
            <TextInput
              label={t('signals.gradeValue')}
              description={t('signals.gradeValueHint')}
              inputWrapperOrder={['label', 'input', 'description']}
              name="grade-value"
              dir="ltr"
              autoComplete="off"
              value={draft.gradeValue}
              onChange={(event) => search.set('gradeValue', event.currentTarget.value)}
            />
            <Checkbox
              label={t('signals.includeRetracted')}
              checked={draft.includeRetracted}
              onChange={(event) => search.set('includeRetracted', event.currentTarget.checked)}
              mt={{ base: 0, sm: 'xl' }}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit">{t('signals.apply')}</Button>
            <Button variant="default" onClick={search.clear}>
              {t('signals.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
