import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Group, Paper, SegmentedControl, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { IconArrowLeft, IconPhotoOff, IconPrinter } from '@tabler/icons-react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LifeStoryDto } from '@core/documents/schema';
import { LOCALES, type Locale } from '@core/i18n';
import type { ResidentDto } from '@core/residents/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { navigate, paths } from '../app/router';
import { formatDate, fullName } from '../format';
import { isLocale } from '../i18n';
import { residentQueries } from '../residents/queries';
import { institutionQueries } from '../settings/queries';
import { RecordLoading } from '../ui/RecordPage';
import { documentsPaths } from './paths';
import { documentQueries } from './queries';
import classes from './LifeStoryPage.module.css';

// The life-story book that leaves with the child (issue 15 §9): the pictures the core offers
// (documents.lifeStory: photos only with a photos consent in force), chosen here, each with a
// short text, and opening words; the book in the chosen language, printed to PDF by the browser
// (only the sheet: the shell, the toolbar and the editor are hidden by the print stylesheet). The
// choices and texts are made at printing and not stored.

const LANGUAGE_NAME: Record<Locale, string> = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' };

export function LifeStoryPage({ residentId, lang }: { residentId: string; lang: string }) {
  const { t } = useTranslation();
  const locale: Locale = isLocale(lang) ? lang : 'az';
  const child = useQuery(residentQueries.detail(residentId));
  const book = useQuery(documentQueries.lifeStory(residentId));
  const institution = useQuery(institutionQueries.detail()).data;
  const { info } = useAppInfo();
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [captions, setCaptions] = useState<Record<string, string>>({});
  const [intro, setIntro] = useState('');
  useEffect(() => {
    if (book.data && chosen === null) {
      setChosen(new Set(book.data.items.map((i) => i.id)));
      setCaptions(Object.fromEntries(book.data.items.map((i) => [i.id, i.title])));
    }
  }, [book.data, chosen]);
  if (!child.data || !book.data) return <RecordLoading error={child.error ?? book.error} title={t('documents.lifeStory.loadFailed')} />;
  const picked = book.data.items.filter((i) => chosen?.has(i.id));
  const toggle = (id: string, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s ?? []);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <div data-print-page>
      <Group className={classes.toolbar} justify="space-between" data-print-hide>
        <Button variant="subtle" leftSection={<IconArrowLeft size={18} aria-hidden />} onClick={() => navigate(`${paths.child(residentId)}/documents`)}>
          {t('documents.lifeStory.back')}
        </Button>
        <Group gap="sm">
          <SegmentedControl
            aria-label={t('documents.lifeStory.language')}
            value={locale}
            onChange={(l) => navigate(documentsPaths.lifeStory(residentId, l as Locale), { replace: true })}
            data={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAME[l] }))}
          />
          <Button leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()} data-testid="print-now">
            {t('documents.lifeStory.printNow')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="md" radius="md" className={classes.editor} data-print-hide>
        <Stack gap="sm">
          <Title order={1} fz="h3">
            {t('documents.lifeStory.pageTitle')}
          </Title>
          {book.data.photosWithheld > 0 && (
            <Alert variant="light" color="orange" icon={<IconPhotoOff size={18} aria-hidden />} data-testid="photos-withheld">
              {t('documents.lifeStory.photosWithheld', { count: book.data.photosWithheld })}
            </Alert>
          )}
          <Textarea label={t('documents.lifeStory.intro')} description={t('documents.lifeStory.introHint')} value={intro} onChange={(e) => setIntro(e.currentTarget.value)} autosize minRows={2} maxLength={2000} data-testid="book-intro" />
          <Text fw={600} fz="sm">
            {t('documents.lifeStory.choose')}
          </Text>
          {book.data.items.length === 0 && <Text c="dimmed" fz="sm">{t('documents.lifeStory.none')}</Text>}
          {book.data.items.map((i) => (
            <Group key={i.id} gap="sm" wrap="nowrap" data-testid="book-choice">
              <Checkbox checked={chosen?.has(i.id) ?? false} onChange={(e) => toggle(i.id, e.currentTarget.checked)} aria-label={i.title} />
              <TextInput
                aria-label={`${t('documents.lifeStory.caption')}: ${i.title}`}
                value={captions[i.id] ?? ''}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  setCaptions((c) => ({ ...c, [i.id]: v }));
                }}
                maxLength={300}
                flex={1}
              />
            </Group>
          ))}
        </Stack>
      </Paper>
      <Book
        child={child.data}
        items={picked}
        captions={captions}
        intro={intro}
        locale={locale}
        today={info.today}
        institution={institution ? (locale === 'az' || !institution.nameEn ? institution.nameAz : institution.nameEn) : ''}
      />
    </div>
  );
}

/** The book itself, in `locale` whatever the screen's language. */
function Book(props: { child: ResidentDto; items: LifeStoryDto['items']; captions: Record<string, string>; intro: string; locale: Locale; today: string; institution: string }) {
  const t = i18next.getFixedT(props.locale);
  const contents = useQueries({ queries: props.items.map((i) => documentQueries.content(i.id)) });
  const urls = useMemo(
    () => contents.map((c) => (c.data ? `data:${c.data.mime};base64,${c.data.dataBase64}` : null)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [contents.map((c) => c.data?.id ?? '').join()],
  );
  return (
    <article className={classes.sheet} lang={props.locale} data-testid="life-story-book" data-ready={contents.every((c) => c.data) ? 'yes' : 'no'}>
      <div className={classes.cover}>
        <div className={classes.heading}>{t('documents.lifeStory.heading')}</div>
        <div className={classes.name} data-testid="book-name">{fullName(props.child)}</div>
        <div>{t('documents.lifeStory.bornOn', { date: formatDate(props.child.dateOfBirth, props.locale) })}</div>
      </div>
      {props.intro.trim() && <p className={classes.intro}>{props.intro.trim()}</p>}
      {props.items.map((i, n) => (
        <figure key={i.id} className={classes.item} data-testid="book-item">
          {urls[n] && <img src={urls[n]} alt={props.captions[i.id] ?? i.title} />}
          <figcaption className={classes.caption}>
            {props.captions[i.id] ?? i.title}
            {i.documentDate && <div className={classes.date}>{formatDate(i.documentDate, props.locale)}</div>}
          </figcaption>
        </figure>
      ))}
      <div className={classes.footer}>{t('documents.lifeStory.madeBy', { institution: props.institution, date: formatDate(props.today, props.locale) })}</div>
    </article>
  );
}
