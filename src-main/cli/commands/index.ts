import type { Command } from '../main';
import { callCommand } from './call';
import { auditVerify } from './audit';
import { residentsAdd, residentsSearch } from './residents';
import { usersAdd, usersList, usersReset } from './users';
import { demoCommand } from './demo';
import { backupCommand, restoreCommand } from './backup';
import { reportCommand } from './report';
import { educationPrint } from './education';
import { printCommand } from './print';
import { importCommand } from './import';
import { keysExport, keysInit, keysRotate, ministryImport, packagesExport } from './packages';
import { ministryAddress, ministryReceiptKeyImport, packagesDeliver, packagesQueue, packagesReceiptImport } from './delivery';
import { ministryKeygen, ministryReceipt, ministryReceiptKeygen, packagesInspect, packagesVerify } from '../../ministry/cli';

// Every command of the CLI; a new command is one line here. The ministry's come from its own
// entry (src-main/ministry/cli.ts), in their places of old: the usage lists them in this order.
export const commands: Record<string, Command> = {
  call: callCommand,
  auditVerify,
  residentsAdd,
  residentsSearch,
  usersAdd,
  usersList,
  usersReset,
  demo: demoCommand,
  report: reportCommand,
  educationPrint,
  print: printCommand,
  import: importCommand,
  keysInit,
  keysExport,
  keysRotate,
  ministryKeygen,
  ministryImport,
  packagesExport,
  packagesVerify,
  packagesInspect,
  ministryReceiptKeygen,
  ministryReceipt,
  ministryReceiptKeyImport,
  ministryAddress,
  packagesReceiptImport,
  packagesQueue,
  packagesDeliver,
  backup: backupCommand,
  restore: restoreCommand,
};
