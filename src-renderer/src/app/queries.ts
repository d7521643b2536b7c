import { callKey } from '../data/callKey';
import { callQuery } from '../data/call';

// What the window itself reads: who is acting and what they may do (app.info). Pure.

export const appKeys = {
  all: ['app'] as const,
  info: () => callKey('app.info', {}),
};

export const appQueries = {
  info: () => callQuery('app.info', {}),
};
