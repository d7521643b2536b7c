import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AdmitInput, AssessmentInput, ReferralOutcomeInput, type ReferralDto } from '@core/care/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate, paths } from '../app/router';
import { ActionModal } from './ActionModal';
import { admitFields, assessmentFields, assessmentShape, outcomeFields } from './forms';
import { useCareMutation } from './mutations';

// What can be done with an open referral: assess it, admit the child, or record that it ended
// without an admission (diverted or not admitted).

export function ReferralActions({ referral, again }: { referral: ReferralDto; again: boolean }) {
  const { t } = useTranslation();
  const { info, can } = useAppInfo();
  const [open, setOpen] = useState<'assess' | 'admit' | 'outcome' | null>(null);
  const assess = useCareMutation('care.assess');
  const admit = useCareMutation('care.admit');
  const outcome = useCareMutation('care.referralOutcome');
  if (!can('care.write') || referral.outcome !== null) return null;
  const close = () => setOpen(null);
  return (
    <>
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => setOpen('assess')} data-testid="referral-assess">
          {t('care.actions.assess')}
        </Button>
        <Button size="xs" onClick={() => setOpen('admit')} data-testid="referral-admit">
          {t('care.actions.admit')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setOpen('outcome')} data-testid="referral-outcome">
          {t('care.actions.outcome')}
        </Button>
      </Group>
      <ActionModal
        opened={open === 'assess'}
        title={t('care.actions.assess')}
        fields={assessmentFields}
        shape={assessmentShape}
        fixed={{ referralId: referral.id }}
        initial={{ assessedOn: info.today }}
        schema={AssessmentInput}
        mutation={assess}
        savedMessage={t('care.saved.assessment')}
        testId="assess-form"
        onClose={close}
      />
      <ActionModal
        opened={open === 'admit'}
        title={t('care.actions.admit')}
        fields={admitFields}
        fixed={{ referralId: referral.id }}
        initial={{ admittedOn: info.today, admissionType: again ? 'readmission' : 'new', placement: 'resident' }}
        schema={AdmitInput}
        mutation={admit}
        savedMessage={t('care.saved.admission')}
        saveLabel={t('care.actions.admit')}
        testId="admit-form"
        onClose={close}
        onSaved={(r) => navigate(paths.childTab(r.residentId, 'care'))}
      />
      <ActionModal
        opened={open === 'outcome'}
        title={t('care.actions.outcome')}
        fields={outcomeFields}
        fixed={{ id: referral.id, version: referral.version }}
        initial={{ outcomeOn: info.today }}
        schema={ReferralOutcomeInput}
        mutation={outcome}
        savedMessage={t('care.saved.outcome')}
        testId="outcome-form"
        onClose={close}
      />
    </>
  );
}
