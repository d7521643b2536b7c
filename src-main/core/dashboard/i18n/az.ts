// The dashboard: the director's first screen. Azerbaijani, the reference language.
export const az = {
  nav: 'İdarə paneli',
  title: 'İdarə paneli',
  subtitle: 'Bu gün diqqət tələb edənlər',
  today: 'Bu gün: {{date}}',
  nothing: 'Diqqət tələb edən heç nə yoxdur.',
  quarter: '{{quarter}} rübü üzrə göstəricilər',
  noTallies: 'Bu rüb üçün hələ göstərici yoxdur.',
  open: 'Siyahını aç',
  loadFailed: 'İdarə panelini yükləmək mümkün olmadı.',
  children: {
    back: 'İdarə panelinə qayıt',
    empty: 'Bu siyahıda uşaq yoxdur.',
    loadFailed: 'Siyahını yükləmək mümkün olmadı.',
  },
  levels: {
    action: 'Bu gün tədbir görülməlidir',
    warning: 'Tezliklə',
    info: 'Məlumat üçün',
  },
  errors: {
    unknownSignal: 'Naməlum göstərici: {{kind}}.',
    notAboutChildren: '“{{kind}}” göstəricisi uşaqların siyahısını vermir.',
  },
};
