import type { HandlersOf } from '../contract/handler';
import type { printCalls } from './calls';
import { savePdf } from './service';

export const printHandlers: HandlersOf<typeof printCalls> = {
  'print.savePdf': (ctx, i) => savePdf(ctx, i),
};
