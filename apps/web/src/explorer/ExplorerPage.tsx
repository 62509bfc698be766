import { useEffect, useState } from 'react';
import { Alert, Button, Code, Container, Grid, Group, ScrollArea, Stack, Text, Textarea, Title } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';
import { currentAccessToken } from '../auth/session';

interface RootField {
  name: string;
  description: string | null;
}
interface IntrospectionReply {
  data?: { __schema: { queryType: { fields: RootField[] }; mutationType: { fields: RootField[] } | null } };
  errors?: { message: string }[];
}

const INTROSPECT = '{ __schema { queryType { fields { name description } } mutationType { fields { name description } } } }';

async function run(query: string, variables: unknown): Promise<unknown> {
  const token = await currentAccessToken();
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/**
 * A small GraphQL explorer bundled with the app (nothing from a CDN): the root fields from
 * introspection, a query box and the answer. Shown only when the gateway has introspection on.
 */
export default function ExplorerPage() {
  const t = useT();
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [fields, setFields] = useState<{ queries: RootField[]; mutations: RootField[] }>({ queries: [], mutations: [] });
  const [query, setQuery] = useState('{\n  me {\n    email\n    locale\n  }\n}');
  const [variables, setVariables] = useState('{}');
  const [result, setResult] = useState('');

  useEffect(() => {
    void fetch('/auth/config')
      .then((r) => r.json() as Promise<{ introspection: boolean }>)
      .then(async (c) => {
        setEnabled(c.introspection);
        if (!c.introspection) return;
        const reply = (await run(INTROSPECT, {})) as IntrospectionReply;
        const s = reply.data?.__schema;
        if (s) setFields({ queries: s.queryType.fields, mutations: s.mutationType?.fields ?? [] });
      })
      .catch(() => setEnabled(false));
  }, []);

  if (enabled === false)
    return (
      <Container py="xl" component="main">
        <Alert color="gray">{t('explorer.disabled')}</Alert>
      </Container>
    );

  async function execute() {
    let vars: unknown = {};
    try {
      vars = JSON.parse(variables || '{}');
    } catch {
      setResult(t('explorer.badVariables'));
      return;
    }
    setResult(JSON.stringify(await run(query, vars), null, 2));
  }

  return (
    <Container size="xl" py="md" component="main">
      <Title order={1} size="h2" mb="md">
        {t('explorer.title')}
      </Title>
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <ScrollArea h={560}>
            <Stack gap={4}>
              <Text fw={700}>{t('explorer.queries')}</Text>
              {fields.queries.map((f) => (
                <Text key={f.name} size="sm" title={f.description ?? ''}>
                  <Code>{f.name}</Code>
                </Text>
              ))}
              <Text fw={700} mt="sm">
                {t('explorer.mutations')}
              </Text>
              {fields.mutations.map((f) => (
                <Text key={f.name} size="sm" title={f.description ?? ''}>
                  <Code>{f.name}</Code>
                </Text>
              ))}
            </Stack>
          </ScrollArea>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack>
            <Textarea label={t('explorer.query')} autosize minRows={8} value={query} onChange={(e) => setQuery(e.currentTarget.value)} styles={{ input: { fontFamily: 'monospace' } }} />
            <Textarea label={t('explorer.variables')} autosize minRows={2} value={variables} onChange={(e) => setVariables(e.currentTarget.value)} styles={{ input: { fontFamily: 'monospace' } }} />
            <Group>
              <Button onClick={() => void execute()}>{t('explorer.run')}</Button>
            </Group>
            <Code block aria-label={t('explorer.result')}>
              {result}
            </Code>
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}
