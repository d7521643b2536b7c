import { TrainingAddInput, type StaffTrainingDto } from '@core/staff/schema';
import { isoDate } from '@core/residents/schema';
import { encodeIssue, zodFieldErrors } from '../ui/fieldIssues';

// A training of a staff member (title, provider, date, hours, certificate), as its form holds it.

export interface TrainingFormValues {
  title: string;
  provider: string;
  date: string;
  hours: number | '';
  certificateNumber: string;
}

export function emptyTrainingValues(): TrainingFormValues {
  return { title: '', provider: '', date: '', hours: '', certificateNumber: '' };
}

export function valuesFromTraining(t: StaffTrainingDto): TrainingFormValues {
  return { title: t.title, provider: t.provider, date: t.date, hours: t.hours ?? '', certificateNumber: t.certificateNumber };
}

export function trainingInput(v: TrainingFormValues) {
  return { ...v, hours: v.hours === '' ? null : v.hours };
}

export function validateTraining(v: TrainingFormValues, today: string): Record<string, string> {
  const r = TrainingAddInput.safeParse({ staffId: 'x', ...trainingInput(v) });
  const errors = r.success ? {} : zodFieldErrors(r.error);
  if (!v.date.trim()) errors.date = encodeIssue({ message: 'validation.required' });
  // The core's rule: a training already took place (not in the future).
  else if (isoDate.safeParse(v.date).success && v.date > today) errors.date = encodeIssue({ message: 'validation.dateFuture' });
  return errors;
}
