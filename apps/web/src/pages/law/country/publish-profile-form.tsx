import type { v1 } from '@concord/client';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, type FormEvent } from 'react';
import { concord } from '../../../api/concord-client.ts';
import { useI18n } from '../../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../../ui/error-alert.tsx';
import { StatusMessage } from '../../../ui/status-message.tsx';
import { itemOf } from './publish-draft.ts';
import { PublishItemField } from './publish-item-field.tsx';
import { fieldOf, GROUPS, ITEMS, type GroupId } from './publish-items.ts';
import { errorsByField, ProblemSummary } from './publish-problems.tsx';
import { PublishReview } from './publish-review.tsx';
import { PublishSourcesFieldset } from './publish-sources-fieldset.tsx';
import { usePublishDraft, type PublishDraftState } from './use-publish-draft.ts';

/**
 * For administrators of this country's own node: edit the profile in force, review what
 * changes, sign it and send it to peers.
 */
export function PublishProfileForm({
  iso2,
  profile,
}: {
  readonly iso2: string;
  readonly profile: v1.LawCountryProfile;
}) {
  const { t, regionName, date, isolate } = useI18n();
  const state = usePublishDraft(profile);
  const { review, publishing, problems } = state;
  const reviewButton = useRef<HTMLButtonElement>(null);
  const errors = errorsByField(t, problems);
  const country = regionName(iso2);
  const publication = profile.publication;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    state.askReview();
  };
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
      <Text size="sm">
        {publication && profile.document
          ? t('law.publish.startPublished', {
              publisher: isolate(publication.publisherName ?? publication.publisherNodeId),
              date: date(publication.publishedAt),
            })
          : t('law.publish.startBundled')}
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="law-publish-title">
        <Stack gap="md">
          <PublishSourcesFieldset state={state} errors={errors} />
          {GROUPS.map((group) => (
            <PublishGroup
              key={group}
              group={group}
              state={state}
              profile={profile}
              errors={errors}
            />
          ))}
          {problems.length > 0 && <ProblemSummary problems={problems} attempt={state.attempts} />}
          <div>
            <Button type="submit" ref={reviewButton} data-testid="law-publish-review-button">
              {t('law.publish.review')}
            </Button>
          </div>
          {review && (
            <PublishReview
              request={review.request}
              changes={review.changes}
              pending={publishing.isPending}
              onPublish={state.publish}
              onCancel={() => {
                state.cancelReview();
                reviewButton.current?.focus();
              }}
            />
          )}
          {publishing.isError && <ErrorAlert error={publishing.error} />}
          {publishing.data && (
            <StatusMessage>
              {t('law.publish.done', { count: publishing.data.sentTo.length })}
            </StatusMessage>
          )}
          {publication?.receivedVia === 'published' && (
            <a href={concord.law.exportUrl()} download>
              {t('law.export.link')}
            </a>
          )}
        </Stack>
      </form>
    </Stack>
  );
}

/** A section of items, collapsed to its heading and count until opened. */
function PublishGroup({
  group,
  state,
  profile,
  errors,
}: {
  readonly group: GroupId;
  readonly state: PublishDraftState;
  readonly profile: v1.LawCountryProfile;
  readonly errors: ReadonlyMap<string, string>;
}) {
  const { t, number } = useI18n();
  const items = ITEMS.filter((d) => d.group === group);
  const published = items.filter((d) => itemOf(state.draft, d.id).choice !== '').length;
  return (
    <Paper withBorder p="sm">
      <details
        open={state.open.has(group)}
        onToggle={(e) => state.toggle(group, e.currentTarget.open)}
        data-testid={`law-publish-group-${group}`}
      >
        <summary style={{ cursor: 'pointer' }}>
          <Text span fw={600}>
            {t(`law.publish.group.${group}`)}
          </Text>{' '}
          <Text span size="sm" c="gray.8">
            (
            {t('law.publish.groupCount', {
              published: number(published),
              total: number(items.length),
            })}
            )
          </Text>
        </summary>
        <Stack gap="md" mt="sm">
          {group === 'contacts' && <Text size="sm">{t('law.publish.contactsHelp')}</Text>}
          {items.map((def) => (
            <PublishItemField
              key={def.id}
              def={def}
              state={state}
              bundled={fieldOf(profile, def.id).bundled.value}
              errors={errors}
            />
          ))}
        </Stack>
      </details>
    </Paper>
  );
}
