import { QueryClient } from '@tanstack/react-query';
import { queryDefaults } from './queryDefaults';

// The one cache of the window, made once (App provides it). Cleared when a session ends, so the
// next user never sees the previous one's records (see session/SessionGate.tsx).
export const queryClient = new QueryClient({ defaultOptions: queryDefaults });
