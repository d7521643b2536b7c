import { safeStorage } from 'electron';
import { KeyStoreError, type KeyStore } from '../core/packages/crypto/keystore';

// The app's key store: the OS keyring through Electron's safeStorage (DPAPI on Windows, the
// Keychain on macOS, libsecret/kwallet on Linux). The key id is sealed together with the secret and
// checked on opening, so a sealed blob cannot be moved to another key's row.

/**
 * safeStorage when it protects anything; null where Linux has no keyring and safeStorage would
 * fall back to a hard-coded password (`basic_text`): the host then uses a passphrase instead.
 */
export async function safeStorageKeyStore(): Promise<KeyStore | null> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    kind: 'safe_storage',
    async seal(secret, label) {
      const plain = JSON.stringify({ label, secret: Buffer.from(secret).toString('base64') });
      return (await safeStorage.encryptStringAsync(plain)).toString('base64');
    },
    async open(sealed, label) {
      let plain: string;
      try {
        plain = (await safeStorage.decryptStringAsync(Buffer.from(sealed, 'base64'))).result;
      } catch {
        throw new KeyStoreError('wrong_secret');
      }
      let parsed: { label?: unknown; secret?: unknown };
      try {
        parsed = JSON.parse(plain) as typeof parsed;
      } catch {
        throw new KeyStoreError('malformed');
      }
      if (parsed.label !== label || typeof parsed.secret !== 'string') throw new KeyStoreError('wrong_secret');
      return Buffer.from(parsed.secret, 'base64');
    },
  };
}
