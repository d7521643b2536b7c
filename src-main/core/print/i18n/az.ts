// Printing (any printed document). Azerbaijani.
export const az = {
  savePdf: 'PDF kimi saxla',
  saved: 'PDF saxlanıldı: {{path}}',
  errors: {
    unavailable: 'Burada PDF saxlamaq olmur: səhifəni brauzerin çapı ilə çap edin.',
    notPrintPath: 'Bu, çap səhifəsi deyil.',
  },
};
