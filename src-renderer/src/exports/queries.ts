import { callQuery } from '../data/call';

// What the printed files read (see data/README.md); keys come from the call and its input.

export const exportsQueries = {
  register: (range: { from?: string; to?: string }) => callQuery('exports.register', range),
  personalFile: (id: string) => callQuery('exports.personalFile', { id }),
};
