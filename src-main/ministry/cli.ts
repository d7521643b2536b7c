import type { Command } from '../cli/command';
import { ministryKeygen, ministryReceiptKeygen } from './commands/keygen';
import { ministryReceipt } from './commands/receipt';
import { packagesInspect, packagesVerify } from './commands/verify';

// The ministry's commands, its own entry: `qaygi` registers them (src-main/cli/commands/index.ts)
// under their names of old, and they could become a command of a ministry package as they are.
// The institution's `ministry …` commands (import, receipt-key, address) set the ministry's keys
// and address in the institution's database, so they stay with the app's CLI.

export { ministryKeygen, ministryReceipt, ministryReceiptKeygen, packagesInspect, packagesVerify };

export const ministryCommands: Record<string, Command> = {
  ministryKeygen,
  packagesVerify,
  packagesInspect,
  ministryReceiptKeygen,
  ministryReceipt,
};
