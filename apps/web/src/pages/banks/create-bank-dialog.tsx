import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { PAP_LEVELS, PURPOSES, TLP_LEVELS } from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
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
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={t('banks.tlp')}
                  description={t(`tlp.${values.tlp}`)}
                  inputWrapperOrder={['label', 'input', 'description']}
                  name="tlp"
                  value={values.tlp}
                  onChange={(event) => {
                    const tlp = TLP_LEVELS.find((level) => level === event.currentTarget.value);
                    if (tlp) form.set('tlp', tlp);
                  }}
                  data={TLP_LEVELS.map((level) => ({ value: level, label: `TLP:${level}` }))}
                />
                <NativeSelect
                  label={t('banks.pap')}
                  description={t(`pap.${values.pap}`)}
                  inputWrapperOrder={['label', 'input', 'description']}
                  name="pap"
                  value={values.pap}
                  onChange={(event) => {
                    const pap = PAP_LEVELS.find((level) => level === event.currentTarget.value);
                    if (pap) form.set('pap', pap);
                  }}
                  data={PAP_LEVELS.map((level) => ({ value: level, label: `PAP:${level}` }))}
                />
              </SimpleGrid>
              <Checkbox
                label={t('handling.noOnwardTransmission')}
                description={t('banks.noOnwardTransmissionHint')}
                checked={values.noOnwardTransmission}
                onChange={(event) => form.set('noOnwardTransmission', event.currentTarget.checked)}
              />
              <Checkbox
                label={t('handling.intelligenceOnly')}
                description={t('banks.intelligenceOnlyHint')}
                checked={values.intelligenceOnly}
                onChange={(event) => form.set('intelligenceOnly', event.currentTarget.checked)}
              />
              <TextInput
                type="date"
                label={t('banks.retainUntil')}
                description={t('banks.retainUntilHint')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                name="retain-until"
                value={values.retainUntil}
                onChange={(event) => form.set('retainUntil', event.currentTarget.value)}
                error={problems.retainUntil ? t(problems.retainUntil) : undefined}
              />
              <Checkbox.Group
                label={t('banks.permittedPurposes')}
                description={t('banks.permittedPurposesHint')}
                value={[...values.permittedPurposes]}
                onChange={(chosen) =>
                  form.set(
                    'permittedPurposes',
                    PURPOSES.filter((purpose) => chosen.includes(purpose)),
                  )
                }
              >
                <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                  {PURPOSES.map((purpose) => (
                    <Checkbox key={purpose} value={purpose} label={t(`purpose.${purpose}`)} />
                  ))}
                </SimpleGrid>
              </Checkbox.Group>
            </Stack>
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
