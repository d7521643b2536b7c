import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ActionIcon, Badge, Button, FileInput, Group, Image, List, Modal, Paper, Select, Stack, Table, Text, Textarea, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { IconBan, IconBook, IconCircleCheck, IconCircleX, IconDownload, IconEye, IconFilePlus, IconRotateClockwise } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CASE_DOC_TYPES, DOC_TYPES, LIMITS, MEDICAL_DOC_TYPES, type AttachmentDto, type DocType, type Owner } from '@core/documents/schema';
import { addDays, EXPIRING_DAYS } from '@core/documents/rules';
import { DOC_TYPE_LABEL, STAGE_LABEL } from '@core/documents/i18n/labels';
import type { ResidentDto } from '@core/residents/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate } from '../app/router';
import { documentsPaths } from './paths';
import { formatDate } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { DateField } from '../ui/DateField';
import { ModalForm } from '../ui/ModalForm';
import { ConsentsSection } from './ConsentsSection';
import { blobOf } from './files';
import { useAddDocument, useVoidDocument } from './mutations';
import { documentQueries } from './queries';

// The child's Documents tab: the required documents by stage (on file or missing, in words and
// with an icon, never by colour alone), the documents with type, date and validity, adding one
// (the file is read in the window; an image's thumbnail drawn once), viewing it inside the app
// (images rotate; a PDF in Chromium's viewer from a blob: URL, which the CSP allows in frames
// and nowhere else), saving a copy, and voiding with a reason.

export function DocumentsTab({ resident }: { resident: ResidentDto }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const list = useQuery(documentQueries.ofChild(resident.id));
  return (
    <Stack gap="lg" data-testid="documents-tab">
      <Checklist residentId={resident.id} />
      <OwnerDocuments
        owner={{ ownerType: 'resident', ownerId: resident.id }}
        actions={
          <Button variant="default" leftSection={<IconBook size={18} aria-hidden />} onClick={() => navigate(documentsPaths.lifeStory(resident.id, locale))} data-testid="open-life-story">
            {t('documents.lifeStory.open')}
          </Button>
        }
      />
      <ConsentsSection residentId={resident.id} documents={list.data ?? []} />
    </Stack>
  );
}

/**
 * The documents of one record (a child, a staff member, an episode, a plan, a review, an
 * incident): the list, adding, viewing and voiding. Which types a role may add and void follows
 * the core's rules (medical: residents.medical; decisions and consent: care.write).
 */
export function OwnerDocuments({ owner, actions, emptyText }: { owner: Owner; actions?: ReactNode; emptyText?: string }) {
  const { t } = useTranslation();
  const { can } = useAppInfo();
  const list = useQuery(documentQueries.list(owner));
  const [adding, setAdding] = useState(false);
  const [viewing, setViewing] = useState<AttachmentDto | null>(null);
  const [voiding, setVoiding] = useState<AttachmentDto | null>(null);
  return (
    <Stack gap="sm" data-testid={`documents-${owner.ownerType}`}>
      <Group justify="space-between">
        <Title order={2} fz="h4">
          {t('documents.list.title')}
        </Title>
        <Group gap="sm">
          {actions}
          {can('documents.write') && (
            <Button leftSection={<IconFilePlus size={18} aria-hidden />} onClick={() => setAdding(true)} data-testid="add-document">
              {t('documents.add.button')}
            </Button>
          )}
        </Group>
      </Group>
      <CallErrorAlert error={list.error} title={t('documents.list.loadFailed')} />
      {list.data && list.data.length === 0 && <Text c="dimmed">{emptyText ?? t('documents.list.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <DocumentTable items={list.data} onView={setViewing} onVoid={can('documents.write') ? setVoiding : undefined} canVoidCase={can('care.write')} />
      )}
      <AddDocumentModal owner={owner} opened={adding} onClose={() => setAdding(false)} />
      <ViewerModal doc={viewing} onClose={() => setViewing(null)} />
      <VoidModal doc={voiding} onClose={() => setVoiding(null)} />
    </Stack>
  );
}

function Checklist({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(documentQueries.missing(residentId));
  const missing = data?.filter((i) => !i.present).length ?? 0;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('documents.checklist.title')} data-testid="documents-checklist">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="h4">
          {t('documents.checklist.title')}
        </Title>
        {data && (
          <Badge color={missing ? 'orange' : 'teal'} variant="light" data-testid="missing-count">
            {missing ? t('documents.checklist.missingCount', { count: missing }) : t('documents.checklist.allPresent')}
          </Badge>
        )}
      </Group>
      <CallErrorAlert error={error} />
      {data && (
        <List spacing={4} listStyleType="none" p={0}>
          {data.map((i) => (
            <List.Item
              key={`${i.stage}-${i.docType}`}
              data-testid={`check-${i.docType}`}
              data-present={i.present ? 'yes' : 'no'}
              icon={i.present ? <IconCircleCheck size={18} color="var(--mantine-color-teal-7)" aria-hidden /> : <IconCircleX size={18} color="var(--mantine-color-orange-7)" aria-hidden />}
            >
              <Text span fz="sm">
                {t(STAGE_LABEL[i.stage])}: {t(DOC_TYPE_LABEL[i.docType])} —{' '}
                <Text span fw={600} fz="sm">
                  {i.present ? t('documents.checklist.present') : t('documents.checklist.missing')}
                </Text>
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}

function Validity({ until }: { until: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { info } = useAppInfo();
  if (!until) return null;
  const expired = until < info.today;
  const soon = !expired && until <= addDays(info.today, EXPIRING_DAYS);
  return (
    <Group gap={4} wrap="nowrap">
      <Text span fz="sm">
        {formatDate(until, locale)}
      </Text>
      {expired && <Badge color="red" variant="light" size="sm">{t('documents.list.expired')}</Badge>}
      {soon && <Badge color="orange" variant="light" size="sm">{t('documents.list.expiresSoon')}</Badge>}
    </Group>
  );
}

function DocumentTable({ items, onView, onVoid, canVoidCase }: { items: AttachmentDto[]; onView(d: AttachmentDto): void; onVoid?: (d: AttachmentDto) => void; canVoidCase: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <Table striped data-testid="documents-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('documents.list.type')}</Table.Th>
          <Table.Th>{t('documents.list.titleColumn')}</Table.Th>
          <Table.Th>{t('documents.list.date')}</Table.Th>
          <Table.Th>{t('documents.list.validUntil')}</Table.Th>
          <Table.Th>{t('documents.list.added')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((d) => (
          <Table.Tr key={d.id} data-testid="document-row" data-doc-type={d.docType} data-voided={d.voided ? 'yes' : 'no'}>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                {d.thumbnail && <Image src={d.thumbnail} alt="" w={40} h={40} fit="cover" radius="sm" />}
                <Text fz="sm" td={d.voided ? 'line-through' : undefined}>
                  {t(DOC_TYPE_LABEL[d.docType])}
                </Text>
                {d.currentPhoto && <Badge size="sm" variant="light">{t('documents.list.current')}</Badge>}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text fz="sm">{d.title || d.fileName}</Text>
              {d.voided && (
                <Group gap={4}>
                  <Badge color="gray" size="sm">{t('documents.list.voided')}</Badge>
                  <Text fz="xs" c="dimmed" data-testid="void-reason">
                    {t('documents.list.voidedBy', { by: d.voided.by, reason: d.voided.reason })}
                  </Text>
                </Group>
              )}
            </Table.Td>
            <Table.Td>{d.documentDate ? formatDate(d.documentDate, locale) : ''}</Table.Td>
            <Table.Td>{!d.voided && <Validity until={d.validUntil} />}</Table.Td>
            <Table.Td>
              <Text fz="sm">{d.addedBy}</Text>
              <Text fz="xs" c="dimmed">{formatDate(d.addedAt.slice(0, 10), locale)}</Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap" justify="flex-end">
                <Button size="xs" variant="light" leftSection={<IconEye size={14} aria-hidden />} onClick={() => onView(d)}>
                  {t('documents.view.open')}
                </Button>
                {onVoid && !d.voided && (canVoidCase || !CASE_DOC_TYPES.includes(d.docType)) && (
                  <Button size="xs" variant="subtle" color="red" leftSection={<IconBan size={14} aria-hidden />} onClick={() => onVoid(d)}>
                    {t('documents.void.button')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const EMPTY = { file: null as File | null, docType: '' as DocType | '', title: '', documentDate: '', validUntil: '' };

function AddDocumentModal({ owner, opened, onClose }: { owner: Owner; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const { can } = useAppInfo();
  const adding = useAddDocument();
  const [v, setV] = useState(EMPTY);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (opened) {
      setV(EMPTY);
      setTouched(false);
      adding.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened]);
  const types = useMemo(
    () => DOC_TYPES.filter((d) => (can('residents.medical') || !MEDICAL_DOC_TYPES.includes(d)) && (can('care.write') || !CASE_DOC_TYPES.includes(d))).map((d) => ({ value: d, label: t(DOC_TYPE_LABEL[d]) })),
    [can, t],
  );
  const fieldError = (path: string) => {
    const f = (adding.error as { error?: { fields?: Array<{ path: string; message: string; params?: Record<string, string | number> }> } } | null)?.error?.fields?.find((x) => x.path === path);
    return f ? tk(f.message, f.params) : undefined;
  };
  const save = (e?: React.FormEvent) => {
    e?.preventDefault();
    setTouched(true);
    if (!v.file || !v.docType) return;
    adding.mutate(
      { ...owner, docType: v.docType, title: v.title, documentDate: v.documentDate, validUntil: v.validUntil, file: v.file },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('documents.add.saved'), closeButtonProps: { 'aria-label': t('common.close') } });
          onClose();
        },
      },
    );
  };
  return (
    <ModalForm opened={opened} onClose={onClose} title={t('documents.add.title')} onSubmit={save} pending={adding.isPending} error={adding.error} errorTestId="add-document-error">
      <FileInput
        label={t('documents.add.file', { max: LIMITS.fileBytes / 1024 / 1024 })}
        placeholder={t('documents.add.noFile')}
        accept="application/pdf,image/jpeg,image/png"
        value={v.file}
        onChange={(file) => setV((s) => ({ ...s, file, title: s.title || (file?.name.replace(/\.[^.]+$/, '') ?? '') }))}
        withAsterisk
        clearable
        error={(touched && !v.file && t('validation.required')) || fieldError('dataBase64')}
        data-testid="document-file"
      />
      <Select
        label={t('documents.add.docType')}
        data={types}
        value={v.docType || null}
        onChange={(d) => setV((s) => ({ ...s, docType: (d ?? '') as DocType | '' }))}
        withAsterisk
        allowDeselect={false}
        error={touched && !v.docType ? t('validation.choose') : undefined}
      />
      <TextInput label={t('documents.add.titleField')} value={v.title} onChange={(e) => setV((s) => ({ ...s, title: e.currentTarget.value }))} maxLength={200} />
      <Group grow align="flex-start">
        <DateField label={t('documents.add.documentDate')} value={v.documentDate} onChange={(documentDate) => setV((s) => ({ ...s, documentDate }))} error={fieldError('documentDate')} />
        <DateField label={t('documents.add.validUntil')} value={v.validUntil} onChange={(validUntil) => setV((s) => ({ ...s, validUntil }))} error={fieldError('validUntil')} />
      </Group>
    </ModalForm>
  );
}

function ViewerModal({ doc, onClose }: { doc: AttachmentDto | null; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={doc !== null} onClose={onClose} title={doc ? `${t(DOC_TYPE_LABEL[doc.docType])}: ${doc.title || doc.fileName}` : ''} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {doc && <Viewer doc={doc} />}
    </Modal>
  );
}

function Viewer({ doc }: { doc: AttachmentDto }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(documentQueries.content(doc.id));
  const [turns, setTurns] = useState(0);
  const url = useMemo(() => (data ? URL.createObjectURL(blobOf(data.dataBase64, data.mime)) : null), [data]);
  useEffect(() => () => { if (url) URL.revokeObjectURL(url); }, [url]);
  const label = doc.title || doc.fileName;
  const saveCopy = () => {
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = doc.fileName || `${doc.docType}.${doc.mime === 'application/pdf' ? 'pdf' : doc.mime === 'image/png' ? 'png' : 'jpg'}`;
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
  if (error) return <CallErrorAlert error={error} title={t('documents.view.loadFailed')} />;
  if (!data || !url) return <Text c="dimmed">{t('common.loading')}</Text>;
  const image = data.mime !== 'application/pdf';
  return (
    <Stack gap="sm" data-testid="document-viewer">
      <Group gap="xs">
        {image && (
          <Tooltip label={t('documents.view.rotate')}>
            <ActionIcon variant="light" size="lg" aria-label={t('documents.view.rotate')} onClick={() => setTurns((n) => (n + 1) % 4)} data-testid="rotate">
              <IconRotateClockwise size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        )}
        <Button variant="default" size="xs" leftSection={<IconDownload size={14} aria-hidden />} onClick={saveCopy}>
          {t('documents.view.saveCopy')}
        </Button>
      </Group>
      {image ? (
        <div style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: 320, overflow: 'hidden' }}>
          <img
            src={`data:${data.mime};base64,${data.dataBase64}`}
            alt={t('documents.view.imageAlt', { title: label })}
            data-testid="viewer-image"
            data-rotation={turns * 90}
            style={{ maxWidth: '100%', maxHeight: '70vh', transform: `rotate(${turns * 90}deg)`, transition: 'transform 150ms' }}
          />
        </div>
      ) : (
        <iframe src={url} title={t('documents.view.pdfFrame', { title: label })} data-testid="viewer-pdf" style={{ width: '100%', height: '70vh', border: 0 }} />
      )}
    </Stack>
  );
}

function VoidModal({ doc, onClose }: { doc: AttachmentDto | null; onClose(): void }) {
  const { t } = useTranslation();
  const voiding = useVoidDocument();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    setReason('');
    setTouched(false);
    voiding.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc]);
  const save = (e?: React.FormEvent) => {
    e?.preventDefault();
    setTouched(true);
    if (!doc || !reason.trim()) return;
    voiding.mutate(
      { id: doc.id, reason },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('documents.void.done'), closeButtonProps: { 'aria-label': t('common.close') } });
          onClose();
        },
      },
    );
  };
  return (
    <ModalForm
      opened={doc !== null}
      onClose={onClose}
      title={t('documents.void.title')}
      size="md"
      intro={<Text fz="sm">{t('documents.void.hint')}</Text>}
      onSubmit={save}
      pending={voiding.isPending}
      error={voiding.error}
      errorTestId="void-error"
      saveLabel={t('documents.void.confirm')}
      saveIcon={<IconBan size={18} aria-hidden />}
    >
      <Textarea label={t('documents.void.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} withAsterisk autosize minRows={2} maxLength={500} error={touched && !reason.trim() ? t('validation.required') : undefined} />
    </ModalForm>
  );
}
