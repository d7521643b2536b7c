import { z } from 'zod';
import type { CallPermission } from './permissions';
import {
  IdInput,
  ResidentCreateInput,
  ResidentListInput,
  ResidentSearchInput,
  ResidentUpdateInput,
  type ResidentDto,
  type ResidentListItem,
  type ResidentPage,
} from '../residents/schema';
import type { ChainCheck } from '../audit/types';
import type { AppInfo } from '../app/types';
import { AuditListInput, type AuditEntryView, type AuditPage } from '../audit/schema';
import {
  ChangePasswordInput,
  ResetPasswordInput,
  SignInInput,
  UnlockInput,
  UserCreateInput,
  UserUpdateInput,
  type SessionInfo,
  type UserDto,
} from '../auth/schema';
import {
  InstitutionInput,
  SettingsUpdateInput,
  SetupCreateInput,
  type InstitutionDto,
  type SettingsDto,
  type SetupResult,
  type SetupStatus,
} from '../institution/schema';
import {
  StaffCreateInput,
  StaffListInput,
  StaffSearchInput,
  StaffUpdateInput,
  TrainingAddInput,
  TrainingUpdateInput,
  type StaffDto,
  type StaffListItem,
  type StaffPage,
  type StaffTrainingDto,
} from '../staff/schema';
import {
  PeriodInput,
  RecipientImportInput,
  type ClosedPeriodDto,
  type KeysStatusDto,
  type PackageDto,
  type PrecheckDto,
  type RecipientDto,
  type TrustFileDto,
} from '../packages/schema';
import {
  DeliverInput,
  DeliverySettingsInput,
  ReceiptImportInput,
  ReceiptKeyImportInput,
  type DeliveryReportDto,
  type DeliverySettingsDto,
  type QueueItemDto,
} from '../packages/delivery-schema';
import {
  InitKeyInput,
  RotateKeyInput,
  JobIdInput,
  PackageIdInput,
  StartExportInput,
  type ExportJobDto,
  type PackageFileDto,
  type PackagesHostInfo,
  type SaveResultDto,
} from '../packages/host-schema';
import type { SigningKeyDto } from '../packages/schema';

// The one contract: every call the renderer, the web harness and the CLI can make, declared once
// with its input schema, its output type and the permission it needs. Isomorphic (no Node imports).

export interface CallDef<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** The permission the caller's role needs, or 'public' for the few calls made before sign-in. */
  permission: CallPermission;
  /** Phantom: carries the output type only. */
  output?: O;
}

function call<O>() {
  return <I extends z.ZodType>(input: I, permission: CallPermission): CallDef<I, O> => ({ input, permission });
}

const Empty = z.object({}).strict();

export const contract = {
  'app.info': call<AppInfo>()(Empty, 'public'),
  'residents.create': call<ResidentDto>()(ResidentCreateInput, 'residents.write'),
  'residents.update': call<ResidentDto>()(ResidentUpdateInput, 'residents.write'),
  'residents.get': call<ResidentDto>()(IdInput, 'residents.read'),
  'residents.list': call<ResidentPage>()(ResidentListInput, 'residents.read'),
  'residents.search': call<ResidentListItem[]>()(ResidentSearchInput, 'residents.read'),
  'residents.groups': call<string[]>()(Empty, 'residents.read'),
  'residents.history': call<AuditEntryView[]>()(IdInput, 'audit.read'),
  'audit.verify': call<ChainCheck>()(Empty, 'audit.read'),
  // First run, sign-in and the session: public, usable before anyone is signed in.
  'setup.status': call<SetupStatus>()(Empty, 'public'),
  'setup.create': call<SetupResult>()(SetupCreateInput, 'public'),
  'auth.session': call<SessionInfo>()(Empty, 'public'),
  'auth.signIn': call<SessionInfo>()(SignInInput, 'public'),
  'auth.signOut': call<SessionInfo>()(Empty, 'public'),
  // Any signed-in user ('app.read'); unlock also while locked, see auth/schema.ts.
  'auth.unlock': call<SessionInfo>()(UnlockInput, 'app.read'),
  'auth.lock': call<SessionInfo>()(Empty, 'app.read'),
  'auth.activity': call<SessionInfo>()(Empty, 'app.read'),
  'auth.changePassword': call<SessionInfo>()(ChangePasswordInput, 'app.read'),
  'institution.get': call<InstitutionDto>()(Empty, 'app.read'),
  'institution.update': call<InstitutionDto>()(InstitutionInput, 'institution.manage'),
  'settings.get': call<SettingsDto>()(Empty, 'app.read'),
  'settings.update': call<SettingsDto>()(SettingsUpdateInput, 'institution.manage'),
  'users.list': call<UserDto[]>()(Empty, 'users.manage'),
  'users.create': call<UserDto>()(UserCreateInput, 'users.manage'),
  'users.update': call<UserDto>()(UserUpdateInput, 'users.manage'),
  'users.resetPassword': call<UserDto>()(ResetPasswordInput, 'users.manage'),
  'staff.list': call<StaffPage>()(StaffListInput, 'staff.read'),
  'staff.search': call<StaffListItem[]>()(StaffSearchInput, 'staff.read'),
  'staff.get': call<StaffDto>()(IdInput, 'staff.read'),
  'staff.create': call<StaffDto>()(StaffCreateInput, 'staff.write'),
  'staff.update': call<StaffDto>()(StaffUpdateInput, 'staff.write'),
  'staff.trainingAdd': call<StaffTrainingDto>()(TrainingAddInput, 'staff.write'),
  'staff.trainingUpdate': call<StaffTrainingDto>()(TrainingUpdateInput, 'staff.write'),
  'staff.history': call<AuditEntryView[]>()(IdInput, 'audit.read'),
  'audit.list': call<AuditPage>()(AuditListInput, 'audit.read'),
  'audit.actors': call<string[]>()(Empty, 'audit.read'),
  // Signed data packages (the director): history, pre-check, keys and the ministry's recipient.
  'packages.list': call<PackageDto[]>()(Empty, 'packages.export'),
  'packages.precheck': call<PrecheckDto>()(PeriodInput, 'packages.export'),
  'packages.keysStatus': call<KeysStatusDto>()(Empty, 'packages.export'),
  'packages.importRecipient': call<RecipientDto>()(RecipientImportInput, 'packages.export'),
  'packages.trustFile': call<TrustFileDto>()(Empty, 'packages.export'),
  'packages.closedPeriods': call<ClosedPeriodDto[]>()(Empty, 'packages.export'),
  // Delivery: the ministry's receipts, its receipt key and address, the upload queue.
  'packages.importReceipt': call<PackageDto>()(ReceiptImportInput, 'packages.export'),
  'packages.importReceiptKey': call<{ keyId: string; publicKey: string; importedAt: string }>()(ReceiptKeyImportInput, 'packages.export'),
  'packages.deliverySettings': call<DeliverySettingsDto>()(Empty, 'packages.export'),
  'packages.setDelivery': call<DeliverySettingsDto>()(DeliverySettingsInput, 'packages.export'),
  'packages.queue': call<QueueItemDto[]>()(Empty, 'packages.export'),
  'packages.deliver': call<DeliveryReportDto>()(DeliverInput, 'packages.export'),
  // The packages screen's calls that need the host: key set-up, the export job, the file.
  'packages.hostInfo': call<PackagesHostInfo>()(Empty, 'packages.export'),
  'packages.initKey': call<SigningKeyDto>()(InitKeyInput, 'packages.export'),
  'packages.rotateKey': call<SigningKeyDto>()(RotateKeyInput, 'packages.export'),
  'packages.export': call<ExportJobDto>()(StartExportInput, 'packages.export'),
  'packages.exportStatus': call<ExportJobDto>()(JobIdInput, 'packages.export'),
  'packages.file': call<PackageFileDto>()(PackageIdInput, 'packages.export'),
  'packages.saveAs': call<SaveResultDto>()(PackageIdInput, 'packages.export'),
} satisfies Record<string, CallDef>;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = NonNullable<Contract[K]['output']>;

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
