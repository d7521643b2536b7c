import type { CallInput, CallName, CallOutput } from './calls';
import type { Result } from './errors';

/** Menu commands the Electron host sends to the window. */
export type MenuCommand =
  | { kind: 'language'; locale: 'az' | 'en' | 'ru' }
  | { kind: 'navigate'; to: string }
  /** The host changed the window's session (locked it): the renderer asks for it again. */
  | { kind: 'session' };

/**
 * The one object the renderer talks to: `window.qaygi` from the preload in the app, or the HTTP
 * client against the web harness. Both are typed from the contract.
 */
export interface QaygiApi {
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (cmd: MenuCommand) => void): () => void;
  /** Tells the host which language the window shows, so that the application menu follows it. */
  showLanguage(locale: 'az' | 'en' | 'ru'): void;
}

export const IPC_CALL_CHANNEL = 'qaygi:call';
export const IPC_MENU_CHANNEL = 'qaygi:menu';
export const IPC_LANGUAGE_CHANNEL = 'qaygi:language';
