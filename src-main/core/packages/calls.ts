import { call, Empty, type CallFragment } from '../contract/define';
import { PeriodInput, RecipientImportInput, type ClosedPeriodDto, type KeysStatusDto, type PackageDto, type PrecheckDto, type RecipientDto, type TrustFileDto, type SigningKeyDto } from './schema';
import { DeliverInput, DeliverySettingsInput, ReceiptImportInput, ReceiptKeyImportInput, type DeliveryReportDto, type DeliverySettingsDto, type QueueItemDto } from './delivery/schema';
import { InitKeyInput, RotateKeyInput, JobIdInput, PackageIdInput, StartExportInput, type ExportJobDto, type PackageFileDto, type PackagesHostInfo, type SaveResultDto } from './host-schema';

// The packages domain's calls: name, input schema, output type, permission.
export const packagesCalls = {
  'packages.list': call<PackageDto[]>()(Empty, 'packages.export'),
  'packages.precheck': call<PrecheckDto>()(PeriodInput, 'packages.export'),
  'packages.keysStatus': call<KeysStatusDto>()(Empty, 'packages.export'),
  'packages.importRecipient': call<RecipientDto>()(RecipientImportInput, 'packages.export'),
  'packages.trustFile': call<TrustFileDto>()(Empty, 'packages.export'),
  'packages.closedPeriods': call<ClosedPeriodDto[]>()(Empty, 'packages.export'),
  'packages.importReceipt': call<PackageDto>()(ReceiptImportInput, 'packages.export'),
  'packages.importReceiptKey': call<{ keyId: string; publicKey: string; importedAt: string }>()(ReceiptKeyImportInput, 'packages.export'),
  'packages.deliverySettings': call<DeliverySettingsDto>()(Empty, 'packages.export'),
  'packages.setDelivery': call<DeliverySettingsDto>()(DeliverySettingsInput, 'packages.export'),
  'packages.queue': call<QueueItemDto[]>()(Empty, 'packages.export'),
  'packages.deliver': call<DeliveryReportDto>()(DeliverInput, 'packages.export'),
  'packages.hostInfo': call<PackagesHostInfo>()(Empty, 'packages.export'),
  'packages.initKey': call<SigningKeyDto>()(InitKeyInput, 'packages.export'),
  'packages.rotateKey': call<SigningKeyDto>()(RotateKeyInput, 'packages.export'),
  'packages.export': call<ExportJobDto>()(StartExportInput, 'packages.export'),
  'packages.exportStatus': call<ExportJobDto>()(JobIdInput, 'packages.export'),
  'packages.file': call<PackageFileDto>()(PackageIdInput, 'packages.export'),
  'packages.saveAs': call<SaveResultDto>()(PackageIdInput, 'packages.export'),
} satisfies CallFragment;
