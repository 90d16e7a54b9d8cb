import type { v1 } from '@concord/client';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { useCan } from '../../session/active-session.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { useDialogSubject } from '../../ui/use-dialog-subject.ts';
import { usePeerDirectory, usePeers } from '../peers/use-peers.ts';
import { AddRuleDialog } from './add-rule-dialog.tsx';
import { SharingGroups } from './sharing-groups.tsx';
import { SharingPreviewTable } from './sharing-preview-table.tsx';
import { SharingRulesTable, targetNameOf } from './sharing-rules-table.tsx';
import { useAddRule } from './use-add-rule.ts';
import {
  useRemoveRule,
  useSharingGroups,
  useSharingPreview,
  useSharingRules,
} from './use-sharing.ts';
import type { SharingPreview, SharingRule } from '../../api/federation-types.ts';

/**
 * What of a bank goes to which peers: its rules (administrators add and
 * remove them), a preview of what each peer would receive now and why the
 * rest would not go, and the sharing groups rules may name.
 */
export function SharingPanel({ bank }: { readonly bank: v1.Bank }) {
  const { t } = useI18n();
  const peers = usePeers();
  return (
    <Stack gap="xl" component="section" aria-labelledby="sharing-heading">
      <Stack gap={4}>
        <Title order={2} size="h3" id="sharing-heading">
          {t('sharing.title')}
        </Title>
        <Text size="sm" maw={760}>
          {bank.origin === 'local' ? t('sharing.intro') : t('sharing.introReceived')}
        </Text>
      </Stack>
      <SharingRules bank={bank} peerList={peers.data ?? []} />
      <SharingPreview bank={bank} />
      <SharingGroups peers={peers.data ?? []} />
    </Stack>
  );
}

function SharingRules({
  bank,
  peerList,
}: {
  readonly bank: v1.Bank;
  readonly peerList: readonly v1.Peer[];
}) {
  const { t, isolate } = useI18n();
  const canAdmin = useCan('federation:admin');
  const rules = useSharingRules(bank.id);
  const groups = useSharingGroups();
  const peers = usePeerDirectory();
  const [adding, addDialog] = useDisclosure(false);
  const [added, setAdded] = useState(false);
  const form = useAddRule(bank, () => {
    setAdded(true);
    addDialog.close();
    form.reset();
  });
  const removal = useDialogSubject<SharingRule>();
  const removing = removal.subject;
  const remove = useRemoveRule();
  const groupList = groups.data ?? [];
  const closeAdd = () => {
    addDialog.close();
    form.reset();
  };
  return (
    <Stack component="section" aria-labelledby="rules-heading">
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4" id="rules-heading">
          {t('sharing.rulesTitle')}
        </Title>
        {canAdmin && (
          <Button
            onClick={() => {
              setAdded(false);
              remove.reset();
              addDialog.open();
            }}
            data-testid="add-rule"
          >
            {t('sharing.addRule')}
          </Button>
        )}
      </Group>
      {added && <StatusMessage>{t('sharing.ruleAdded')}</StatusMessage>}
      {remove.isSuccess && !removal.opened && (
        <StatusMessage>{t('sharing.ruleRemoved')}</StatusMessage>
      )}
      {rules.isPending && <LoadingState />}
      {rules.isError && <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />}
      {rules.data && rules.data.length === 0 && (
        <EmptyState>{canAdmin ? t('sharing.noRulesCanAdd') : t('sharing.noRules')}</EmptyState>
      )}
      {rules.data && rules.data.length > 0 && (
        <SharingRulesTable
          rules={rules.data}
          peers={peers}
          groups={groupList}
          onRemove={
            canAdmin
              ? (rule) => {
                  setAdded(false);
                  remove.reset();
                  removal.open(rule);
                }
              : null
          }
        />
      )}
      {canAdmin && peerList.length === 0 && groupList.length === 0 && (
        <Alert color="blue" variant="light">
          {t('sharing.noPeersYet')}
        </Alert>
      )}
      <AddRuleDialog
        opened={adding}
        onClose={closeAdd}
        form={form}
        peers={peerList}
        groups={groupList}
      />
      {removing && (
        <ConfirmDialog
          opened={removal.opened}
          title={t('sharing.removeRuleTitle', {
            target: isolate(targetNameOf(removing.target, peers, groupList)),
          })}
          message={t('sharing.removeRuleBody')}
          confirmLabel={t('sharing.removeRule')}
          onConfirm={() => remove.mutate(removing.id, { onSuccess: removal.close })}
          onClose={() => {
            removal.close();
            remove.reset();
          }}
          pending={remove.isPending}
          error={remove.error}
        />
      )}
    </Stack>
  );
}

function SharingPreview({ bank }: { readonly bank: v1.Bank }) {
  const { t } = useI18n();
  const preview = useSharingPreview(bank.id);
  const peers = usePeerDirectory();
  return (
    <Stack component="section" aria-labelledby="preview-heading">
      <Stack gap={4}>
        <Title order={3} size="h4" id="preview-heading">
          {t('sharing.previewTitle')}
        </Title>
        <Text size="sm" maw={760}>
          {t('sharing.previewIntro')}
        </Text>
      </Stack>
      {preview.isPending && <LoadingState />}
      {preview.isError && (
        <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
      )}
      {preview.data && preview.data.peers.length === 0 && (
        <EmptyState>{t('sharing.previewNoPeers')}</EmptyState>
      )}
      {preview.data && preview.data.peers.length > 0 && (
        <SharingPreviewTable preview={preview.data} peers={peers} />
      )}
    </Stack>
  );
}
