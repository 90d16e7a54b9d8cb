import {
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { CardClaims } from '../../api/node-card.ts';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { DefinitionEntry } from '../../ui/definition-entry.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { FileField } from '../../ui/file-field.tsx';
import { NodeKindName } from './node-kind-name.tsx';
import type { AddPeerForm, CardSource } from './use-add-peer.ts';

/**
 * Adding a peer: the card (a file or pasted text), what it claims, and the
 * fingerprint its administrator reads out by telephone.
 */
export function AddPeerDialog({
  opened,
  onClose,
  form,
}: {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly form: AddPeerForm;
}) {
  const { t } = useI18n();
  const { problems, read } = form;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('peers.addTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="xl"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          form.submit();
        }}
      >
        <Stack>
          <Text size="sm">{t('peers.addIntro')}</Text>
          <Radio.Group
            label={t('peers.cardSource')}
            name="card-source"
            value={form.source}
            onChange={(value) => form.setSource(value === 'paste' ? 'paste' : 'file')}
          >
            <Group mt="xs">
              {(['file', 'paste'] as const satisfies readonly CardSource[]).map((source) => (
                <Radio
                  key={source}
                  value={source}
                  label={source === 'file' ? t('peers.cardFromFile') : t('peers.cardPasted')}
                />
              ))}
            </Group>
          </Radio.Group>
          {form.source === 'file' ? (
            <FileField
              label={t('peers.cardFile')}
              description={t('peers.cardFileHint')}
              name="card-file"
              accept=".json,application/json"
              file={form.file}
              onChange={form.chooseFile}
              error={problems.card ? t(problems.card) : undefined}
            />
          ) : (
            <Textarea
              label={t('peers.cardText')}
              description={t('peers.cardTextHint')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              name="card-text"
              dir="ltr"
              required
              autosize
              minRows={4}
              maxRows={10}
              spellCheck={false}
              classNames={{ input: 'hash-input' }}
              value={form.pasted}
              onChange={(event) => form.paste(event.currentTarget.value)}
              error={problems.card ? t(problems.card) : undefined}
            />
          )}
          {read?.kind === 'card' && <CardClaimsView claims={read.claims} />}
          <TextInput
            label={t('peers.fingerprint')}
            description={t('peers.fingerprintHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            name="fingerprint"
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            classNames={{ input: 'hash-input' }}
            required={!form.byAnchor}
            disabled={form.byAnchor}
            value={form.fingerprint}
            onChange={(event) => form.setFingerprint(event.currentTarget.value)}
            error={problems.fingerprint ? t(problems.fingerprint) : undefined}
            aria-invalid={problems.fingerprint ? true : undefined}
          />
          <Checkbox
            label={t('peers.byAnchor')}
            description={t('peers.byAnchorHint')}
            checked={form.byAnchor}
            onChange={(event) => form.setByAnchor(event.currentTarget.checked)}
          />
          {form.error ? <ErrorAlert error={form.error} title={t('peers.addRefused')} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={form.pending} data-testid="add-peer-submit">
              {t('peers.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** What the card says about its node, to check it is the card expected (it proves nothing yet). */
function CardClaimsView({ claims }: { readonly claims: CardClaims }) {
  const { t, regionName } = useI18n();
  return (
    <Paper withBorder p="md" bg="gray.0" data-testid="card-claims">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('peers.cardClaims')}
        </Text>
        <dl className="definition-list">
          <DefinitionEntry term={t('peers.name')}>
            <bdi>{claims.name}</bdi>
          </DefinitionEntry>
          <DefinitionEntry term={t('peers.organisation')}>
            <bdi>{claims.organisation}</bdi>
          </DefinitionEntry>
          <DefinitionEntry term={t('peers.kind')}>
            <NodeKindName kind={claims.kind} />
          </DefinitionEntry>
          <DefinitionEntry term={t('peers.jurisdiction')}>
            {regionName(claims.jurisdiction)} (<bdi dir="ltr">{claims.jurisdiction}</bdi>)
          </DefinitionEntry>
          <DefinitionEntry term={t('peers.endpoint')}>
            <code className="path-value" dir="ltr">
              {claims.endpoint}
            </code>
          </DefinitionEntry>
        </dl>
        <Text size="sm">{t('peers.cardClaimsHint')}</Text>
      </Stack>
    </Paper>
  );
}
