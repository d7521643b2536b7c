import type { HandlersOf } from '../contract/handler';
import type { exportsCalls } from './calls';
import { indicatorsXlsx } from './indicators';
import { childrenXlsx, staffXlsx } from './lists';
import { personalFile } from './personalFile';
import { recordRead } from '../reads/reads';
import { registerRows, registerXlsx } from './register';

export const exportsHandlers: HandlersOf<typeof exportsCalls> = {
  'exports.indicatorsXlsx': (ctx, i) => indicatorsXlsx(ctx, i),
  'exports.childrenXlsx': (ctx, i) => childrenXlsx(ctx, i),
  'exports.staffXlsx': (ctx, i) => staffXlsx(ctx, i),
  'exports.register': (ctx, i) => registerRows(ctx, i),
  'exports.registerXlsx': (ctx, i) => registerXlsx(ctx, i),
  'exports.personalFile': async (ctx, i) => {
    const file = await personalFile(ctx, i.id);
    // Opening the personal file is opening the child's record: the read log has it.
    await recordRead(ctx, 'resident', file.identity.id);
    return file;
  },
};
