import names from './az-names.json';
import type { Sex } from '../residents/schema';

// Azerbaijani names for the demo, from the names list (az-names.json, see its "about").

export const MALE_NAMES: readonly string[] = names.male;
export const FEMALE_NAMES: readonly string[] = names.female;
/** Surnames in the male form. */
export const SURNAMES: readonly string[] = names.surnames;
export const REGION_NAMES: readonly string[] = names.regions;

/** The surname as it is written for a girl or a boy: Məmmədov → Məmmədova; Məmmədli, Əlizadə unchanged. */
export function surnameFor(maleForm: string, sex: Sex): string {
  if (sex === 'M') return maleForm;
  return /(ov|ev|in)$/u.test(maleForm) ? `${maleForm}a` : maleForm;
}

/** The father's given name with `oğlu` (son) or `qızı` (daughter): Rəşid oğlu, Elşən qızı. */
export function patronymicFor(fatherName: string, sex: Sex): string {
  return `${fatherName} ${sex === 'M' ? 'oğlu' : 'qızı'}`;
}
