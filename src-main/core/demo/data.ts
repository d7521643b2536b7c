import type { LegalStatus } from '../residents/schema';

// Fixed reference data and proportions of the demo institution. Proportions are plausible for an
// Azerbaijani children's home (most children have living parents who cannot or may not care for
// them); they are demo data, not statistics.

export interface Region {
  name: string;
  /** Cities are "şəhəri", districts "rayonu". */
  kind: 'city' | 'district';
  /** Latin letters for the institution's code. */
  code: string;
}

export const REGIONS: Record<string, Region> = {
  Bakı: { name: 'Bakı', kind: 'city', code: 'BAK' },
  Gəncə: { name: 'Gəncə', kind: 'city', code: 'GNJ' },
  Sumqayıt: { name: 'Sumqayıt', kind: 'city', code: 'SUM' },
  Mingəçevir: { name: 'Mingəçevir', kind: 'city', code: 'MNG' },
  Şəki: { name: 'Şəki', kind: 'city', code: 'SKI' },
  Lənkəran: { name: 'Lənkəran', kind: 'city', code: 'LNK' },
  Quba: { name: 'Quba', kind: 'district', code: 'QBA' },
  Şamaxı: { name: 'Şamaxı', kind: 'district', code: 'SMX' },
  Naxçıvan: { name: 'Naxçıvan', kind: 'city', code: 'NAX' },
  Şirvan: { name: 'Şirvan', kind: 'city', code: 'SIR' },
  Bərdə: { name: 'Bərdə', kind: 'district', code: 'BRD' },
  Göyçay: { name: 'Göyçay', kind: 'district', code: 'GOY' },
  Zaqatala: { name: 'Zaqatala', kind: 'district', code: 'ZAQ' },
  Qəbələ: { name: 'Qəbələ', kind: 'district', code: 'QBL' },
  Masallı: { name: 'Masallı', kind: 'district', code: 'MAS' },
};

export const regionOf = (name: string): Region => REGIONS[name] ?? { name, kind: 'district', code: 'AZE' };

/** "Şəki şəhəri", "Quba rayonu". */
export const placeName = (r: Region) => `${r.name} ${r.kind === 'city' ? 'şəhəri' : 'rayonu'}`;

export const STREETS = [
  'Heydər Əliyev prospekti',
  'Nizami küçəsi',
  'Füzuli küçəsi',
  'Səməd Vurğun küçəsi',
  'Şah İsmayıl Xətai küçəsi',
  'Azadlıq prospekti',
  'Mirzə Fətəli Axundzadə küçəsi',
  'Üzeyir Hacıbəyli küçəsi',
  'Cəfər Cabbarlı küçəsi',
  'Natəvan küçəsi',
] as const;

/** Living groups by age; a band with many children is split into numbered groups. */
export const GROUP_BANDS = [
  { name: 'Körpələr', minAge: 0, maxAge: 2, floor: 1 },
  { name: 'Bənövşə', minAge: 3, maxAge: 6, floor: 1 },
  { name: 'Günəş', minAge: 7, maxAge: 10, floor: 2 },
  { name: 'Çinar', minAge: 11, maxAge: 14, floor: 3 },
  { name: 'Ulduz', minAge: 15, maxAge: 18, floor: 3 },
] as const;
export const GROUP_SIZE = 16;
export const ROOM_SIZE = 4;

/** Age in whole years of a current child (weights); children's homes hold few infants. */
export const CURRENT_AGE_BANDS = { '0-2': 8, '3-6': 20, '7-10': 25, '11-14': 27, '15-17': 20 } as const;

export const LEGAL_STATUS_WEIGHTS: Record<LegalStatus, number> = {
  parents_request_poverty: 34,
  parents_unable: 20,
  parents_deprived: 18,
  parents_unknown: 9,
  orphan: 11,
  other: 8,
};

export const DISABILITY_SHARE = 0.12;
export const DISABILITY_DEGREE_WEIGHTS = { I: 15, II: 35, III: 35, IV: 15 } as const;
export const DIAGNOSES = [
  'Uşaq serebral iflici',
  'Daun sindromu',
  'Autizm spektri pozuntusu',
  'Eşitmə qabiliyyətinin zəifliyi',
  'Görmə qabiliyyətinin zəifliyi',
  'Epilepsiya',
  'Əqli inkişafın ləngiməsi',
  'Nitqin ağır pozuntusu',
] as const;

export const CITIZENSHIP_WEIGHTS = {
  'Azərbaycan Respublikası': 95,
  '': 3, // not established yet
  Gürcüstan: 1,
  'Rusiya Federasiyası': 1,
} as const;

export const DAY_ATTENDEE_SHARE = 0.15;
/** Discharged (former) children per current child: 30 for the default 120. */
export const DISCHARGED_PER_CURRENT = 0.25;
/** Brothers and sisters placed together share the surname, the father and the decision. */
export const SIBLING_SHARE = 0.12;
export const BIRTH_CERTIFICATE_SHARE = 0.65;
export const BIRTH_CERTIFICATE_SERIES = ['AB', 'AC', 'AD', 'AE', 'AR'] as const;

/**
 * Children named so that the folded searches of the issue always have a match: `memmedov`,
 * `ismayilov`, `sebnem`, `agayev`, `cingiz` (the first current children get these names).
 */
export const ANCHORS = [
  { sex: 'M', surname: 'Məmmədov' },
  { sex: 'M', surname: 'İsmayılov' },
  { sex: 'F', firstName: 'Şəbnəm' },
  { sex: 'M', surname: 'Ağayev' },
  { sex: 'M', firstName: 'Çingiz' },
] as const;
