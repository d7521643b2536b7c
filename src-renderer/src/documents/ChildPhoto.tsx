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

/**
 * The small photo in a children-list row: asked for when the row is drawn (the table is
 * virtualised, so only the rows in view ask), never carried in the list call's rows; the
 * thumbnail was made once, when the photo was added.
 */
export function ListPhoto({ residentId }: { residentId: string }) {
  const { data } = useQuery({ ...documentQueries.photo(residentId), staleTime: 5 * 60_000 });
  const photo = data?.photo;
  return (
    <Avatar src={photo?.thumbnail ?? null} size={30} radius="xl" alt="" aria-hidden data-testid="list-photo" data-has-photo={photo ? 'yes' : 'no'} />
  );
}
