import { describe, expect, it } from 'vitest';
import { lookupWord, matchKey, wordIndex } from '../../../src-main/core/imports/words';
import { SEX_WORDS, LEGAL_STATUS_WORDS } from '../../../src-main/core/residents/i18n/words';
import { DESTINATION_WORDS, RELATION_WORDS } from '../../../src-main/core/care/i18n/words';
import { POSITION_WORDS } from '../../../src-main/core/staff/i18n/words';
import { guessMapping } from '../../../src-main/core/imports/guess';
import { RESIDENT_IMPORT_FIELDS } from '../../../src-main/core/imports/residents';

// The code lists' usual words in three languages, matched folded; the header guesses.

describe('words of the code lists', () => {
  it('folds the look-alikes Azerbaijani writers type', () => {
    expect(matchKey('Məmmədov')).toBe(matchKey('Memmedov'));
    expect(matchKey('Mәmmәdov')).toBe(matchKey('Məmmədov')); // Cyrillic ә
    expect(matchKey('İsmayılov')).toBe(matchKey('Ismayilov'));
    expect(matchKey('ISMAYILOV')).toBe(matchKey('ismayılov'));
  });

  it('recognises the usual words in az, en and ru', () => {
    const cases: Array<[Record<string, readonly string[]>, string, string | null]> = [
      [SEX_WORDS, 'oğlan', 'M'], [SEX_WORDS, 'QIZ', 'F'], [SEX_WORDS, 'Женский', 'F'], [SEX_WORDS, 'boy', 'M'], [SEX_WORDS, 'x', null],
      [LEGAL_STATUS_WORDS, 'Yetim', 'orphan'], [LEGAL_STATUS_WORDS, 'лишены родительских прав', 'parents_deprived'], [LEGAL_STATUS_WORDS, 'parents unknown', 'parents_unknown'],
      [DESTINATION_WORDS, 'bioloji ailə', 'biological_family'], [DESTINATION_WORDS, 'bioloji ailəyə qaytarılıb', 'biological_family'],
      [DESTINATION_WORDS, 'qəyyumluq', 'guardianship'], [DESTINATION_WORDS, 'опека', 'guardianship'], [DESTINATION_WORDS, 'himayədar ailə', 'foster_family'],
      [DESTINATION_WORDS, 'international adoption', 'international_adoption'], [DESTINATION_WORDS, 'övladlığa götürülüb', 'domestic_adoption'],
      [RELATION_WORDS, 'ögey ata', 'stepfather'], [RELATION_WORDS, 'ata', 'father'], [RELATION_WORDS, 'бабушка', 'grandmother'],
      [POSITION_WORDS, 'tərbiyəçi köməkçisi', 'assistant_caregiver'], [POSITION_WORDS, 'Tərbiyəçi', 'caregiver'], [POSITION_WORDS, 'логопед', 'speech_therapist'],
    ];
    for (const [words, cell, want] of cases) expect([cell, lookupWord(wordIndex(words), cell)]).toEqual([cell, want]);
  });

  it('guesses the columns from headers in each language, each column once', () => {
    const m = (h: string[]) => Object.fromEntries(Object.entries(guessMapping(h, RESIDENT_IMPORT_FIELDS)).filter(([, v]) => v !== null));
    expect(m(['Soyadı', 'Adı', 'Atasının adı', 'Doğum tarixi', 'Cinsi'])).toEqual({ lastName: 0, firstName: 1, patronymic: 2, dateOfBirth: 3, sex: 4 });
    expect(m(['Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Пол', 'Дата поступления'])).toEqual({ lastName: 0, firstName: 1, patronymic: 2, dateOfBirth: 3, sex: 4, admissionDate: 5 });
    expect(m(['Surname', 'Name', 'Gender', 'DOB', 'Admission date', 'Notes'])).toEqual({ lastName: 0, firstName: 1, sex: 2, dateOfBirth: 3, admissionDate: 4, notes: 5 });
  });
});
