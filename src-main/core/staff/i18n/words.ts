import type { Words } from '../../imports/words';
import type { EducationLevel, EmploymentType, Position } from '../schema';

// The usual words for the staff register's code lists in az, en and ru: what an import
// (core/imports) recognises a cell by. Next to labels.ts (the words the app shows).

export const POSITION_WORDS: Words<Position> = {
  director: ['direktor', 'müdir', 'director', 'head', 'директор', 'заведующий'],
  deputy_director: ['direktor müavini', 'müavin', 'deputy director', 'deputy', 'заместитель директора', 'заместитель'],
  social_worker: ['sosial işçi', 'social worker', 'социальный работник', 'соцработник'],
  caregiver: ['tərbiyəçi', 'caregiver', 'carer', 'воспитатель'],
  assistant_caregiver: ['tərbiyəçi köməkçisi', 'köməkçi', 'dayə', 'assistant caregiver', 'помощник воспитателя', 'няня'],
  teacher: ['müəllim', 'pedaqoq', 'teacher', 'учитель', 'педагог'],
  special_educator: ['defektoloq', 'special educator', 'дефектолог'],
  speech_therapist: ['loqoped', 'speech therapist', 'логопед'],
  psychologist: ['psixoloq', 'psychologist', 'психолог'],
  doctor: ['həkim', 'doctor', 'physician', 'врач'],
  nurse: ['tibb bacısı', 'nurse', 'медсестра', 'медицинская сестра'],
  methodologist: ['metodist', 'methodologist', 'методист'],
  accountant: ['mühasib', 'accountant', 'бухгалтер'],
  cook: ['aşpaz', 'cook', 'повар'],
  technical: ['texniki işçi', 'texniki', 'technical', 'технический работник', 'техник'],
  security: ['mühafizəçi', 'gözətçi', 'security', 'guard', 'охранник', 'сторож'],
  other: ['digər', 'other', 'другое'],
};

export const EMPLOYMENT_WORDS: Words<EmploymentType> = {
  full_time: ['tam ştat', 'tam', 'ştat', 'full time', 'full', 'полная ставка', 'штатный', 'полная'],
  part_time: ['yarım ştat', 'yarım', 'əvəzçilik', 'part time', 'part', 'неполная ставка', 'совместитель', 'полставки'],
  contract: ['müqavilə', 'contract', 'договор', 'контракт'],
  volunteer: ['könüllü', 'volunteer', 'волонтер', 'доброволец'],
};

export const EDUCATION_WORDS: Words<EducationLevel> = {
  secondary: ['orta', 'tam orta', 'secondary', 'среднее'],
  vocational: ['peşə', 'orta ixtisas', 'vocational', 'среднее специальное', 'профессиональное'],
  bachelor: ['bakalavr', 'ali', 'bachelor', 'бакалавр', 'высшее'],
  master: ['magistr', 'master', 'магистр'],
  doctorate: ['doktorantura', 'fəlsəfə doktoru', 'phd', 'doctorate', 'доктор', 'кандидат наук'],
};
