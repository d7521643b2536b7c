import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/core/contract/errors';
import { translate } from '../../../src-main/core/i18n/index';

describe('AppError messages are keys', () => {
  it('takes a key of the az messages, and a missing one does not compile', () => {
    const e = new AppError('not_found', 'residents.notFound');
    expect(translate('en', e.toCallError().message)).toBe('Child not found.');
    // @ts-expect-error not a key: tsc fails here if AppError ever takes any string again
    expect(new AppError('internal', 'errors.noSuchMessage').messageKey).toBe('errors.noSuchMessage');
  });
});
