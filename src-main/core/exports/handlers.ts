import type { HandlersOf } from '../contract/handler';
import type { exportsCalls } from './calls';
import { indicatorsXlsx } from './indicators';
import { childrenXlsx, staffXlsx } from './lists';
import { personalFile } from './personalFile';
import { registerRows, registerXlsx } from './register';

export const exportsHandlers: HandlersOf<typeof exportsCalls> = {
  'exports.indicatorsXlsx': (ctx, i) => indicatorsXlsx(ctx, i),
  'exports.childrenXlsx': (ctx, i) => childrenXlsx(ctx, i),
  'exports.staffXlsx': (ctx, i) => staffXlsx(ctx, i),
  'exports.register': (ctx, i) => registerRows(ctx, i),
  'exports.registerXlsx': (ctx, i) => registerXlsx(ctx, i),
  'exports.personalFile': (ctx, i) => personalFile(ctx, i.id),
};
