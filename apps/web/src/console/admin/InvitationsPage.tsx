import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/LocaleProvider';
import { ConsolePage, ErrorNote, Loading } from '../common';
import { InviteAccount, InviteStaff, ResendInvitation } from './admin.graphql';
import { useAllStaff } from './common';
import { matchesPerson } from './csv';

/** Invitations: invite a staff member or someone who is not staff, the pending list, resend. */
export default function InvitationsPage() {
  const t = useT();
  const intl = useIntl();
  const { staff, error, reload } = useAllStaff();
  const [search, setSearch] = useState('');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<{ email: string; expiresAt: string } | null>(null);
  const [inviteStaff, invitingStaff] = useMutation(InviteStaff);
  const [inviteAccount, invitingAccount] = useMutation(InviteAccount);
  const [resend, resending] = useMutation(ResendInvitation);
  const done = (r: { email: string; expiresAt: string } | undefined) => {
    if (!r) return;
    setSent(r);
    reload();
  };
  const notInvited = (staff ?? []).filter((s) => s.accountStatus === 'NONE' && matchesPerson(s, search));
  const pending = (staff ?? []).filter((s) => s.accountStatus === 'INVITED');
  const mutationError = invitingStaff.error ?? invitingAccount.error ?? resending.error;
  const sentNote = sent && (
    <Alert color="green" role="status" data-testid="invitation-sent">
      {t('admin.invite.sent', { email: sent.email, date: intl.formatDate(sent.expiresAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
    </Alert>
  );
  return (
    <ConsolePage title={t('admin.invite.title')}>
      <Text size="sm">{t('admin.invite.help')}</Text>
      <ErrorNote error={error ?? mutationError} />
      {sentNote}
      {!staff && !error && <Loading />}
      {staff && (
        <>
          <Card withBorder component="section" aria-labelledby="invite-staff">
            <Stack gap="sm">
              <Title order={2} size="h4" id="invite-staff">
                {t('admin.invite.staffTitle')}
              </Title>
              <TextInput label={t('admin.invite.find')} type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={360} />
              {notInvited.length === 0 ? (
                <Text size="sm">{t('admin.invite.noneToInvite')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={560}>
                  <Table striped>
                    <Table.Caption>{t('admin.invite.notInvitedCaption', { count: notInvited.length })}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('admin.staff.name')}</Table.Th>
                        <Table.Th>{t('admin.staff.email')}</Table.Th>
                        <Table.Th>
                          <VisuallyHidden>{t('admin.actions')}</VisuallyHidden>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {notInvited.slice(0, 20).map((s) => (
                        <Table.Tr key={s.id} data-testid="not-invited-row">
                          <Table.Td>{s.displayName}</Table.Td>
                          <Table.Td>{s.email}</Table.Td>
                          <Table.Td>
                            <Button
                              size="compact-sm"
                              loading={invitingStaff.loading}
                              aria-label={t('admin.invite.sendTo', { name: s.displayName })}
                              onClick={() => void inviteStaff({ variables: { staffId: s.id } }).then((r) => done(r.data?.inviteStaff), () => undefined)}
                            >
                              {t('admin.invite.send')}
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              {notInvited.length > 20 && <Text size="sm">{t('admin.invite.narrow', { count: notInvited.length - 20 })}</Text>}
            </Stack>
          </Card>

          <Card withBorder component="section" aria-labelledby="invite-account">
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void inviteAccount({ variables: { input: { email: email.trim() } } }).then(
                  (r) => {
                    setEmail('');
                    done(r.data?.inviteAccount);
                  },
                  () => undefined,
                );
              }}
            >
              <Stack gap="sm">
                <Title order={2} size="h4" id="invite-account">
                  {t('admin.invite.accountTitle')}
                </Title>
                <Text size="sm">{t('admin.invite.accountHelp')}</Text>
                <Group align="end">
                  <TextInput label={t('admin.invite.email')} type="email" name="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} w={320} />
                  <Button type="submit" loading={invitingAccount.loading}>
                    {t('admin.invite.sendAccount')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Card>

          <Card withBorder component="section" aria-labelledby="pending">
            <Stack gap="sm">
              <Title order={2} size="h4" id="pending">
                {t('admin.invite.pendingTitle')}
              </Title>
              {pending.length === 0 ? (
                <Text size="sm">{t('admin.invite.nonePending')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={560}>
                  <Table striped>
                    <Table.Caption>{t('admin.invite.pendingCaption')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('admin.staff.name')}</Table.Th>
                        <Table.Th>{t('admin.staff.email')}</Table.Th>
                        <Table.Th>
                          <VisuallyHidden>{t('admin.actions')}</VisuallyHidden>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {pending.map((s) => (
                        <Table.Tr key={s.id} data-testid="pending-row">
                          <Table.Td>{s.displayName}</Table.Td>
                          <Table.Td>{s.email}</Table.Td>
                          <Table.Td>
                            <Button
                              size="compact-sm"
                              variant="outline"
                              loading={resending.loading}
                              disabled={!s.accountId}
                              aria-label={t('admin.invite.resendTo', { name: s.displayName })}
                              onClick={() => s.accountId && void resend({ variables: { accountId: s.accountId } }).then((r) => done(r.data?.resendInvitation), () => undefined)}
                            >
                              {t('admin.invite.resend')}
                            </Button>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              <Text size="sm" c="dimmed">
                {t('admin.invite.pendingNote')}
              </Text>
            </Stack>
          </Card>
        </>
      )}
    </ConsolePage>
  );
}
