import type { Command } from '../main';
import { callCommand } from './call';
import { auditVerify } from './audit';
import { residentsAdd, residentsSearch } from './residents';
import { usersAdd, usersList, usersReset } from './users';
import { demoCommand } from './demo';
import { keysExport, keysInit, keysRotate, ministryImport, ministryKeygen, packagesExport, packagesInspect, packagesVerify } from './packages';
import {
  ministryAddress,
  ministryReceipt,
  ministryReceiptKeyImport,
  ministryReceiptKeygen,
  packagesDeliver,
  packagesQueue,
  packagesReceiptImport,
} from './delivery';

// Every command of the CLI; a new command is one line here.
export const commands: Record<string, Command> = {
  call: callCommand,
  auditVerify,
  residentsAdd,
  residentsSearch,
  usersAdd,
  usersList,
  usersReset,
  demo: demoCommand,
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
};
