import { useEffect } from 'react';
import { Checkbox, PasswordInput, Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROLES } from '@core/contract/permissions';
import type { UserDto } from '@core/auth/schema';
import { useAppInfo } from '../app/AppInfoContext';
import { CallFailure } from '../data/callError';
import { useDynamicT } from '../i18n';
import { PasswordRules } from '../session/PasswordRules';
import { useFieldErrorText } from '../ui/fieldErrors';
import { issuesToErrors } from '../ui/fieldIssues';
import { ModalForm } from '../ui/ModalForm';
import { useSaveUser } from './mutations';
import {
  emptyUserValues,
  userCreateInput,
  userUpdateInput,
  validateUserCreate,
  validateUserUpdate,
  valuesFromUser,
  type UserFormValues,
} from './userModel';
import { ROLE_LABEL } from '@core/auth/i18n/labels';

export interface StaffOption {
  value: string;
  label: string;
}

/** A new account (user null) or a change to one; only a director offers the director's role. */
export function UserModal({
  opened,
  user,
  staffOptions,
  preset,
  onClose,
  onSaved,
}: {
  opened: boolean;
  user: UserDto | null;
  staffOptions: StaffOption[];
  preset?: Partial<UserFormValues>;
  onClose(): void;
  onSaved(u: UserDto): void;
}) {
  const { t } = useTranslation();
  const tk = useDynamicT();
  const errText = useFieldErrorText();
  const { info } = useAppInfo();
  const saving = useSaveUser(user);
  const staffName = (id: string | null) => staffOptions.find((o) => o.value === id)?.label ?? '';
  const form = useForm<UserFormValues>({
    mode: 'controlled',
    initialValues: emptyUserValues(preset),
    validate: (v) => (user ? validateUserUpdate(v) : validateUserCreate(v, staffName(v.staffId))),
    validateInputOnChange: true,
  });

  useEffect(() => {
    if (!opened) return;
    const v = user ? valuesFromUser(user) : emptyUserValues(preset);
    form.setValues(v);
    form.resetDirty(v);
    form.clearErrors();
    saving.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, user]);

  const save = (v: UserFormValues) =>
    saving.mutate(user ? { update: userUpdateInput(v, user) } : { create: userCreateInput(v) }, {
      onSuccess: onSaved,
      onError: (e) => {
        if (e instanceof CallFailure && e.fields?.length) form.setErrors(issuesToErrors(e.fields));
      },
    });

  // An administrator can neither make nor change a director (the core refuses it too).
  const isDirector = info.actor?.role === 'director';
  const roles = ROLES.filter((r) => isDirector || r !== 'director' || user?.role === 'director').map((r) => ({
    value: r,
    label: tk(ROLE_LABEL[r]),
  }));
  const input = (path: keyof UserFormValues) => ({ ...form.getInputProps(path), error: errText(form.errors[path]), 'data-path': path });
  return (
    <ModalForm
      opened={opened}
      onClose={onClose}
      title={user ? t('auth.users.editTitle', { username: user.username }) : t('auth.users.newTitle')}
      onSubmit={form.onSubmit(save)}
      pending={saving.isPending}
      error={saving.error}
      errorTestId="user-form-error"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <TextInput
          label={t('auth.signIn.username')}
          description={user ? undefined : t('institution.wizard.hints.username')}
          withAsterisk={!user}
          disabled={!!user}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          data-autofocus
          {...input('username')}
        />
        <TextInput
          label={t('auth.users.fields.displayName')}
          description={user ? undefined : t('auth.users.displayNameHint')}
          withAsterisk={!!user}
          {...input('displayName')}
        />
        <Select label={t('auth.users.fields.role')} withAsterisk data={roles} allowDeselect={false} comboboxProps={{ withinPortal: true }} {...input('role')} />
        <Select
          label={t('auth.users.fields.staffId')}
          placeholder={t('auth.users.noStaff')}
          data={staffOptions}
          searchable
          clearable
          nothingFoundMessage={t('app.searchNothing')}
          comboboxProps={{ withinPortal: true }}
          {...input('staffId')}
        />
      </SimpleGrid>
      {user ? (
        <Switch label={t('auth.users.activeSwitch')} {...form.getInputProps('active', { type: 'checkbox' })} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <PasswordInput label={t('auth.signIn.password')} withAsterisk autoComplete="new-password" {...input('password')} />
            <PasswordInput label={t('auth.signIn.repeatPassword')} withAsterisk autoComplete="new-password" {...input('repeat')} />
          </SimpleGrid>
          <PasswordRules />
          <Checkbox label={t('auth.users.mustChange')} {...form.getInputProps('mustChangePassword', { type: 'checkbox' })} />
        </>
      )}
    </ModalForm>
  );
}
