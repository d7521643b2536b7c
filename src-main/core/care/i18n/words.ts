import type { Words } from '../../imports/words';
import type { CONTACT_FREQUENCIES, DECIDING_BODIES, DESTINATIONS, EXIT_REASONS, PARENTAL_RIGHTS, PLACEMENTS, RELATIONS, YES_NO_UNKNOWN } from '../schema';

// The usual words for the care code lists in az, en and ru, as registers of admissions and exits
// and lists of relatives kept in Excel write them: what an import (core/imports) recognises a cell
// by. Next to labels.ts (the words the app shows). Matching folds look-alikes (imports/words.ts).

export const DESTINATION_WORDS: Words<(typeof DESTINATIONS)[number]> = {
  biological_family: ['bioloji ailə', 'ailəyə qaytarılıb', 'valideynlərə', 'ailə', 'biological family', 'family', 'reunified', 'в кровную семью', 'родители', 'возвращен в семью', 'семья'],
  kinship: ['qohumlar', 'qohum ailəsi', 'nənə', 'baba', 'kinship', 'relatives', 'extended family', 'родственники', 'к родственникам'],
  guardianship: ['qəyyumluq', 'qəyyum', 'hamilik', 'guardianship', 'guardian', 'опека', 'опекун', 'попечительство'],
  foster_family: ['himayədar ailə', 'himayədarlıq', 'foster family', 'foster care', 'foster', 'приемная семья', 'патронатная семья'],
  domestic_adoption: ['övladlığa götürülüb', 'övladlığa götürmə', 'övladlığa', 'adoption', 'domestic adoption', 'adopted', 'усыновление', 'удочерение'],
  international_adoption: ['xarici övladlığa götürmə', 'beynəlxalq övladlığa götürmə', 'international adoption', 'международное усыновление', 'иностранное усыновление'],
  other_institution: ['başqa müəssisə', 'digər müəssisə', 'köçürülüb', 'other institution', 'transfer', 'transferred', 'другое учреждение', 'переведен'],
  independent_living: ['müstəqil həyat', 'müstəqil', 'yetkinlik yaşı', 'independent living', 'aged out', 'самостоятельная жизнь', 'выпускник'],
  death: ['vəfat', 'ölüm', 'death', 'died', 'смерть', 'умер'],
  other: ['digər', 'başqa', 'other', 'другое'],
};

export const EXIT_REASON_WORDS: Words<(typeof EXIT_REASONS)[number]> = {
  family_ready: ['ailə hazırdır', 'ailəyə qayıdış', 'family ready', 'reunification', 'семья готова'],
  aged_out: ['yetkinlik yaşına çatıb', '18 yaş', 'aged out', 'достиг совершеннолетия'],
  further_education: ['təhsilini davam etdirir', 'təhsil', 'further education', 'education', 'продолжение обучения', 'учеба'],
  transfer: ['köçürmə', 'köçürülüb', 'transfer', 'перевод'],
  adoption: ['övladlığa götürmə', 'adoption', 'усыновление'],
  death: ['vəfat', 'death', 'смерть'],
  other: ['digər', 'other', 'другое'],
};

export const DECIDING_BODY_WORDS: Words<(typeof DECIDING_BODIES)[number]> = {
  court: ['məhkəmə', 'court', 'суд'],
  commission: ['komissiya', 'yetkinlik yaşına çatmayanların işləri üzrə komissiya', 'commission', 'комиссия', 'кдн'],
  guardianship: ['qəyyumluq orqanı', 'qəyyumluq və himayə', 'guardianship authority', 'орган опеки', 'опека'],
  labour_ministry: ['əmək nazirliyi', 'nazirlik', 'labour ministry', 'ministry', 'министерство труда', 'министерство'],
  other: ['digər', 'other', 'другое'],
};

export const PLACEMENT_WORDS: Words<(typeof PLACEMENTS)[number]> = {
  resident: ['yaşayır', 'daimi', 'tam', 'resident', 'residential', 'круглосуточно', 'проживание'],
  day_care: ['gündüz', 'gündüz qalma', 'day care', 'day', 'дневное', 'дневное пребывание'],
};

export const RELATION_WORDS: Words<(typeof RELATIONS)[number]> = {
  mother: ['ana', 'anası', 'mother', 'mom', 'мать', 'мама'],
  father: ['ata', 'atası', 'father', 'dad', 'отец', 'папа'],
  sibling: ['qardaş', 'bacı', 'brother', 'sister', 'sibling', 'брат', 'сестра'],
  grandmother: ['nənə', 'grandmother', 'бабушка'],
  grandfather: ['baba', 'grandfather', 'дедушка', 'дед'],
  aunt: ['xala', 'bibi', 'aunt', 'тетя', 'тётя'],
  uncle: ['dayı', 'əmi', 'uncle', 'дядя'],
  stepmother: ['ögey ana', 'analıq', 'stepmother', 'мачеха'],
  stepfather: ['ögey ata', 'atalıq', 'stepfather', 'отчим'],
  other: ['digər', 'other', 'другое'],
};

export const PARENTAL_RIGHTS_WORDS: Words<(typeof PARENTAL_RIGHTS)[number]> = {
  intact: ['var', 'tam', 'saxlanılıb', 'intact', 'has rights', 'сохранены', 'есть'],
  restricted: ['məhdudlaşdırılıb', 'məhdud', 'restricted', 'ограничены', 'ограничен'],
  deprived: ['məhrum edilib', 'məhrum', 'deprived', 'лишены', 'лишен', 'лишена'],
};

export const YES_NO_UNKNOWN_WORDS: Words<(typeof YES_NO_UNKNOWN)[number]> = {
  yes: ['bəli', 'hə', 'var', 'sağdır', 'yes', 'y', 'alive', 'да', 'жив', 'жива'],
  no: ['xeyr', 'yox', 'vəfat edib', 'no', 'n', 'dead', 'нет', 'умер', 'умерла'],
  unknown: ['məlum deyil', 'naməlum', 'bilinmir', 'unknown', 'неизвестно'],
};

export const CONTACT_FREQUENCY_WORDS: Words<(typeof CONTACT_FREQUENCIES)[number]> = {
  none: ['yoxdur', 'əlaqə yoxdur', 'heç vaxt', 'none', 'never', 'нет', 'не общается'],
  weekly: ['həftəlik', 'həftədə bir', 'weekly', 'еженедельно', 'раз в неделю'],
  monthly: ['aylıq', 'ayda bir', 'monthly', 'ежемесячно', 'раз в месяц'],
  quarterly: ['rüblük', 'üç ayda bir', 'quarterly', 'ежеквартально', 'раз в квартал'],
  yearly: ['illik', 'ildə bir', 'yearly', 'annually', 'ежегодно', 'раз в год'],
  irregular: ['qeyri-müntəzəm', 'arabir', 'irregular', 'sometimes', 'нерегулярно', 'иногда'],
};
