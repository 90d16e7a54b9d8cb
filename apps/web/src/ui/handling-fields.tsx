import { Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { PAP_LEVELS, PURPOSES, TLP_LEVELS } from '../api/protocol-lists.ts';
import type { PlainMessageKey } from '../i18n/catalogue.ts';
import { useI18n } from '../i18n/i18n-provider.tsx';
import type { HandlingDraft } from './handling-draft.ts';

/**
 * The fields of a handling code: TLP and PAP (each explained), the
 * originator's restrictions, a retention date and the permitted purposes.
 * Placed inside the form's own fieldset, which names what the code is for.
 */
export function HandlingFields({
  values,
  retainUntilProblem,
  onChange,
}: {
  readonly values: HandlingDraft;
  readonly retainUntilProblem: PlainMessageKey | undefined;
  readonly onChange: <F extends keyof HandlingDraft>(field: F, value: HandlingDraft[F]) => void;
}) {
  const { t } = useI18n();
  return (
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
            if (tlp) onChange('tlp', tlp);
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
            if (pap) onChange('pap', pap);
          }}
          data={PAP_LEVELS.map((level) => ({ value: level, label: `PAP:${level}` }))}
        />
      </SimpleGrid>
      <Checkbox
        label={t('handling.noOnwardTransmission')}
        description={t('banks.noOnwardTransmissionHint')}
        checked={values.noOnwardTransmission}
        onChange={(event) => onChange('noOnwardTransmission', event.currentTarget.checked)}
      />
      <Checkbox
        label={t('handling.intelligenceOnly')}
        description={t('banks.intelligenceOnlyHint')}
        checked={values.intelligenceOnly}
        onChange={(event) => onChange('intelligenceOnly', event.currentTarget.checked)}
      />
      <TextInput
        type="date"
        label={t('banks.retainUntil')}
        description={t('banks.retainUntilHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        name="retain-until"
        value={values.retainUntil}
        onChange={(event) => onChange('retainUntil', event.currentTarget.value)}
        error={retainUntilProblem ? t(retainUntilProblem) : undefined}
      />
      <Checkbox.Group
        label={t('banks.permittedPurposes')}
        description={t('banks.permittedPurposesHint')}
        value={[...values.permittedPurposes]}
        onChange={(chosen) =>
          onChange(
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
  );
}
