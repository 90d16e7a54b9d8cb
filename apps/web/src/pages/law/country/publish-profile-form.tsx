import type { v1 } from '@concord/client';
import {
  Alert,
  Button,
  Fieldset,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { concord } from '../../../api/concord-client.ts';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../../ui/error-alert.tsx';
import { StatusMessage } from '../../../ui/status-message.tsx';
import { CONDUCTS, conductName } from '../law-labels.ts';
import { usePublishProfile } from '../use-law.ts';
import {
  draftFrom,
  requestFrom,
  type Choice,
  type DraftProblem,
  type PublishDraft,
} from './publish-draft.ts';

const CHOICES = ['', 'yes', 'no', 'partial', 'unknown'] as const satisfies readonly Choice[];

function isChoice(value: string): value is Choice {
  return (CHOICES as readonly string[]).includes(value);
}

/** For administrators of this country's own node: edit the profile, sign it, send it to peers. */
export function PublishProfileForm({
  iso2,
  profile,
}: {
  readonly iso2: string;
  readonly profile: v1.LawCountryProfile;
}) {
  const { t, regionName } = useI18n();
  const publishing = usePublishProfile();
  const [draft, setDraft] = useState<PublishDraft>(() => draftFrom(profile));
  const [problem, setProblem] = useState<DraftProblem | null>(null);
  const choices = CHOICES.map((c) => ({
    value: c,
    label: c === '' ? t('law.publish.unchanged') : t(`law.crim.${c}`),
  }));
  const set = (change: Partial<PublishDraft>) => setDraft({ ...draft, ...change });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = requestFrom(draft);
    setProblem(built.ok ? null : built.problem);
    if (built.ok) publishing.mutate(built.request);
  };
  const country = regionName(iso2);
  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby="law-publish-title"
      data-testid="law-publish"
    >
      <Title order={2} id="law-publish-title">
        {t('law.publish.title', { country })}
      </Title>
      <Text size="sm">{t('law.publish.intro', { country })}</Text>
      <form onSubmit={submit} noValidate aria-labelledby="law-publish-title">
        <Stack gap="md">
          <Fieldset legend={t('law.country.profile')}>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
              {CONDUCTS.map((c) => (
                <NativeSelect
                  key={c}
                  label={conductName(t, c)}
                  data={choices}
                  value={draft.conducts[c] ?? ''}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    if (isChoice(v)) set({ conducts: { ...draft.conducts, [c]: v } });
                  }}
                />
              ))}
              <NativeSelect
                label={t('law.country.extraditesNationals')}
                data={choices}
                value={draft.extraditesNationals}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  if (isChoice(v)) set({ extraditesNationals: v });
                }}
              />
              <TextInput
                label={t('law.publish.age')}
                inputMode="numeric"
                value={draft.age}
                onChange={(e) => set({ age: e.currentTarget.value })}
              />
            </SimpleGrid>
          </Fieldset>
          <Fieldset legend={t('law.country.sources')}>
            <Text size="sm" mb="xs">
              {t('law.publish.sourceHelp')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('law.publish.sourceId')}
                value={draft.source.id}
                onChange={(e) => set({ source: { ...draft.source, id: e.currentTarget.value } })}
                required
              />
              <TextInput
                label={t('law.publish.sourceTitle')}
                value={draft.source.title}
                onChange={(e) => set({ source: { ...draft.source, title: e.currentTarget.value } })}
                required
              />
              <TextInput
                label={t('law.publish.sourceRef')}
                value={draft.source.ref}
                onChange={(e) => set({ source: { ...draft.source, ref: e.currentTarget.value } })}
                required
              />
            </SimpleGrid>
            <TextInput
              mt="sm"
              label={t('law.publish.note')}
              value={draft.note}
              onChange={(e) => set({ note: e.currentTarget.value })}
            />
          </Fieldset>
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {t(problem)}
            </Alert>
          )}
          {publishing.isError && <ErrorAlert error={publishing.error} />}
          {publishing.data && (
            <StatusMessage>
              {t('law.publish.done', { count: publishing.data.sentTo.length })}
            </StatusMessage>
          )}
          <div>
            <Button type="submit" loading={publishing.isPending} data-testid="law-publish-submit">
              {t('law.publish.submit')}
            </Button>
          </div>
          {profile.publication?.receivedVia === 'published' && (
            <a href={concord.law.exportUrl()} download>
              {t('law.export.link')}
            </a>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
