import { z } from 'zod';
import { call, type CallFragment } from '../contract/define';
import {
  CareNoteAddInput,
  ChildLogInput,
  DayInput,
  IncidentCloseInput,
  IncidentCreateInput,
  IncidentIdInput,
  IncidentListInput,
  IncidentNotifyInput,
  PrescriptionCreateInput,
  DoseRecordInput,
  AllergiesInput,
  AllergyAddInput,
  FirstAidInput,
  FirstAidListInput,
  StockRecordInput,
  type AllergyDto,
  type FirstAidDto,
  type StockDto,
  type MedicationDayDto,
  type IncidentDto,
  MonthInput,
  RollCallGetInput,
  RollCallSaveInput,
  FamilyContactAddInput,
  FamilyContactListInput,
  FamilyContactUpdateInput,
  FamilyContactVoidInput,
  MissingFromCareInput,
  type FamilyContactDto,
  type MissingOpened,
  type ChildLogDay,
  type DaySummaryDto,
  type MonthCalendarDto,
  type RollCallDto,
  type RollCallSaved,
} from './schema';

// The daily care domain's calls. Caregivers read and write the roll call and the notes
// (daily.write); every signed-in role reads them (daily.read). Incidents — allegations against
// staff among them — are read and written only by those who write daily records (daily.write):
// not by a teacher, the administrator or a read-only account. Medication is medical data:
// daily.medical (medical staff and the director) prescribes, records doses and reads them.
export const dailyCalls = {
  'daily.rollCall': call<RollCallDto>()(RollCallGetInput, 'daily.read'),
  'daily.saveRollCall': call<RollCallSaved>()(RollCallSaveInput, 'daily.write'),
  'daily.addNotes': call<{ ids: string[] }>()(CareNoteAddInput, 'daily.write'),
  'daily.childLog': call<ChildLogDay[]>()(ChildLogInput, 'daily.read'),
  'daily.day': call<DaySummaryDto>()(DayInput, 'daily.read'),
  'daily.month': call<MonthCalendarDto>()(MonthInput, 'daily.read'),
  'daily.incidents': call<IncidentDto[]>()(IncidentListInput, 'daily.write'),
  'daily.incident': call<IncidentDto>()(IncidentIdInput, 'daily.write'),
  'daily.createIncident': call<IncidentDto>()(IncidentCreateInput, 'daily.write'),
  'daily.notifyIncident': call<IncidentDto>()(IncidentNotifyInput, 'daily.write'),
  'daily.closeIncident': call<IncidentDto>()(IncidentCloseInput, 'daily.write'),
  'daily.medication': call<MedicationDayDto>()(DayInput, 'daily.medical'),
  'daily.prescribe': call<{ id: string }>()(PrescriptionCreateInput, 'daily.medical'),
  'daily.recordDose': call<MedicationDayDto>()(DoseRecordInput, 'daily.medical'),
  // Family contact: every role reads a child's contacts; those who write daily records add them.
  'daily.familyContacts': call<FamilyContactDto[]>()(FamilyContactListInput, 'daily.read'),
  'daily.addFamilyContact': call<FamilyContactDto>()(FamilyContactAddInput, 'daily.write'),
  'daily.updateFamilyContact': call<FamilyContactDto>()(FamilyContactUpdateInput, 'daily.write'),
  'daily.voidFamilyContact': call<{ id: string }>()(FamilyContactVoidInput, 'daily.write'),
  // A child missing on the roll call: care's missing episode and the incident at once.
  'daily.openMissing': call<MissingOpened>()(MissingFromCareInput, 'daily.write'),
  'daily.allergies': call<AllergyDto[]>()(AllergiesInput, 'daily.medical'),
  'daily.addAllergy': call<{ id: string }>()(AllergyAddInput, 'daily.medical'),
  'daily.stock': call<StockDto[]>()(z.object({}).strict(), 'daily.medical'),
  'daily.recordStock': call<StockDto[]>()(StockRecordInput, 'daily.medical'),
  'daily.firstAid': call<FirstAidDto[]>()(FirstAidListInput, 'daily.medical'),
  'daily.recordFirstAid': call<{ id: string }>()(FirstAidInput, 'daily.medical'),
} satisfies CallFragment;
