import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  PasswordInput,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Stepper,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrecheckProblem } from '@core/packages/schema';
import type { PackagesHostInfo } from '@core/packages/host-schema';
import { toCallError } from '../data/callError';
import { latestError } from '../data/latestError';
import { href, paths } from '../app/router';
import { formatDate } from '../format';
import { useDynamicT, useLocale } from '../i18n';
import { CallErrorAlert } from '../ui/CallErrorAlert';
import { lastEndedPeriod, periodLabel, yearsUpTo, type PeriodChoice, type PeriodKind } from './periodModel';
import { packagesChanged, usePrecheck, useSavePackage, useStartExport } from './mutations';
import { packageQueries } from './queries';
import { PREREQUISITE_LABEL, PROBLEM_LABEL, STAGE_LABEL } from '@core/packages/i18n/labels';
import { keyFor } from '@core/i18n/keys';

// The new-package wizard: period → pre-check (fix the problems, or go on with a reason) → the
// export running in the host's worker (polled every 300 ms, see polling.ts; the window stays
// usable) → done.

type Step = 'period' | 'check' | 'work' | 'done';
const STEP_INDEX: Record<Step, number> = { period: 0, check: 1, work: 2, done: 3 };

function recordLink(p: PrecheckProblem): string | null {
  if (p.entity === 'resident' && p.entityId) return href(paths.child(p.entityId));
  if (p.entity === 'staff' && p.entityId) return href(paths.staffMember(p.entityId));
  return null;
}

export function ExportWizard({
  host,
  initial,
  onClose,
}: {
  host: PackagesHostInfo;
  /** The period to start from (a correction package's); else the last quarter that has ended. */
  initial?: PeriodChoice;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const locale = useLocale();
  const today = new Date();
  const [step, setStep] = useState<Step>('period');
  const [choice, setChoice] = useState<PeriodChoice>(() => initial ?? lastEndedPeriod('quarter', today));
  const [reason, setReason] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const client = useQueryClient();
  const checking = usePrecheck();
  const starting = useStartExport();
  const saving = useSavePackage(host.saveDialog);
  const check = checking.data ?? null;
  // The job, as the start answered it and then as its polling sees it.
  const jobId = starting.data?.jobId ?? null;
  const status = useQuery({ ...packageQueries.exportStatus(jobId ?? ''), enabled: jobId !== null });
  const job = status.data ?? starting.data ?? null;
  const savedPath = saving.data || null;
  const root = useRef<HTMLDivElement | null>(null);

  // Opened from the corrections notice at the top, the wizard may start below the fold.
  useEffect(() => {
    root.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  // The package is made: the chain, the queue and the closed periods show it.
  const phase = status.data?.phase;
  useEffect(() => {
    if (phase !== 'done') return;
    setStep('done');
    packagesChanged(client);
  }, [phase, client]);

  const setKind = (kind: PeriodKind) => setChoice(lastEndedPeriod(kind, today));

  const runCheck = () => checking.mutate({ period: periodLabel(choice) }, { onSuccess: () => setStep('check') });

  const start = () => {
    if (!check) return;
    starting.mutate(
      {
        period: check.period.label,
        ...(check.problems.length > 0 ? { acceptProblems: reason } : {}),
        ...(host.passphraseForExport ? { passphrase } : {}),
      },
      { onSuccess: () => setStep('work') },
    );
  };

  const save = () => job?.result && saving.mutate(job.result.id);

  // One refusal at a time: the last action's, else (while it runs) the polling's or the job's own failure.
  const working = step === 'work';
  const error =
    toCallError(latestError(checking, starting, saving)) ??
    (working ? (toCallError(status.error) ?? (job?.phase === 'failed' ? job.error : null)) : null);
  const blocking = check?.problems.filter((p) => p.severity === 'blocking') ?? [];
  const canGo =
    !!check &&
    check.missing.length === 0 &&
    blocking.length === 0 &&
    (check.problems.length === 0 || reason.trim().length > 0) &&
    (!host.passphraseForExport || passphrase.length > 0);
  const passError = error?.fields?.find((f) => f.path === 'passphrase') ?? (error?.message === 'packages.errors.wrongPassphrase' ? error : null);

  const months = Array.from({ length: 12 }, (_, i) => ({
    value: String(i + 1),
    label: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
  }));
  const quarters = [1, 2, 3, 4].map((n) => ({ value: String(n), label: t('packages.wizard.quarterName', { n }) }));

  return (
    <Paper withBorder radius="md" p="md" data-testid="export-wizard" ref={root}>
      <Stack gap="md">
        <Title order={2} fz="h4">
          {t('packages.wizard.title')}
        </Title>
        <Stepper active={STEP_INDEX[step]} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label={t('packages.wizard.steps.period')} />
          <Stepper.Step label={t('packages.wizard.steps.check')} />
          <Stepper.Step label={t('packages.wizard.steps.work')} />
          <Stepper.Step label={t('packages.wizard.steps.done')} />
        </Stepper>

        {!passError && <CallErrorAlert error={error} title={working ? t('packages.wizard.failed') : undefined} />}

        {step === 'period' && (
          <Stack gap="sm">
            <SegmentedControl
              w="fit-content"
              value={choice.kind}
              onChange={(v) => setKind(v as PeriodKind)}
              data={[
                { value: 'quarter', label: t('packages.wizard.kind.quarter') },
                { value: 'month', label: t('packages.wizard.kind.month') },
              ]}
            />
            <Group align="flex-end">
              <Select
                label={t('packages.wizard.year')}
                w={120}
                allowDeselect={false}
                value={String(choice.year)}
                onChange={(v) => v && setChoice({ ...choice, year: Number(v) })}
                data={yearsUpTo(today).map(String)}
              />
              <Select
                label={choice.kind === 'month' ? t('packages.wizard.month') : t('packages.wizard.quarter')}
                w={220}
                allowDeselect={false}
                value={String(choice.index)}
                onChange={(v) => v && setChoice({ ...choice, index: Number(v) })}
                data={choice.kind === 'month' ? months : quarters}
              />
              <Badge variant="outline" size="lg" tt="none" data-testid="period-label">
                {periodLabel(choice)}
              </Badge>
            </Group>
            <Group>
              <Button onClick={runCheck} loading={checking.isPending}>
                {t('packages.wizard.check')}
              </Button>
              <Button variant="default" onClick={onClose}>
                {t('packages.wizard.cancel')}
              </Button>
            </Group>
          </Stack>
        )}

        {step === 'check' && check && (
          <Stack gap="sm" data-testid="precheck">
            <Text>
              {t('packages.wizard.summary', {
                period: check.period.label,
                start: formatDate(check.period.start, locale),
                end: formatDate(check.period.end, locale),
                sequence: check.sequence,
              })}
            </Text>
            {check.supersedes !== null && <Text fz="sm">{t('packages.wizard.supersedes', { sequence: check.supersedes })}</Text>}
            {check.missing.length > 0 && (
              <Alert color="red" icon={<IconAlertTriangle aria-hidden />}>
                {t('packages.wizard.missing', { items: check.missing.map((m) => tk(PREREQUISITE_LABEL[m])).join(', ') })}
              </Alert>
            )}
            {check.problems.length === 0 ? (
              <Alert color="teal" icon={<IconCircleCheck aria-hidden />}>
                {t('packages.wizard.noProblems')}
              </Alert>
            ) : (
              <>
                <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
                  {t('packages.wizard.problemsIntro', { count: check.problems.length })}
                </Alert>
                <List spacing={6} data-testid="precheck-problems">
                  {check.problems.map((p, i) => {
                    const link = recordLink(p);
                    return (
                      <List.Item key={`${p.code}-${p.entityId ?? i}`}>
                        <Text span fw={600}>
                          {p.label}
                        </Text>
                        {' — '}
                        <Text span>{tk(keyFor(PROBLEM_LABEL, p.code) ?? p.code)}</Text>
                        {p.severity === 'blocking' && (
                          <Badge color="red" variant="light" ml="xs" tt="none">
                            {t('packages.wizard.blocking')}
                          </Badge>
                        )}
                        {link && (
                          <Anchor href={link} ml="xs" fz="sm">
                            {t('packages.wizard.openRecord')}
                          </Anchor>
                        )}
                      </List.Item>
                    );
                  })}
                </List>
                {blocking.length === 0 && check.missing.length === 0 && (
                  <Textarea
                    label={t('packages.wizard.reason')}
                    description={t('packages.wizard.reasonHint')}
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                    autosize
                    minRows={2}
                    maxLength={2000}
                    withAsterisk
                  />
                )}
              </>
            )}
            {host.passphraseForExport && (
              <PasswordInput
                label={t('packages.keys.passphrase')}
                value={passphrase}
                onChange={(e) => setPassphrase(e.currentTarget.value)}
                error={passError ? tk(passError.message, passError.params) : undefined}
                autoComplete="current-password"
                maw={420}
              />
            )}
            <Group>
              <Button onClick={start} loading={starting.isPending} disabled={!canGo}>
                {check.problems.length > 0 ? t('packages.wizard.continueWithReason') : t('packages.wizard.make')}
              </Button>
              <Button variant="default" onClick={runCheck}>
                {t('packages.wizard.recheck')}
              </Button>
              <Button variant="subtle" onClick={() => setStep('period')}>
                {t('packages.wizard.back')}
              </Button>
            </Group>
          </Stack>
        )}

        {step === 'work' && job && (
          <Stack gap="xs" data-testid="export-progress">
            <Text>{t('packages.wizard.working', { period: job.period })}</Text>
            <Progress
              // A sliver from the start, so that the bar is visible while the worker starts.
              value={Math.max(3, Math.round(job.fraction * 100))}
              size="lg"
              animated={job.phase !== 'failed'}
              color={job.phase === 'failed' ? 'red' : 'teal'}
              aria-label={tk(STAGE_LABEL[job.phase])}
            />
            <Text fz="sm" c="dimmed" data-testid="export-stage">
              {tk(STAGE_LABEL[job.phase])} · {Math.round(job.fraction * 100)}%
            </Text>
            {job.phase === 'failed' && (
              <Group>
                <Button variant="default" onClick={() => setStep('check')}>
                  {t('packages.wizard.back')}
                </Button>
              </Group>
            )}
          </Stack>
        )}

        {step === 'done' && job?.result && (
          <Stack gap="sm" data-testid="export-done">
            <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title={t('packages.wizard.doneTitle', { sequence: job.result.sequence })}>
              {t('packages.wizard.doneText', { file: job.result.fileName })}
            </Alert>
            {savedPath && <Text fz="sm">{t('packages.saved', { path: savedPath })}</Text>}
            <Group>
              <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={save}>
                {t('packages.save')}
              </Button>
              <Button variant="default" onClick={onClose}>
                {t('packages.wizard.close')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
