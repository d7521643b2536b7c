import { IconFiles } from '@tabler/icons-react';
import type { ChildTabDef } from '../app/childTabs';
import { DocumentsTab } from './DocumentsTab';

export const documentsTab: ChildTabDef = {
  id: 'documents',
  label: 'documents.tab',
  icon: IconFiles,
  permission: 'documents.read',
  render: (r) => <DocumentsTab resident={r} />,
};
