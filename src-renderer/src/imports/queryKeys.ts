import type { CallInput } from '@core/contract/calls';
import { callKey } from '../data/callKey';

// The imports domain's cache keys: a preview per upload, kind, sheet, mapping, skips and fixes. Pure.
export const importKeys = {
  all: ['imports'] as const,
  preview: (input: CallInput<'imports.preview'>) => callKey('imports.preview', input),
};
