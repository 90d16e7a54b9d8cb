import { Button, Checkbox, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { PERMISSIONS } from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { OneTimeSecret } from '../../ui/one-time-secret.tsx';
import type { ApiTokens } from './use-api-tokens.ts';

export function CreateTokenDialog({
  opened,
  onClose,
  tokens,
}: {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly tokens: ApiTokens;
}) {
  const { t, isolate } = useI18n();
  const form = tokens.creation;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('tokens.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      {form.created ? (
        <Stack>
          <Text size="sm">
            {t('tokens.createdIntro', { name: isolate(form.created.apiToken.name) })}
          </Text>
          <OneTimeSecret
            label={t('tokens.tokenLabel')}
            value={form.created.token}
            warning={t('tokens.warning')}
            testId="api-token"
          />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            form.submit();
          }}
        >
          <Stack>
            <TextInput
              label={t('tokens.name')}
              description={t('tokens.nameHint')}
              name="token-name"
              autoComplete="off"
              required
              value={form.values.name}
              onChange={(event) => form.set('name', event.currentTarget.value)}
              error={form.problems.name ? t(form.problems.name) : undefined}
              data-autofocus
            />
            <Checkbox.Group
              label={t('tokens.scopes')}
              description={t('tokens.scopesHint')}
              required
              value={[...form.values.scopes]}
              onChange={(chosen) =>
                form.set(
                  'scopes',
                  PERMISSIONS.filter((p) => chosen.includes(p)),
                )
              }
              error={form.problems.scopes ? t(form.problems.scopes) : undefined}
            >
              <Stack gap="xs" mt="xs">
                {tokens.grantable.map((permission) => (
                  <Checkbox
                    key={permission}
                    value={permission}
                    label={
                      <>
                        {t(`permission.${permission}`)}{' '}
                        <Text component="span" size="xs" ff="monospace" dir="ltr">
                          ({permission})
                        </Text>
                      </>
                    }
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <NumberInput
              label={t('tokens.expiresInDays')}
              description={t('tokens.expiresInDaysHint')}
              name="expires-in-days"
              min={1}
              max={365}
              allowDecimal={false}
              allowNegative={false}
              required
              value={form.values.expiresInDays}
              onChange={(value) => form.set('expiresInDays', value)}
              error={form.problems.expiresInDays ? t(form.problems.expiresInDays) : undefined}
              maw={200}
            />
            {form.error ? <ErrorAlert error={form.error} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={form.pending}>
                {t('tokens.createSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
