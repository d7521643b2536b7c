import { Avatar } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { documentQueries } from './queries';

/** The child's current photo (its thumbnail, made once on add), or the initials when there is none. */
export function ChildPhoto({ residentId, initials }: { residentId: string; initials: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(documentQueries.photo(residentId));
  const photo = data?.photo;
  return (
    <Avatar
      src={photo?.thumbnail ?? null}
      size={72}
      radius="md"
      alt={photo ? t('documents.photo.alt') : t('documents.photo.none')}
      data-testid="child-photo"
      data-has-photo={photo ? 'yes' : 'no'}
    >
      {initials}
    </Avatar>
  );
}
