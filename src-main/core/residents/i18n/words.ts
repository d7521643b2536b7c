import type { Words } from '../../imports/words';
import type { ADMISSION_BASES, DISABILITY_DEGREES, LEGAL_STATUSES, RESIDENT_STATUSES, Sex } from '../schema';

// The usual words for each of the register's code lists in az, en and ru, as registers kept in
// Excel write them: what an import (core/imports) recognises a cell by. Next to labels.ts, which
// holds the words the app itself shows. Matching folds look-alikes (imports/words.ts).

export const SEX_WORDS: Words<Sex> = {
  M: ['kişi', 'k', 'oğlan', 'oğ', 'erkek', 'male', 'man', 'boy', 'м', 'муж', 'мужской', 'мальчик'],
  F: ['qadın', 'q', 'qız', 'female', 'woman', 'girl', 'ж', 'жен', 'женский', 'девочка'],
};

export const LEGAL_STATUS_WORDS: Words<(typeof LEGAL_STATUSES)[number]> = {
  orphan: ['yetim', 'tam yetim', 'orphan', 'сирота', 'круглая сирота'],
  parents_deprived: [
    'valideyn hüququndan məhrum', 'hüququndan məhrum', 'məhrum edilib', 'parents deprived', 'deprived of parental rights',
    'лишены родительских прав', 'лишение родительских прав', 'лишены прав',
  ],
  parents_unknown: [
    'valideynləri məlum deyil', 'valideyn naməlum', 'naməlum', 'atılmış', 'tərk edilmiş', 'parents unknown', 'abandoned',
    'родители неизвестны', 'подкидыш', 'отказ', 'оставлен',
  ],
  parents_unable: [
    'valideynlər baxa bilmir', 'baxa bilmir', 'həbsdə', 'xəstədir', 'parents unable', 'prison', 'illness',
    'родители не могут', 'лишение свободы', 'болезнь родителей',
  ],
  parents_request_poverty: [
    'valideynin ərizəsi', 'ərizə ilə', 'yoxsulluq', 'aztəminatlı', 'poverty', 'parents request', 'по заявлению родителей',
    'бедность', 'малообеспеченность',
  ],
  other: ['digər', 'başqa', 'other', 'другое', 'прочее'],
};

export const ADMISSION_BASIS_WORDS: Words<(typeof ADMISSION_BASES)[number]> = {
  commission: ['komissiya', 'yetkinlik yaşına çatmayanların işləri üzrə komissiya', 'commission', 'комиссия', 'кдн'],
  court: ['məhkəmə', 'məhkəmə qərarı', 'court', 'court order', 'суд', 'решение суда'],
  parents_request: ['valideynin ərizəsi', 'ərizə', 'parents request', 'заявление', 'заявление родителей'],
  other: ['digər', 'other', 'другое'],
};

export const RESIDENT_STATUS_WORDS: Words<(typeof RESIDENT_STATUSES)[number]> = {
  resident: ['yaşayır', 'qalır', 'sakin', 'resident', 'living', 'проживает', 'воспитанник'],
  day_attendee: ['gündüz', 'gündüz qalan', 'day', 'day attendee', 'дневное', 'дневного пребывания'],
  discharged: ['çıxıb', 'buraxılıb', 'getdi', 'discharged', 'left', 'выбыл', 'выбыла'],
};

export const DISABILITY_DEGREE_WORDS: Words<(typeof DISABILITY_DEGREES)[number]> = {
  I: ['1', 'i dərəcə', '1 dərəcə', 'i группа', '1 группа'],
  II: ['2', 'ii dərəcə', '2 dərəcə', 'ii группа', '2 группа'],
  III: ['3', 'iii dərəcə', '3 dərəcə', 'iii группа', '3 группа'],
  IV: ['4', 'iv dərəcə', '4 dərəcə', 'iv группа', '4 группа'],
};

/** A yes/no column (disability): what counts as yes and as no. */
export const YES_NO_WORDS: Words<'yes' | 'no'> = {
  yes: ['bəli', 'hə', 'var', 'yes', 'y', 'true', '1', '+', 'да', 'есть', 'имеется'],
  no: ['xeyr', 'yox', 'yoxdur', 'no', 'n', 'false', '0', '-', 'нет', 'не имеется'],
};
