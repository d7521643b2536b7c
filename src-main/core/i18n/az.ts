// Azerbaijani: the first language of Qayğı. Terms follow ../GLOSSARY (the ministry's wording).
export const az = {
  menu: {
    file: 'Fayl', quit: 'Çıxış', edit: 'Redaktə', undo: 'Geri qaytar', redo: 'Təkrarla', cut: 'Kəs',
    copy: 'Köçür', paste: 'Yapışdır', selectAll: 'Hamısını seç', view: 'Görünüş', resetZoom: 'Həqiqi ölçü',
    zoomIn: 'Böyüt', zoomOut: 'Kiçilt', fullscreen: 'Tam ekran', language: 'Dil',
  },
  errors: {
    invalid: 'Məlumatda səhvlər var. Qeyd olunan sahələri düzəldin.',
    forbidden: 'Bu əməliyyat üçün icazəniz yoxdur.',
    unauthenticated: 'Sistemə daxil olun.',
    unknownCall: 'Naməlum əməliyyat: {{name}}.',
    internal: 'Gözlənilməz xəta baş verdi. Heç nə dəyişdirilmədi; yenidən cəhd edin.',
    schemaTooNew:
      'Bu verilənlər bazası Qayğı-nın daha yeni versiyası ilə yaradılıb ({{migration}}). Proqramı yeniləyin.',
    residentNotFound: 'Uşaq tapılmadı.',
    finTaken: 'FİN {{fin}} artıq başqa uşağın qeydindədir.',
    possibleDuplicate:
      'Bu uşaq artıq qeydiyyatda ola bilər ({{count}} oxşar qeyd). Yoxlayın və əminsinizsə, təsdiq edin.',
    staleVersion: 'Bu qeyd siz redaktə edərkən başqası tərəfindən dəyişdirilib. Səhifəni yeniləyin.',
  },
  validation: {
    required: 'Bu sahə mütləqdir.',
    tooLong: 'Çox uzundur (ən çoxu {{max}} simvol).',
    choose: 'Siyahıdan seçin.',
    dateFormat: 'Tarixi düzgün daxil edin (gün.ay.il).',
    dateFuture: 'Tarix gələcəkdə ola bilməz.',
    dobFuture: 'Doğum tarixi gələcəkdə ola bilməz.',
    dobTooOld: 'Doğum tarixi 19 ildən əvvəl ola bilməz: uşaq 0–18 yaşdadır.',
    dobAfterAdmission: 'Doğum tarixi qəbul tarixindən sonra ola bilməz.',
    finFormat: 'FİN 7 simvoldur: latın hərfləri və rəqəmlər, I və O hərfləri olmadan.',
    finTaken: 'Bu FİN artıq başqa uşağın qeydindədir.',
    invalid_type: 'Dəyər düzgün deyil.',
    invalid_value: 'Siyahıdan seçin.',
    unrecognized_keys: 'Naməlum sahələr: {{keys}}.',
    too_big: 'Çox böyükdür (ən çoxu {{max}}).',
    too_small: 'Çox kiçikdir (ən azı {{min}}).',
    invalid_format: 'Format düzgün deyil.',
    custom: 'Dəyər düzgün deyil.',
  },
  enums: {
    sex: { M: 'Oğlan', F: 'Qız' },
    legalStatus: {
      orphan: 'Kimsəsiz uşaq (yetim)',
      parents_deprived: 'Valideynləri valideynlik hüququndan məhrum edilib',
      parents_unknown: 'Valideynləri məlum deyil / tərk edilib',
      parents_unable: 'Valideynlər baxa bilmir (həbs, xəstəlik)',
      parents_request_poverty: 'Valideynlərin müraciəti ilə (maddi çətinlik)',
      other: 'Digər',
    },
    status: { resident: 'Müəssisədə yaşayır', day_attendee: 'Gündüz gəlir', discharged: 'Çıxıb' },
    admissionBasis: {
      commission: 'Yetkinlik yaşına çatmayanların işləri və hüquqlarının müdafiəsi üzrə komissiyanın qərarı',
      court: 'Məhkəmə qərarı',
      parents_request: 'Valideynlərin ərizəsi',
      other: 'Digər',
    },
    disabilityDegree: { I: 'I dərəcə', II: 'II dərəcə', III: 'III dərəcə', IV: 'IV dərəcə' },
  },
};
export type Messages = typeof az;
