import type { v1 } from '@concord/client';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorAlert } from '../../ui/error-alert.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { StatusMessage } from '../../ui/status-message.tsx';
import { AccountSection } from './account-section.tsx';
import { CreateTokenDialog } from './create-token-dialog.tsx';
import { tokenStatus } from './token-status.ts';
import { useApiTokens, type ApiTokens } from './use-api-tokens.ts';
import { TableScroll } from '../../ui/table-scroll.tsx';

export function ApiTokensSection() {
  const { t, isolate } = useI18n();
  const tokens = useApiTokens();
  const [creating, createDialog] = useDisclosure(false);
  const { list, revocation } = tokens;
  return (
    <AccountSection id="tokens" title={t('tokens.title')} intro={t('tokens.intro')}>
      <Button onClick={createDialog.open} w="fit-content">
        {t('tokens.create')}
      </Button>
      {revocation.revoked && (
        <StatusMessage>{t('tokens.revoked', { name: isolate(revocation.revoked) })}</StatusMessage>
      )}
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.length === 0 && <EmptyState>{t('tokens.empty')}</EmptyState>}
      {list.data && list.data.length > 0 && <TokensTable tokens={list.data} state={tokens} />}
      <CreateTokenDialog
        opened={creating}
        onClose={() => {
          createDialog.close();
          tokens.creation.reset();
        }}
        tokens={tokens}
      />
      <ConfirmDialog
        opened={revocation.token !== null}
        onClose={revocation.close}
        onConfirm={revocation.confirm}
        title={t('tokens.revokeTitle', { name: isolate(revocation.token?.name ?? '') })}
        message={t('tokens.revokeBody')}
        confirmLabel={t('tokens.revoke')}
        pending={revocation.pending}
        error={revocation.error}
      />
    </AccountSection>
  );
}

function TokensTable({
  tokens,
  state,
}: {
  readonly tokens: readonly v1.ApiToken[];
  readonly state: ApiTokens;
}) {
  const { t, dateTime, date } = useI18n();
  const now = new Date();
  return (
    <TableScroll label={t('tokens.title')} minWidth={760}>
      <Table striped verticalSpacing="sm" data-testid="tokens-table">
        <Table.Caption className="visually-hidden">{t('tokens.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tokens.name')}</Table.Th>
            <Table.Th scope="col">{t('tokens.scopes')}</Table.Th>
            <Table.Th scope="col">{t('tokens.created')}</Table.Th>
            <Table.Th scope="col">{t('tokens.expires')}</Table.Th>
            <Table.Th scope="col">{t('tokens.lastUsed')}</Table.Th>
            <Table.Th scope="col">{t('tokens.status')}</Table.Th>
            <Table.Th scope="col">{t('tokens.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => {
            const status = tokenStatus(token, now);
            return (
              <Table.Tr key={token.id} data-testid={`token-row-${token.name}`}>
                <Table.Th scope="row">{token.name}</Table.Th>
                <Table.Td>
                  <Group gap={4}>
                    {token.scopes.map((scope) => (
                      <Badge key={scope} variant="default" tt="none" title={scope}>
                        {t(`permission.${scope}`)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{date(token.createdAt)}</Table.Td>
                <Table.Td>{date(token.expiresAt)}</Table.Td>
                <Table.Td>
                  {token.lastUsedAt ? dateTime(token.lastUsedAt) : t('common.never')}
                </Table.Td>
                <Table.Td data-testid="token-status">
                  {status.kind === 'active' && (
                    <Badge variant="dot" color="green" tt="none">
                      {t('tokens.active')}
                    </Badge>
                  )}
                  {status.kind === 'expired' && (
                    <Badge variant="dot" color="gray" tt="none">
                      {t('tokens.expired')}
                    </Badge>
                  )}
                  {status.kind === 'revoked' && (
                    <Badge variant="dot" color="red" tt="none">
                      {t('tokens.revokedOn', { date: date(status.at) })}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {status.kind === 'active' ? (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      onClick={() => state.revocation.ask(token)}
                      aria-label={t('tokens.revokeLabel', { name: token.name })}
                    >
                      {t('tokens.revoke')}
                    </Button>
                  ) : (
                    <Text size="sm" aria-hidden="true">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
