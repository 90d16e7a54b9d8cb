import type { v1 } from '@concord/client';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { SIGNAL_TYPES, TLP_LEVELS } from '../../api/protocol-lists.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { HandlingFields } from '../../ui/handling-fields.tsx';
import { SIGNAL_TYPE_NAMES } from '../../ui/signal-names.ts';
import type { AddRuleForm } from './use-add-rule.ts';
import type { SharingGroup } from '../../api/federation-types.ts';

/** A new sharing rule: whom it reaches, what it lets through, and the code it narrows to. */
export function AddRuleDialog({
  opened,
  onClose,
  form,
  peers,
  groups,
}: {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly form: AddRuleForm;
  readonly peers: readonly v1.Peer[];
  readonly groups: readonly SharingGroup[];
}) {
  const { t } = useI18n();
  const { values, problems } = form;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('sharing.addRuleTitle')}
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
          <Text size="sm">{t('sharing.addRuleIntro')}</Text>
          <NativeSelect
            label={t('sharing.target')}
            description={t('sharing.targetHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            name="target"
            required
            value={values.target}
            onChange={(event) => form.set('target', event.currentTarget.value)}
            error={problems.target ? t(problems.target) : undefined}
            data={[
              { value: '', label: t('sharing.chooseTarget') },
              {
                group: t('sharing.peersGroup'),
                items: peers.map((p) => ({ value: `peer:${p.nodeId}`, label: p.name })),
              },
              {
                group: t('sharing.groupsGroup'),
                items: groups.map((g) => ({ value: `group:${g.id}`, label: g.name })),
              },
            ]}
            data-autofocus
          />
          <Checkbox.Group
            label={t('sharing.signalTypes')}
            description={t('sharing.signalTypesHint')}
            value={[...values.signalTypes]}
            onChange={(chosen) =>
              form.set(
                'signalTypes',
                SIGNAL_TYPES.filter((type) => chosen.includes(type)),
              )
            }
          >
            <SimpleGrid cols={{ base: 2, sm: 3 }} mt="xs" spacing="xs">
              {SIGNAL_TYPES.map((type) => (
                <Checkbox key={type} value={type} label={SIGNAL_TYPE_NAMES[type]} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <TextInput
            label={t('sharing.grades')}
            description={t('sharing.gradesHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            name="grades"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            value={values.grades}
            onChange={(event) => form.set('grades', event.currentTarget.value)}
            error={problems.grades ? t(problems.grades) : undefined}
          />
          <NativeSelect
            label={t('sharing.maxTlp')}
            description={t('sharing.maxTlpHint')}
            inputWrapperOrder={['label', 'input', 'description']}
            name="max-tlp"
            value={values.maxTlp}
            onChange={(event) => {
              const tlp = TLP_LEVELS.find((level) => level === event.currentTarget.value);
              if (tlp) form.set('maxTlp', tlp);
            }}
            data={TLP_LEVELS.map((level) => ({ value: level, label: `TLP:${level}` }))}
          />
          <Checkbox
            name="narrow"
            label={t('sharing.narrow')}
            description={t('sharing.narrowHint')}
            checked={values.narrow}
            onChange={(event) => form.set('narrow', event.currentTarget.checked)}
          />
          {values.narrow && (
            <Fieldset legend={t('sharing.narrowLegend')} variant="filled">
              <HandlingFields
                values={values.handling}
                retainUntilProblem={problems.retainUntil}
                onChange={form.setHandling}
              />
            </Fieldset>
          )}
          {form.error ? <ErrorAlert error={form.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.pending} data-testid="add-rule-submit">
              {t('sharing.addRuleSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
