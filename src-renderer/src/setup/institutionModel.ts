import { InstitutionInput, type InstitutionDto, type InstitutionType } from '@core/institution/schema';
import type { z } from 'zod';
import { encodeIssue, zodFieldErrors } from '../ui/fieldIssues';

// The institution's form (set-up wizard and settings): values while typing, the contract input,
// and validation with the core's own schema.

export interface InstitutionFormValues {
  code: string;
  nameAz: string;
  nameEn: string;
  type: '' | InstitutionType;
  region: string;
  address: string;
  capacity: number | '';
}

export function emptyInstitutionValues(): InstitutionFormValues {
  return { code: '', nameAz: '', nameEn: '', type: '', region: '', address: '', capacity: '' };
}

export function valuesFromInstitution(i: InstitutionDto): InstitutionFormValues {
  return { code: i.code, nameAz: i.nameAz, nameEn: i.nameEn, type: i.type, region: i.region, address: i.address, capacity: i.capacity };
}

export function institutionInput(v: InstitutionFormValues): z.input<typeof InstitutionInput> {
  return {
    ...v,
    type: v.type as InstitutionType,
    // Left empty, the number is missing (the schema then says "required", not "not a number").
    capacity: v.capacity === '' ? (undefined as unknown as number) : v.capacity,
  };
}

export function validateInstitution(v: InstitutionFormValues): Record<string, string> {
  const r = InstitutionInput.safeParse(institutionInput(v));
  const errors = r.success ? {} : zodFieldErrors(r.error);
  if (v.capacity === '') errors.capacity = encodeIssue({ message: 'validation.required' });
  return errors;
}
