import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Button, Card, FileInput, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '../../i18n/LocaleProvider';
import { LOCALES, LOCALE_NAMES, type Locale } from '../../i18n/locales';
import type { InstrumentCode } from '../../gql/graphql';
import { ErrorNote, Loading, Tag } from '../common';
import { splitRefusal } from '../refusal';
import { RefusalNote } from '../RefusalNote';
import { LoadInstrumentText, ResearchInstruments } from './research.graphql';
import { splitWording, wordingField } from './wording';

/**
 * The researcher loads an instrument's licensed wording, one language at a time: choose the
 * instrument and the language, paste or upload the wording (one item a line) or type it item by
 * item, give the answer labels and the source; the API's refusal is shown at each field it names.
 * A table shows which languages each instrument has wording in.
 */
export function InstrumentWording() {
  const t = useT();
  const nameOf = (code: InstrumentCode) => t(`instrument.${code}`);
  const q = useQuery(ResearchInstruments);
  const instruments = useMemo(() => q.data?.evaluationInstruments ?? [], [q.data]);
  const [code, setCode] = useState<InstrumentCode | null>(null);
  const [locale, setLocale] = useState<Locale>('da');
  const instrument = instruments.find((i) => i.code === code) ?? null;
  return (
    <Card withBorder component="section" aria-label={t('research.wording.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('research.wording.title')}
        </Title>
        <Text size="sm">{t('research.wording.intro')}</Text>
        <ErrorNote error={q.error} />
        {q.loading && !q.data && <Loading />}
        {instruments.length > 0 && (
          <>
            <Table.ScrollContainer minWidth={560}>
              <Table striped data-testid="wording-loaded">
                <Table.Caption>{t('research.wording.loadedCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('research.wording.instrument')}</Table.Th>
                    {LOCALES.map((l) => (
                      <Table.Th key={l} scope="col">
                        {LOCALE_NAMES[l]}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {instruments.map((i) => (
                    <Table.Tr key={i.code} data-testid="wording-row" data-instrument={i.code}>
                      <Table.Th scope="row">{nameOf(i.code)}</Table.Th>
                      {LOCALES.map((l) => (
                        <Table.Td key={l}>{i.textLocales.includes(l) ? <Tag color="teal.9">{t('research.wording.loaded')}</Tag> : <Text size="sm">{t('research.wording.notLoaded')}</Text>}</Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('research.wording.instrument')}
                placeholder={t('research.wording.choose')}
                data={instruments.map((i) => ({ value: i.code, label: nameOf(i.code) }))}
                value={code}
                onChange={(v) => setCode(v)}
              />
              <Select label={t('research.wording.language')} data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))} value={locale} allowDeselect={false} onChange={(v) => v && setLocale(v)} />
            </SimpleGrid>
            {instrument && <WordingForm key={`${instrument.code}-${locale}`} instrument={instrument} name={nameOf(instrument.code)} locale={locale} onLoaded={() => void q.refetch()} />}
          </>
        )}
      </Stack>
    </Card>
  );
}

type Instrument = { code: InstrumentCode; name: string; responseAnchors: string[]; items: { id: string }[]; textLocales: string[] };

function WordingForm({ instrument, name, locale, onLoaded }: { instrument: Instrument; name: string; locale: Locale; onLoaded: () => void }) {
  const t = useT();
  const itemIds = instrument.items.map((i) => i.id);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [anchors, setAnchors] = useState<string[]>(() => instrument.responseAnchors.map(() => ''));
  const [source, setSource] = useState('');
  const [instructions, setInstructions] = useState('');
  const [pasted, setPasted] = useState('');
  const [done, setDone] = useState<number | null>(null);
  const [load, { loading, error, reset }] = useMutation(LoadInstrumentText);
  const placed = ['source', 'instructions', 'anchors', 'items', ...anchors.map((_, i) => `anchors.${i}`), ...itemIds.map((_, i) => `items.${i}.text`)];
  const refusal = splitRefusal(error, { keyOf: wordingField, placed });
  const fill = (text: string) => {
    setPasted(text);
    setTexts((old) => ({ ...old, ...splitWording(text, itemIds) }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const input = {
      instrumentCode: instrument.code,
      locale,
      source: source.trim(),
      anchors: anchors.map((a) => a.trim()),
      items: itemIds.map((itemId) => ({ itemId, text: (texts[itemId] ?? '').trim() })),
      ...(instructions.trim() ? { instructions: instructions.trim() } : {}),
    };
    void load({ variables: { input } })
      .then((r) => {
        if (!r.data) return;
        setDone(r.data.loadInstrumentText.items);
        onLoaded();
      })
      .catch(() => undefined);
  };
  const changed = () => {
    if (error) reset();
    setDone(null);
  };
  return (
    <Stack gap="sm" component="form" onSubmit={submit} aria-label={t('research.wording.formOf', { instrument: name, language: LOCALE_NAMES[locale] })} onChange={changed}>
      {instrument.textLocales.includes(locale) && (
        <Alert color="gray" variant="light">
          {t('research.wording.replaces', { language: LOCALE_NAMES[locale] })}
        </Alert>
      )}
      <TextInput label={t('research.wording.source')} description={t('research.wording.sourceHint')} value={source} onChange={(e) => setSource(e.currentTarget.value)} error={refusal.fields['source']} required />
      <Textarea label={t('research.wording.instructions')} value={instructions} onChange={(e) => setInstructions(e.currentTarget.value)} error={refusal.fields['instructions']} autosize minRows={2} />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('research.wording.anchors')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {anchors.map((a, i) => (
            <TextInput
              key={i}
              label={t('research.wording.anchor', { n: i + 1, code: instrument.responseAnchors[i] })}
              value={a}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setAnchors((all) => all.map((x, j) => (j === i ? v : x)));
              }}
              error={refusal.fields[`anchors.${i}`]}
            />
          ))}
        </SimpleGrid>
        {refusal.fields['anchors'] && (
          <Text size="sm" c="red.8" role="alert">
            {refusal.fields['anchors']}
          </Text>
        )}
      </Stack>
      <Group grow align="start">
        <Textarea label={t('research.wording.paste')} description={t('research.wording.pasteHint')} value={pasted} onChange={(e) => fill(e.currentTarget.value)} autosize minRows={3} />
        <FileInput
          label={t('research.wording.upload')}
          description={t('research.wording.uploadHint')}
          accept=".txt,.csv,text/plain,text/csv"
          clearable
          onChange={(file) => {
            if (file) void file.text().then(fill);
          }}
        />
      </Group>
      <Stack gap="xs" role="group" aria-label={t('research.wording.items', { count: itemIds.length })}>
        <Text size="sm" fw={500}>
          {t('research.wording.items', { count: itemIds.length })}
        </Text>
        {itemIds.map((id, i) => (
          <Textarea
            key={id}
            label={t('research.wording.item', { n: i + 1, id })}
            value={texts[id] ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setTexts((all) => ({ ...all, [id]: v }));
            }}
            error={refusal.fields[`items.${i}.text`]}
            autosize
            minRows={1}
          />
        ))}
        {refusal.fields['items'] && (
          <Text size="sm" c="red.8" role="alert">
            {refusal.fields['items']}
          </Text>
        )}
      </Stack>
      <RefusalNote refusal={error ? refusal : null} />
      {done !== null && (
        <Alert color="teal" role="status" data-testid="wording-saved">
          {t('research.wording.saved', { count: done, instrument: name, language: LOCALE_NAMES[locale] })}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={loading}>
          {t('research.wording.load')}
        </Button>
      </Group>
    </Stack>
  );
}
