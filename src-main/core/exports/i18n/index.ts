import { az } from './az';
import { en } from './en';
import { ru } from './ru';

export const exportsText = { az, en, ru };
