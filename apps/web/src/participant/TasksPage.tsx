import { Badge, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { MyTasksQuery } from '../gql/graphql';
import { useFormatDate, useT } from '../i18n/LocaleProvider';
import { isoDay } from './DuoPage';
import { isAppLink } from './links';
import { ErrorNote, Loading, Page } from './common';

const MyTasks = graphql(`
  query MyTasks {
    me {
      accountId
      tasks {
        kind
        dueOn
        link
        subject {
          id
          name
        }
      }
    }
  }
`);

type Task = MyTasksQuery['me']['tasks'][number];

const TRAINING: Task['kind'][] = ['TRAINING_UNIT', 'TRAINING_SESSION'];

/** My tasks: what to do next across the programme, training and surveys, soonest due first (the API's order). */
export default function TasksPage() {
  const t = useT();
  const date = useFormatDate();
  const { data, loading, error } = useQuery(MyTasks, { fetchPolicy: 'cache-and-network' });
  const tasks = data?.me.tasks ?? [];
  const today = isoDay(0);
  return (
    <Page title={t('tasks.title')}>
      <ErrorNote error={error} />
      {loading && !data && <Loading />}
      {data && tasks.length === 0 && <Text>{t('tasks.none')}</Text>}
      {tasks.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('tasks.title')}>
          {tasks.map((task, i) => {
            // A duo's task names the partner, a training task the course or session (its title).
            const subject = task.subject?.name ? (TRAINING.includes(task.kind) ? task.subject.name : t('tasks.withPartner', { name: task.subject.name })) : null;
            const overdue = task.dueOn !== null && task.dueOn !== undefined && task.dueOn < today;
            const body = (
              <Card withBorder padding="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2}>
                    <Text fw={600}>{t(`task.kind.${task.kind}`)}</Text>
                    {subject && <Text size="sm">{subject}</Text>}
                    {task.dueOn && <Text size="sm" c={overdue ? 'red.8' : 'dimmed'}>{t('tasks.due', { date: date(task.dueOn) })}</Text>}
                  </Stack>
                  {overdue && (
                    <Badge color="red" variant="light">
                      {t('tasks.overdue')}
                    </Badge>
                  )}
                </Group>
              </Card>
            );
            return (
              <li key={`${task.kind}:${task.link}:${i}`} data-testid="task">
                {isAppLink(task.link) ? (
                  <UnstyledButton component={Link} to={task.link} display="block" w="100%" data-kind={task.kind}>
                    {body}
                  </UnstyledButton>
                ) : (
                  body
                )}
              </li>
            );
          })}
        </Stack>
      )}
    </Page>
  );
}
