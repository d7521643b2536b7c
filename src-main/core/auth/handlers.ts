import type { HandlersOf } from '../contract/handler';
import type { authCalls } from './calls';
import { changeOwnPassword, currentSession, lockSession, sessionActivity, signIn, signOut, unlockSession } from './session';
import { createUser, listUsers, resetPassword, updateUser } from './users';

// One line per call: the service that answers it.
export const authHandlers: HandlersOf<typeof authCalls> = {
  'auth.session': (ctx) => currentSession(ctx),
  'auth.signIn': (ctx, i) => signIn(ctx, i),
  'auth.signOut': (ctx) => signOut(ctx),
  'auth.unlock': (ctx, i) => unlockSession(ctx, i),
  'auth.lock': (ctx) => lockSession(ctx),
  'auth.activity': (ctx) => sessionActivity(ctx),
  'auth.changePassword': (ctx, i) => changeOwnPassword(ctx, i),
  'users.list': (ctx) => listUsers(ctx),
  'users.create': (ctx, i) => createUser(ctx, i),
  'users.update': (ctx, i) => updateUser(ctx, i),
  'users.resetPassword': (ctx, i) => resetPassword(ctx, i),
};
