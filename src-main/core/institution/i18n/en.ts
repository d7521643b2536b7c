// The institution: set-up wizard, its types, the settings screen. English.
import type { Translation } from '../../i18n/types';
import type { az } from './az';

export const en: Translation<typeof az, 'en'> = {
  alreadyDone: 'The institution is already set up. Sign in with an existing account.',
  noInstitution: 'No institution has been recorded yet.',
  codeFormat: 'The institution code is 2–20 characters: Latin letters, digits and dashes.',
  type: {
    childrens_home: 'Children’s home',
    boarding_school: 'Boarding school',
    day_care_centre: 'Day-care centre',
    rehabilitation_centre: 'Rehabilitation and development centre',
    small_group_home: 'Small group home',
  },
  wizard: {
    title: 'Setting up Qayğı',
    subtitle: 'Register the institution and create the director’s account. This is done once.',
    steps: {
      institution: 'Institution',
      director: 'Director’s account',
    },
    institutionIntro: 'The institution as the Ministry of Education knows it. You can change this later in Settings.',
    directorIntro: 'The director manages every account and signs the data packages. Never share this password.',
    next: 'Next',
    back: 'Back',
    create: 'Create the institution and sign in',
    fields: {
      code: 'Institution code',
      nameAz: 'Name (Azerbaijani)',
      nameEn: 'Name (English)',
      type: 'Type',
      region: 'District (city)',
      address: 'Address',
      capacity: 'Places',
      displayName: 'Director’s surname and name',
    },
    hints: {
      code: 'The code given by the ministry, e.g. AZ-BAK-001',
      region: 'For example: Baku, Ganja, Shaki',
      capacity: 'How many children the institution is meant for',
      displayName: 'Shown like this on the screens and in the audit log',
      username: 'Letters, digits, dot, dash or underscore, no spaces; e.g. a.hasanova',
    },
  },
  settings: {
    nav: 'Settings',
    title: 'Settings',
    tabs: {
      institution: 'Institution',
      users: 'Users and roles',
      security: 'Screen lock',
    },
    institution: {
      saved: 'The institution’s details were saved.',
    },
    security: {
      intro: 'After this long without work the screen locks and asks for the password to continue. Nothing unsaved is lost.',
      idleLockMinutes: 'Lock the screen after (minutes)',
      hint: 'Between {{min}} and {{max}} minutes',
      saved: 'The screen lock time was saved.',
    },
  },
};
