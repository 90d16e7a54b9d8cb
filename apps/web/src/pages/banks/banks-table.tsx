import type { v1 } from '@concord/client';
import { Anchor, Table, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider.tsx';
import { linkProps } from '../../routing/link-props.ts';
import { paths } from '../../routing/paths.ts';
import { HandlingSummary } from '../../ui/handling-labels.tsx';
import { TableScroll } from '../../ui/table-scroll.tsx';
import { BankOrigin } from './bank-origin.tsx';

export function BanksTable({ banks }: { readonly banks: readonly v1.Bank[] }) {
  const { t, number, dateTime } = useI18n();
  return (
    <TableScroll label={t('banks.title')} minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="banks-table">
        <Table.Caption className="visually-hidden">{t('banks.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('banks.name')}</Table.Th>
            <Table.Th scope="col">{t('banks.description')}</Table.Th>
            <Table.Th scope="col">{t('banks.origin')}</Table.Th>
            <Table.Th scope="col">{t('banks.handling')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('banks.signalCount')}
            </Table.Th>
            <Table.Th scope="col">{t('banks.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {banks.map((bank) => (
            <Table.Tr key={bank.id} data-testid={`bank-row-${bank.name}`}>
              <Table.Th scope="row">
                <Anchor {...linkProps(paths.bank(bank.name))} fw={600} className="nowrap">
                  <bdi dir="ltr">{bank.name}</bdi>
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Text size="sm" maw={360}>
                  <bdi>{bank.description}</bdi>
                </Text>
              </Table.Td>
              <Table.Td>
                <BankOrigin origin={bank.origin} />
              </Table.Td>
              <Table.Td>
                <HandlingSummary handling={bank.handling} />
              </Table.Td>
              <Table.Td ta="end">{number(bank.signalCount)}</Table.Td>
              <Table.Td className="nowrap">{dateTime(bank.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
