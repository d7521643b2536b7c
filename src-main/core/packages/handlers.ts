import type { HandlersOf } from '../contract/handler';
import type { packagesCalls } from './calls';
import { listPackages } from './service';
import { precheckPackage } from './export/precheck';
import { importRecipient, keysStatus, trustFileDto } from './keys-service';
import { listClosedPeriods } from './export/closing';
import { importReceipt, importReceiptKey } from './delivery/receipts';
import { getDeliverySettings, setDeliverySettings } from './delivery/settings';
import { deliverNow, listQueue } from './delivery/queue';
import { exportStatus, initKey, packageFile, packagesHostInfo, rotateKey, savePackageAs, startExport } from './host';

// One line per call: the service that answers it.
export const packagesHandlers: HandlersOf<typeof packagesCalls> = {
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
