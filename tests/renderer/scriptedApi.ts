import type { QaygiApi } from '../../src-main/core/contract/api';
import type { Result } from '../../src-main/core/contract/errors';
import { guardApi } from '../../src-renderer/src/session/sessionBus';

/**
 * A fake core behind the renderer's session guard: answers from a script, one per call (the
 * array is read as calls come, so a test may push more), and records what was asked.
 */
export function scripted(answers: Array<Result<unknown>>) {
  const asked: string[] = [];
  const api: QaygiApi = {
    async call(name) {
      asked.push(name);
      const next = answers.shift();
      if (!next) throw new Error(`no answer scripted for ${name}`);
      return next as never;
    },
    onMenuCommand: () => () => {},
    showLanguage: () => {},
  };
  return { api: guardApi(api), asked };
}
