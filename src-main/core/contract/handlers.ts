import type { Ctx } from '../context';
import type { CallName, CallOutput, ParsedInput } from './calls';
import { verifyAuditChain } from '../audit/audit';
import {
  createResident,
  getResident,
  listResidentPage,
  residentGroups,
  searchResidents,
  updateResident,
} from '../residents/service';
import { appInfo } from '../app/info';
import { auditActors, auditHistory, listAudit } from '../audit/query';
import { changeOwnPassword, currentSession, lockSession, sessionActivity, signIn, signOut, unlockSession } from '../auth/session';
import { createUser, listUsers, resetPassword, updateUser } from '../auth/users';
import { getInstitution, setupCreate, setupStatus, updateInstitution } from '../institution/service';
import { getSettings, updateSettings } from '../institution/settings';
import { addTraining, createStaff, getStaff, listStaffPage, searchStaff, updateStaff, updateTraining } from '../staff/service';
import { listPackages } from '../packages/service';
import { precheckPackage } from '../packages/precheck';
import { importRecipient, keysStatus, trustFileDto } from '../packages/keys-service';
import { listClosedPeriods } from '../packages/closing';
import { importReceipt, importReceiptKey } from '../packages/receipt-import';
import { getDeliverySettings, setDeliverySettings } from '../packages/delivery-settings';
import { deliverNow, listQueue } from '../packages/delivery-queue';
import { exportStatus, initKey, packageFile, packagesHostInfo, rotateKey, savePackageAs, startExport } from '../packages/host';

export type Handlers = { [K in CallName]: (ctx: Ctx, input: ParsedInput<K>) => Promise<CallOutput<K>> };

// One line per call: the service that answers it.
export const handlers: Handlers = {
  'app.info': (ctx) => appInfo(ctx),
  'residents.create': (ctx, i) => createResident(ctx, i),
  'residents.update': (ctx, i) => updateResident(ctx, i),
  'residents.get': (ctx, i) => getResident(ctx, i.id),
  'residents.list': (ctx, i) => listResidentPage(ctx, i),
  'residents.search': (ctx, i) => searchResidents(ctx, i),
  'residents.groups': (ctx) => residentGroups(ctx),
  'residents.history': (ctx, i) => auditHistory(ctx, 'resident', i.id),
  'audit.verify': (ctx) => verifyAuditChain(ctx.db),
  'setup.status': (ctx) => setupStatus(ctx),
  'setup.create': (ctx, i) => setupCreate(ctx, i),
  'auth.session': (ctx) => currentSession(ctx),
  'auth.signIn': (ctx, i) => signIn(ctx, i),
  'auth.signOut': (ctx) => signOut(ctx),
  'auth.unlock': (ctx, i) => unlockSession(ctx, i),
  'auth.lock': (ctx) => lockSession(ctx),
  'auth.activity': (ctx) => sessionActivity(ctx),
  'auth.changePassword': (ctx, i) => changeOwnPassword(ctx, i),
  'institution.get': (ctx) => getInstitution(ctx),
  'institution.update': (ctx, i) => updateInstitution(ctx, i),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, i) => updateSettings(ctx, i),
  'users.list': (ctx) => listUsers(ctx),
  'users.create': (ctx, i) => createUser(ctx, i),
  'users.update': (ctx, i) => updateUser(ctx, i),
  'users.resetPassword': (ctx, i) => resetPassword(ctx, i),
  'staff.list': (ctx, i) => listStaffPage(ctx, i),
  'staff.search': (ctx, i) => searchStaff(ctx, i),
  'staff.get': (ctx, i) => getStaff(ctx, i.id),
  'staff.create': (ctx, i) => createStaff(ctx, i),
  'staff.update': (ctx, i) => updateStaff(ctx, i),
  'staff.trainingAdd': (ctx, i) => addTraining(ctx, i),
  'staff.trainingUpdate': (ctx, i) => updateTraining(ctx, i),
  'staff.history': (ctx, i) => auditHistory(ctx, 'staff', i.id),
  'audit.list': (ctx, i) => listAudit(ctx, i),
  'audit.actors': (ctx) => auditActors(ctx),
  'packages.list': (ctx) => listPackages(ctx),
  'packages.precheck': (ctx, i) => precheckPackage(ctx, i.period),
  'packages.keysStatus': (ctx) => keysStatus(ctx),
  'packages.importRecipient': (ctx, i) => importRecipient(ctx, i.text),
  'packages.trustFile': (ctx) => trustFileDto(ctx),
  'packages.closedPeriods': (ctx) => listClosedPeriods(ctx),
  'packages.importReceipt': (ctx, i) => importReceipt(ctx, i.text),
  'packages.importReceiptKey': (ctx, i) => importReceiptKey(ctx, i.text),
  'packages.deliverySettings': (ctx) => getDeliverySettings(ctx),
  'packages.setDelivery': (ctx, i) => setDeliverySettings(ctx, i),
  'packages.queue': (ctx) => listQueue(ctx),
  'packages.deliver': (ctx, i) => deliverNow(ctx, i),
  'packages.hostInfo': (ctx) => packagesHostInfo(ctx),
  'packages.initKey': (ctx, i) => initKey(ctx, i),
  'packages.rotateKey': (ctx, i) => rotateKey(ctx, i),
  'packages.export': (ctx, i) => startExport(ctx, i),
  'packages.exportStatus': (ctx, i) => exportStatus(ctx, i.jobId),
  'packages.file': (ctx, i) => packageFile(ctx, i.id),
  'packages.saveAs': (ctx, i) => savePackageAs(ctx, i.id),
};
