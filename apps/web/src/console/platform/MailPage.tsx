import { useState } from 'react';
import { Button, Group, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/LocaleProvider';
import { ConsolePage, ErrorNote, Loading } from '../common';
import { Pager } from '../admin/common';
import { PlatformOutgoingMail } from './platform.graphql';
import { MailStatusTag } from './common';

export const MAIL_PAGE_SIZE = 25;

/** The instance's outgoing e-mail: recipient, subject, status, attempts and dates — never a body or a link. */
export default function MailPage() {
  const t = useT();
  const intl = useIntl();
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(PlatformOutgoingMail, { variables: { page: { offset, limit: MAIL_PAGE_SIZE } }, fetchPolicy: 'cache-and-network' });
  const page = (data ?? previousData)?.outgoingMail;
  const when = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <ConsolePage title={t('platform.mail.title')}>
      <Group justify="space-between" wrap="wrap">
        <Text size="sm">{t('platform.mail.help')}</Text>
        <Button variant="outline" size="compact-sm" loading={loading} onClick={() => void refetch()}>
          {t('platform.mail.refresh')}
        </Button>
      </Group>
      <ErrorNote error={error} />
      {!page && loading && <Loading />}
      {page && (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table striped>
              <Table.Caption>{t('platform.mail.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('platform.mail.recipient')}</Table.Th>
                  <Table.Th>{t('platform.mail.subject')}</Table.Th>
                  <Table.Th>{t('platform.mail.status')}</Table.Th>
                  <Table.Th>{t('platform.mail.attempts')}</Table.Th>
                  <Table.Th>{t('platform.mail.createdAt')}</Table.Th>
                  <Table.Th>{t('platform.mail.sentAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((m) => (
                  <Table.Tr key={m.id} data-testid="mail-row">
                    <Table.Td>{m.recipient}</Table.Td>
                    <Table.Td>{m.subject}</Table.Td>
                    <Table.Td>
                      <MailStatusTag status={m.status} />
                    </Table.Td>
                    <Table.Td>{intl.formatNumber(m.attempts)}</Table.Td>
                    <Table.Td>{when(m.createdAt)}</Table.Td>
                    <Table.Td>{m.sentAt ? when(m.sentAt) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager total={page.total} offset={offset} size={MAIL_PAGE_SIZE} onOffset={setOffset} label={t('platform.mail.pages')} />
        </>
      )}
    </ConsolePage>
  );
}
