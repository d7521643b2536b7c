import type { HandlersOf } from '../contract/handler';
import type { appCalls } from './calls';
import { appInfo } from './info';

// One line per call: the service that answers it.
export const appHandlers: HandlersOf<typeof appCalls> = {
  'app.info': (ctx) => appInfo(ctx),
};
