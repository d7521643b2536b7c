import { call, Empty, type CallFragment } from '../contract/define';
import { ChangePasswordInput, ResetPasswordInput, SignInInput, UnlockInput, UserCreateInput, UserUpdateInput, type SessionInfo, type UserDto } from './schema';

// The auth domain's calls: name, input schema, output type, permission.
export const authCalls = {
  'auth.session': call<SessionInfo>()(Empty, 'public'),
  'auth.signIn': call<SessionInfo>()(SignInInput, 'public'),
  'auth.signOut': call<SessionInfo>()(Empty, 'public'),
  'auth.unlock': call<SessionInfo>()(UnlockInput, 'app.read'),
  'auth.lock': call<SessionInfo>()(Empty, 'app.read'),
  'auth.activity': call<SessionInfo>()(Empty, 'app.read'),
  'auth.changePassword': call<SessionInfo>()(ChangePasswordInput, 'app.read'),
  'users.list': call<UserDto[]>()(Empty, 'users.manage'),
  'users.create': call<UserDto>()(UserCreateInput, 'users.manage'),
  'users.update': call<UserDto>()(UserUpdateInput, 'users.manage'),
  'users.resetPassword': call<UserDto>()(ResetPasswordInput, 'users.manage'),
} satisfies CallFragment;
