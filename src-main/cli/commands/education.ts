import type { Command } from '../main';
import { printCommand } from './print';

/**
 * `qaygi education print --db F --plan ID --out FILE.pdf [--lang az|en|ru] [--as USER --password-file P]`:
 * the printed plan as an A4 PDF — `qaygi print education-plan` under the name it was first given.
 */
export const educationPrint: Command = {
  words: ['education', 'print'],
  usage: 'education print --db FILE --plan ID --out FILE.pdf [--lang az|en|ru] [--as USERNAME --password-file P]',
  options: {
    db: { type: 'string' }, plan: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' },
    as: { type: 'string' }, 'password-file': { type: 'string' },
  },
  run: (values, positionals) => printCommand.run(values, ['education-plan', ...positionals]),
};
