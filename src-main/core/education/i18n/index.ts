import { az } from './az';
import { en } from './en';
import { ru } from './ru';

export const education = { az, en, ru };
