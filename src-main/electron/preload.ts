import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL_CHANNEL, IPC_LANGUAGE_CHANNEL, IPC_MENU_CHANNEL, type MenuCommand, type QaygiApi } from '../core/contract/api';

// The narrow bridge: one typed object, `window.qaygi`. Never ipcRenderer, never process.
const api: QaygiApi = {
  call: (name, input) => ipcRenderer.invoke(IPC_CALL_CHANNEL, name, input),
  onMenuCommand(listener) {
    const wrapped = (_e: IpcRendererEvent, cmd: MenuCommand) => listener(cmd);
    ipcRenderer.on(IPC_MENU_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(IPC_MENU_CHANNEL, wrapped);
  },
  showLanguage: (locale) => ipcRenderer.send(IPC_LANGUAGE_CHANNEL, locale),
};

contextBridge.exposeInMainWorld('qaygi', api);
