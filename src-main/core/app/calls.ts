import { call, Empty, type CallFragment } from '../contract/define';
import type { AppInfo } from './types';

// The app domain's calls: name, input schema, output type, permission.
export const appCalls = {
  'app.info': call<AppInfo>()(Empty, 'public'),
} satisfies CallFragment;
