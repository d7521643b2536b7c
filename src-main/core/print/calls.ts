import { call, type CallFragment } from '../contract/define';
import { PrintSaveInput, type PrintSaveDto } from './schema';

// Printing's one call: the app's "save as PDF" of a print route (see schema.ts).
export const printCalls = {
  'print.savePdf': call<PrintSaveDto>()(PrintSaveInput, 'app.read'),
} satisfies CallFragment;
