import type { HandlersOf } from '../contract/handler';
import type { dailyCalls } from './calls';
import { closeIncident, createIncident, getIncident, listIncidents, notifyIncident } from './incidents';
import { addFamilyContact, listFamilyContacts, updateFamilyContact, voidFamilyContact } from './family';
import { openMissing } from './missing';
import { listPrescriptions, stopPrescription, voidAllergy, voidFirstAid, voidPrescription } from './corrections';
import { addAllergy, createPrescription, listAllergies, listFirstAid, listStock, medicationDay, recordDose, recordFirstAid, recordStock } from './medication';
import { addCareNotes, childLog, daySummary, getRollCall, monthCalendar, saveRollCall } from './service';

// One line per call: the service that answers it.
export const dailyHandlers: HandlersOf<typeof dailyCalls> = {
  'daily.rollCall': (ctx, i) => getRollCall(ctx, i),
  'daily.saveRollCall': (ctx, i) => saveRollCall(ctx, i),
  'daily.addNotes': (ctx, i) => addCareNotes(ctx, i),
  'daily.childLog': (ctx, i) => childLog(ctx, i),
  'daily.day': (ctx, i) => daySummary(ctx, i.date),
  'daily.month': (ctx, i) => monthCalendar(ctx, i.month),
  'daily.incidents': (ctx, i) => listIncidents(ctx, i),
  'daily.incident': (ctx, i) => getIncident(ctx, i.id),
  'daily.createIncident': (ctx, i) => createIncident(ctx, i),
  'daily.notifyIncident': (ctx, i) => notifyIncident(ctx, i),
  'daily.closeIncident': (ctx, i) => closeIncident(ctx, i),
  'daily.medication': (ctx, i) => medicationDay(ctx, i.date),
  'daily.prescribe': (ctx, i) => createPrescription(ctx, i),
  'daily.recordDose': (ctx, i) => recordDose(ctx, i),
  'daily.familyContacts': (ctx, i) => listFamilyContacts(ctx, i),
  'daily.addFamilyContact': (ctx, i) => addFamilyContact(ctx, i),
  'daily.updateFamilyContact': (ctx, i) => updateFamilyContact(ctx, i),
  'daily.voidFamilyContact': (ctx, i) => voidFamilyContact(ctx, i),
  'daily.openMissing': (ctx, i) => openMissing(ctx, i),
  'daily.allergies': (ctx, i) => listAllergies(ctx, i.residentId),
  'daily.addAllergy': (ctx, i) => addAllergy(ctx, i),
  'daily.stock': (ctx) => listStock(ctx),
  'daily.recordStock': (ctx, i) => recordStock(ctx, i),
  'daily.firstAid': (ctx, i) => listFirstAid(ctx, i.limit, i.residentId),
  'daily.recordFirstAid': (ctx, i) => recordFirstAid(ctx, i),
  'daily.voidAllergy': (ctx, i) => voidAllergy(ctx, i),
  'daily.prescriptions': (ctx, i) => listPrescriptions(ctx, i.residentId),
  'daily.stopPrescription': (ctx, i) => stopPrescription(ctx, i),
  'daily.voidPrescription': (ctx, i) => voidPrescription(ctx, i),
  'daily.voidFirstAid': (ctx, i) => voidFirstAid(ctx, i),
};
