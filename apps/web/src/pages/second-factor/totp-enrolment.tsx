import { Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { CopyButton } from '../../ui/copy-button.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { QrCodeSvg } from './qr-code-svg.tsx';
import type { useTotpEnrolment } from './use-totp-enrolment.ts';

/** The enrolment steps: start, scan (or type the key), confirm with a code. */
export function TotpEnrolment({
  enrolment: state,
}: {
  readonly enrolment: ReturnType<typeof useTotpEnrolment>;
}) {
  const { t } = useI18n();
  if (state.done) return <StatusMessage>{t('totp.done')}</StatusMessage>;
  if (!state.enrolment) {
    return (
      <Stack>
        {state.error ? <ErrorAlert error={state.error} /> : null}
        <Button
          onClick={state.start}
          loading={state.starting}
          w="fit-content"
          data-testid="totp-start"
        >
          {t('totp.start')}
        </Button>
      </Stack>
    );
  }
  const { secret, otpauthUri } = state.enrolment;
  return (
    <Stack>
      <Text size="sm">{t('totp.scan')}</Text>
      <QrCodeSvg text={otpauthUri} label={t('totp.qrLabel')} />
      <Text size="sm" id="totp-secret-label">
        {t('totp.manual')}
      </Text>
      <Group gap="sm" wrap="nowrap">
        <Code
          block
          className="secret-value"
          data-testid="totp-secret"
          aria-labelledby="totp-secret-label"
          dir="ltr"
        >
          {secret}
        </Code>
        <CopyButton value={secret} label={t('totp.copyKey')} />
      </Group>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          state.confirm();
        }}
      >
        <Stack>
          <Text size="sm">{t('totp.enterCode')}</Text>
          <TextInput
            label={t('signIn.code')}
            name="totp-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            dir="ltr"
            value={state.code}
            onChange={(event) => state.setCode(event.currentTarget.value)}
            error={state.problem ? t(state.problem) : undefined}
            maw={240}
          />
          {state.error ? <ErrorAlert error={state.error} /> : null}
          <Button type="submit" loading={state.confirming} w="fit-content">
            {t('totp.confirm')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
