import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Checkbox, FileInput, Group, List, Paper, Progress, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconCircleCheck, IconCircleX, IconFileSpreadsheet, IconPlayerSkipForward, IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, type CommitDto, type ImportKind, type PreviewDto, type PreviewRow } from '@core/imports/schema';
import { IMPORT_KIND_LABEL, ROW_STATUS_LABEL } from '@core/imports/i18n/labels';
import { useAppInfo } from '../app/AppInfoContext';
import { useDynamicT } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DataTable, type DataColumn } from '../ui/DataTable';
import { ModalForm } from '../ui/ModalForm';
import { useCommitImport, useUploadFile } from './mutations';
import { importQueries } from './queries';

// Settings → Import: pick the register and a file (sent in chunks, with its progress), the sheet,
// the columns (guessed, or remembered from the last file with the same headers), the preview where
// each row shows its errors by cell — fix a cell or skip a row — and the commit of the valid rows.

const KIND_PERMISSION = { residents: 'residents.write', staff: 'staff.write', episodes: 'care.write', relatives: 'care.write' } as const;

export function ImportSettings() {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const kinds = IMPORT_KINDS.filter((k) => can(KIND_PERMISSION[k]));
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'residents');
  const [progress, setProgress] = useState(0);
  const upload = useUploadFile(setProgress);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<CommitDto | null>(null);
  const uploaded = upload.data;

  const choose = (f: File | null) => {
    setFile(f);
    setResult(null);
    upload.reset();
    if (f) upload.mutate(f);
  };

  return (
    <Stack gap="md" data-testid="import-settings">
      <Title order={2} fz="h3">
        {t('imports.title')}
      </Title>
      <Text c="dimmed" maw={800}>
        {t('imports.intro')}
      </Text>
      <Group align="end">
        <Select
          label={t('imports.kind.label')}
          data={kinds.map((k) => ({ value: k, label: t(IMPORT_KIND_LABEL[k]) }))}
          value={kind}
          onChange={(v) => v && setKind(v as ImportKind)}
          allowDeselect={false}
          w={260}
          data-testid="import-kind"
        />
        <FileInput
          label={t('imports.file.label')}
          placeholder={t('imports.file.placeholder')}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          value={file}
          onChange={choose}
          w={340}
          clearable
          data-testid="import-file"
        />
      </Group>
      {upload.isPending && (
        <Stack gap={4} maw={600}>
          <Text size="sm">{t('imports.file.sending', { percent: Math.round(progress * 100) })}</Text>
          <Progress value={progress * 100} aria-label={t('imports.file.sending', { percent: Math.round(progress * 100) })} data-testid="import-progress" />
        </Stack>
      )}
      <CallErrorAlert error={upload.error} />
      {result && <ResultPanel result={result} onAgain={() => choose(null)} />}
      {uploaded && !result && <Wizard key={`${uploaded.uploadId}-${kind}`} uploadId={uploaded.uploadId} kind={kind} onDone={setResult} />}
    </Stack>
  );
}

function ResultPanel({ result, onAgain }: { result: CommitDto; onAgain(): void }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="import-result">
      <Stack gap="xs" align="start">
        <Text>{t('imports.commit.done', { imported: result.imported, skipped: result.skipped })}</Text>
        <Button variant="light" leftSection={<IconUpload size={16} aria-hidden />} onClick={onAgain}>
          {t('imports.commit.again')}
        </Button>
      </Stack>
    </Alert>
  );
}

function Wizard({ uploadId, kind, onDone }: { uploadId: string; kind: ImportKind; onDone(r: CommitDto): void }) {
  const { t } = useTranslation();
  const [sheet, setSheet] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, number | null> | undefined>(undefined);
  const [skip, setSkip] = useState<number[]>([]);
  const [edits, setEdits] = useState<Record<string, Record<string, string>>>({});
  const [reason, setReason] = useState('');
  const input = { uploadId, kind, sheet, mapping, skip, edits };
  const preview = useQuery(importQueries.preview(input));
  const commit = useCommitImport();
  const p = preview.data;

  if (!p) return preview.isFetching ? <Text>{t('imports.file.reading')}</Text> : <CallErrorAlert error={preview.error} />;
  const toggleSkip = (row: number) => setSkip((s) => (s.includes(row) ? s.filter((r) => r !== row) : [...s, row]));
  const fix = (row: number, field: string, value: string) => setEdits((e) => ({ ...e, [row]: { ...e[row], [field]: value } }));
  return (
    <Stack gap="md">
      <Group gap="md">
        <Text size="sm" c="dimmed">
          {t('imports.file.format', { format: p.format.toUpperCase() })}
        </Text>
        {p.encoding && (
          <Text size="sm" c="dimmed" data-testid="import-encoding">
            {t('imports.file.encoding', { encoding: p.encoding, separator: p.separator === '\t' ? 'TAB' : (p.separator ?? '') })}
          </Text>
        )}
      </Group>
      {p.sheets.length > 1 && (
        <Select
          label={t('imports.sheet.label')}
          data={p.sheets}
          value={p.sheet}
          onChange={(v) => {
            setSheet(v);
            setMapping(undefined);
            setSkip([]);
            setEdits({});
          }}
          allowDeselect={false}
          w={260}
          data-testid="import-sheet"
        />
      )}
      <MappingPanel preview={p} onChange={(m) => setMapping(m)} />
      <CallErrorAlert error={preview.error} />
      <PreviewPanel preview={p} onToggleSkip={toggleSkip} onFix={fix} />
      <CallErrorAlert error={commit.error} />
      <Group align="end">
        <Textarea label={t('imports.commit.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={1} w={420} />
        <Button
          leftSection={<IconUpload size={18} aria-hidden />}
          disabled={p.counts.valid === 0 || preview.isFetching}
          loading={commit.isPending}
          onClick={() => commit.mutate({ ...input, reason: reason.trim() || undefined }, { onSuccess: onDone })}
          data-testid="import-commit"
        >
          {t('imports.commit.button', { count: p.counts.valid })}
        </Button>
      </Group>
    </Stack>
  );
}

function MappingPanel({ preview: p, onChange }: { preview: PreviewDto; onChange(m: Record<string, number | null>): void }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const options = [{ value: '', label: t('imports.mapping.none') }, ...p.header.map((h, i) => ({ value: String(i), label: h || `#${i + 1}` }))];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('imports.mapping.title')} data-testid="import-mapping">
      <Title order={3} fz="h4" mb={4}>
        {t('imports.mapping.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" data-testid="import-mapping-from">
        {t(p.mappingFrom === 'given' ? 'imports.mapping.given' : p.mappingFrom === 'remembered' ? 'imports.mapping.remembered' : 'imports.mapping.guessed')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        {p.fields.map((f) => (
          <Select
            key={f.field}
            label={tk(f.label)}
            withAsterisk={f.required}
            data={options}
            value={p.mapping[f.field] == null ? '' : String(p.mapping[f.field])}
            onChange={(v) => onChange({ ...p.mapping, [f.field]: v === '' || v == null ? null : Number(v) })}
            allowDeselect={false}
            data-testid={`map-${f.field}`}
          />
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function PreviewPanel({ preview: p, onToggleSkip, onFix }: { preview: PreviewDto; onToggleSkip(row: number): void; onFix(row: number, field: string, value: string): void }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [fixing, setFixing] = useState<{ row: number; field: string; column: string; value: string } | null>(null);
  const rows = useMemo(() => (onlyErrors ? p.rows.filter((r) => r.status === 'error') : p.rows), [p.rows, onlyErrors]);
  const mapped = p.fields.filter((f) => p.mapping[f.field] != null);
  const valuesOf = (r: PreviewRow) => mapped.map((f) => r.cells[f.field]).filter(Boolean).join(' · ');
  const labelOf = (field: string) => tk(p.fields.find((f) => f.field === field)?.label ?? field);

  const columns: DataColumn<PreviewRow>[] = [
    { id: 'row', header: t('imports.preview.row'), width: 70, cell: (r) => r.row },
    {
      id: 'status',
      header: t('imports.preview.status'),
      width: 170,
      cell: (r) => (
        <Badge
          color={r.status === 'ok' ? 'teal' : r.status === 'error' ? 'red' : 'gray'}
          variant="light"
          leftSection={r.status === 'ok' ? <IconCircleCheck size={12} aria-hidden /> : r.status === 'error' ? <IconCircleX size={12} aria-hidden /> : <IconPlayerSkipForward size={12} aria-hidden />}
        >
          {t(ROW_STATUS_LABEL[r.status])}
        </Badge>
      ),
    },
    { id: 'values', header: t('imports.preview.values'), width: 300, wrap: true, cell: (r) => <Text size="sm">{valuesOf(r)}</Text> },
    {
      id: 'issues',
      header: t('imports.preview.problems'),
      wrap: true,
      cell: (r) =>
        r.issues.length === 0 ? null : (
          <List size="sm" spacing={2} data-testid="row-issues">
            {r.issues.map((i) => (
              <List.Item key={i.field}>
                <Group gap={6} wrap="wrap" align="center">
                  <Text size="sm">
                    <b>{i.column ? t('imports.preview.cell', { column: i.column }) : labelOf(i.field)}</b>: {tk(i.message, i.params)}
                  </Text>
                  <Button size="compact-xs" variant="subtle" onClick={() => setFixing({ row: r.row, field: i.field, column: i.column || labelOf(i.field), value: r.cells[i.field] ?? '' })} data-testid="row-fix">
                    {t('imports.preview.fix')}
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        ),
    },
    {
      id: 'actions',
      header: t('imports.preview.skip'),
      width: 120,
      cell: (r) => (
        <Button size="xs" variant="light" color={r.status === 'skipped' ? 'teal' : 'gray'} onClick={() => onToggleSkip(r.row)} aria-label={`${r.status === 'skipped' ? t('imports.preview.include') : t('imports.preview.skip')}: ${t('imports.preview.row')} ${r.row}`} data-testid="row-skip">
          {r.status === 'skipped' ? t('imports.preview.include') : t('imports.preview.skip')}
        </Button>
      ),
    },
  ];

  return (
    <Stack gap="sm" component="section" aria-label={t('imports.preview.title')}>
      <Group justify="space-between">
        <Title order={3} fz="h4">
          {t('imports.preview.title')}
        </Title>
        <Checkbox label={t('imports.preview.onlyErrors')} checked={onlyErrors} onChange={(e) => setOnlyErrors(e.currentTarget.checked)} data-testid="import-only-errors" />
      </Group>
      <Text size="sm" data-testid="import-counts">
        {t('imports.preview.counts', p.counts)}
      </Text>
      <DataTable
        columns={columns}
        count={rows.length}
        rowAt={(i) => rows[i]}
        label={t('imports.preview.title')}
        testId="import-preview"
        rowData={(r) => ({ 'data-row': String(r.row), 'data-status': r.status })}
        rowHeight={72}
        minWidth={900}
      />
      <ModalForm
        opened={fixing !== null}
        onClose={() => setFixing(null)}
        title={fixing ? t('imports.preview.fixTitle', { row: fixing.row, column: fixing.column }) : ''}
        pending={false}
        error={null}
        saveLabel={t('imports.preview.fix')}
        onSubmit={(e) => {
          e?.preventDefault();
          if (fixing) onFix(fixing.row, fixing.field, fixing.value);
          setFixing(null);
        }}
      >
        <TextInput
          label={t('imports.preview.fixLabel')}
          value={fixing?.value ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setFixing((f) => (f ? { ...f, value } : f));
          }}
          data-autofocus
          data-testid="fix-value"
        />
      </ModalForm>
    </Stack>
  );
}
