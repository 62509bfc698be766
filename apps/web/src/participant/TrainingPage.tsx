import { Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useFormatDate, useT } from '../i18n/LocaleProvider';
import type { MessageId } from '../i18n/locales';
import { useSearchParams } from 'react-router';
import { saveFile } from '../download';
import { ErrorNote, Loading, Page } from './common';
import { CourseSessions } from './CourseSessions';
import { CourseUnits } from './CourseUnits';
import { useLinkedSection } from './links';

const MyTraining = graphql(`
  query MyTraining {
    trainingCourses {
      id
      title
      description
    }
    myEnrolments {
      id
      courseId
      ...EnrolmentProgress
    }
    myCertificates {
      id
      courseTitle
      issuedOn
      code
      valid
    }
  }
`);

const Enrol = graphql(`
  mutation EnrolMe($input: EnrolInput!) {
    enrol(input: $input) {
      id
      courseId
      status
    }
  }
`);

const CertificatePdf = graphql(`
  query CertificatePdf($id: ID!) {
    certificatePdf(id: $id) {
      base64
      contentType
      filename
    }
  }
`);

export default function TrainingPage() {
  const t = useT();
  const date = useFormatDate();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(MyTraining);
  // A task's link names the course (`?course=<id>`) or the session (`?session=<id>`).
  const [params] = useSearchParams();
  const session = params.get('session');
  const course = params.get('course');
  const target = session ? `session-${session}` : course ? `course-${course}` : null;
  useLinkedSection(Boolean(data), /^[\w-]+$/.test(target ?? '') ? target : null);
  const [enrol, enrolling] = useMutation(Enrol, { refetchQueries: [MyTraining] });

  async function download(id: string) {
    const { data: pdf } = await client.query({ query: CertificatePdf, variables: { id }, fetchPolicy: 'no-cache' });
    if (!pdf) return;
    const bytes = Uint8Array.from(atob(pdf.certificatePdf.base64), (c) => c.charCodeAt(0));
    saveFile(pdf.certificatePdf.filename, bytes, pdf.certificatePdf.contentType);
  }

  return (
    <Page title={t('training.title')}>
      <ErrorNote error={error ?? enrolling.error} />
      {loading && <Loading />}
      {data?.trainingCourses.length === 0 && <Text>{t('training.none')}</Text>}
      {data?.trainingCourses.map((c) => {
        const e = data.myEnrolments.find((x) => x.courseId === c.id && x.status !== 'WITHDRAWN');
        return (
          <Card key={c.id} withBorder id={`course-${c.id}`} component="article" aria-labelledby={`course-title-${c.id}`}>
            <Stack gap="xs">
              <Group justify="space-between">
                <Title order={2} size="h3" id={`course-title-${c.id}`}>
                  {c.title}
                </Title>
                {e && <Badge>{t(`enrolment.status.${e.status}` as MessageId)}</Badge>}
              </Group>
              <Text size="sm">{c.description}</Text>
              {e ? (
                <>
                  <Text size="sm">{t('training.units', { done: e.progress.requiredUnitsDone, total: e.progress.requiredUnits })}</Text>
                  <Progress value={e.progress.requiredUnits ? (100 * e.progress.requiredUnitsDone) / e.progress.requiredUnits : 0} aria-label={c.title} />
                  <Text size="sm">{t('training.checks', { done: e.progress.checksPassed, total: e.progress.checksRequired })}</Text>
                  <CourseUnits courseId={c.id} enrolment={e} />
                  <CourseSessions courseId={c.id} open={e.status === 'ACTIVE'} />
                </>
              ) : (
                <Button variant="light" loading={enrolling.loading} onClick={() => void enrol({ variables: { input: { courseId: c.id } } })}>
                  {t('training.enrol')}
                </Button>
              )}
            </Stack>
          </Card>
        );
      })}
      {data && data.myCertificates.length > 0 && (
        <Card withBorder component="section" aria-labelledby="certificates">
          <Stack gap="xs">
            <Title order={2} size="h3" id="certificates">
              {t('training.certificates')}
            </Title>
            {data.myCertificates.map((c) => (
              <Group key={c.id} justify="space-between">
                <Text size="sm">
                  {c.courseTitle} · {date(c.issuedOn)}
                </Text>
                <Button size="compact-sm" variant="subtle" onClick={() => void download(c.id)}>
                  {t('training.downloadPdf')}
                </Button>
              </Group>
            ))}
          </Stack>
        </Card>
      )}
    </Page>
  );
}
