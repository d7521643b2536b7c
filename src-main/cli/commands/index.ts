import type { Command } from '../main';
import { callCommand } from './call';
import { auditVerify } from './audit';
import { residentsAdd, residentsSearch } from './residents';

// Every command of the CLI; a new command is one line here.
export const commands: Record<string, Command> = {
  call: callCommand,
  auditVerify,
  residentsAdd,
  residentsSearch,
};
