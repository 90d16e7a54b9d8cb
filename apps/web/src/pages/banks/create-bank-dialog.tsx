import { Button, Fieldset, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { HandlingFields } from '../../ui/handling-fields.tsx';
import type { CreateBankForm } from './use-create-bank.ts';

/** The create-bank form: a name, a description and the default handling code of its signals. */
export function CreateBankDialog({
  opened,
  onClose,
  form,
}: {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly form: CreateBankForm;
}) {
  const { t } = useI18n();
  const { values, problems } = form;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('banks.createTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          form.submit();
        }}
      >
        <Stack>
          <TextInput
            label={t('banks.name')}
            description={t('banks.nameHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            name="bank-name"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            dir="ltr"
            value={values.name}
            onChange={(event) => form.set('name', event.currentTarget.value)}
            error={problems.name ? t(problems.name) : undefined}
            data-autofocus
          />
          <Textarea
            label={t('banks.description')}
            name="bank-description"
            autosize
            minRows={2}
            value={values.description}
            onChange={(event) => form.set('description', event.currentTarget.value)}
            error={problems.description ? t(problems.description) : undefined}
          />
          <Fieldset legend={t('banks.handlingLegend')} variant="filled">
            <HandlingFields
              values={values}
              retainUntilProblem={problems.retainUntil}
              onChange={form.setHandling}
            />
          </Fieldset>
          {form.error ? <ErrorAlert error={form.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.pending}>
              {t('banks.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
