import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { AUDIT_OUTCOMES } from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { isAuditOutcome } from './audit-filters.ts';
import type { AuditTrail } from './use-audit-trail.ts';

export function AuditFiltersForm({ trail }: { readonly trail: AuditTrail }) {
  const { t } = useI18n();
  const { draft } = trail;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="audit-filters-heading">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          trail.apply();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="audit-filters-heading">
            {t('audit.filters')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            <TextInput
              label={t('audit.actor')}
              name="actor"
              dir="ltr"
              value={draft.actor}
              onChange={(event) => trail.set('actor', event.currentTarget.value)}
            />
            <TextInput
              label={t('audit.action')}
              description={t('audit.actionHint')}
              inputWrapperOrder={['label', 'input', 'description']}
              name="action"
              dir="ltr"
              value={draft.action}
              onChange={(event) => trail.set('action', event.currentTarget.value)}
            />
            <TextInput
              label={t('audit.objectType')}
              name="object-type"
              dir="ltr"
              value={draft.objectType}
              onChange={(event) => trail.set('objectType', event.currentTarget.value)}
            />
            <TextInput
              label={t('audit.objectId')}
              name="object-id"
              dir="ltr"
              value={draft.objectId}
              onChange={(event) => trail.set('objectId', event.currentTarget.value)}
            />
            <NativeSelect
              label={t('audit.outcome')}
              name="outcome"
              value={draft.outcome}
              onChange={(event) => {
                const value = event.currentTarget.value;
                trail.set('outcome', isAuditOutcome(value) ? value : '');
              }}
              data={[
                { value: '', label: t('audit.anyOutcome') },
                ...AUDIT_OUTCOMES.map((outcome) => ({
                  value: outcome,
                  label: t(`outcome.${outcome}`),
                })),
              ]}
            />
            <TextInput
              type="datetime-local"
              label={t('audit.from')}
              name="from"
              step={1}
              value={draft.from}
              onChange={(event) => trail.set('from', event.currentTarget.value)}
              error={trail.problem ? t(trail.problem) : undefined}
            />
            <TextInput
              type="datetime-local"
              label={t('audit.to')}
              name="to"
              step={1}
              value={draft.to}
              onChange={(event) => trail.set('to', event.currentTarget.value)}
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('audit.timesHint')}
          </Text>
          <Group>
            <Button type="submit">{t('audit.apply')}</Button>
            <Button variant="default" onClick={trail.clear}>
              {t('audit.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
