// The institution: set-up wizard, its types, the settings screen. Azerbaijani, the source language: en and ru are typed against it.
export const az = {
  alreadyDone: 'Müəssisə artıq qurulub. Mövcud hesabla daxil olun.',
  noInstitution: 'Müəssisə hələ qeydə alınmayıb.',
  codeFormat: 'Müəssisənin kodu 2–20 simvoldur: latın hərfləri, rəqəmlər və defis.',
  type: {
    childrens_home: 'Uşaq evi',
    boarding_school: 'İnternat tipli müəssisə',
    day_care_centre: 'Günərzi qayğı mərkəzi',
    rehabilitation_centre: 'Reabilitasiya-inkişaf mərkəzi',
    small_group_home: 'Kiçik qrup evi',
  },
  wizard: {
    title: 'Qayğı-nın ilk quraşdırılması',
    subtitle: 'Müəssisəni qeydə alın və direktorun hesabını yaradın. Bu, bir dəfə edilir.',
    steps: {
      institution: 'Müəssisə',
      director: 'Direktorun hesabı',
    },
    institutionIntro: 'Müəssisənin Təhsil Nazirliyindəki məlumatları. Sonradan Parametrlərdə dəyişmək olar.',
    directorIntro: 'Direktor bütün hesabları idarə edir və məlumat paketlərini imzalayır. Şifrəni heç kimə verməyin.',
    next: 'Növbəti',
    back: 'Geri',
    create: 'Müəssisəni yarat və daxil ol',
    fields: {
      code: 'Müəssisənin kodu',
      nameAz: 'Adı (azərbaycanca)',
      nameEn: 'Adı (ingiliscə)',
      type: 'Növü',
      region: 'Rayon (şəhər)',
      address: 'Ünvanı',
      capacity: 'Yerlərin sayı',
      displayName: 'Direktorun soyadı və adı',
    },
    hints: {
      code: 'Nazirliyin verdiyi kod, məsələn AZ-BAK-001',
      region: 'Məsələn: Bakı, Gəncə, Şəki',
      capacity: 'Müəssisənin neçə uşaq üçün nəzərdə tutulduğu',
      displayName: 'Ekranlarda və audit jurnalında belə görünəcək',
      username: 'Hərflər, rəqəmlər, nöqtə, defis və ya alt xətt, boşluqsuz; məsələn a.hasanova',
    },
  },
  settings: {
    nav: 'Parametrlər',
    title: 'Parametrlər',
    tabs: {
      institution: 'Müəssisə',
      users: 'İstifadəçilər və rollar',
      security: 'Ekran kilidi',
    },
    institution: {
      saved: 'Müəssisənin məlumatları yadda saxlanıldı.',
    },
    security: {
      intro: 'İşləmədən bu qədər vaxt keçəndə ekran kilidlənir və davam etmək üçün şifrə soruşulur. Yadda saxlanılmamış məlumatlar itmir.',
      idleLockMinutes: 'Ekran kilidinə qədər (dəqiqə)',
      hint: '{{min}} ilə {{max}} dəqiqə arasında',
      saved: 'Ekran kilidinin müddəti yadda saxlanıldı.',
    },
  },
};
