import type { Ctx } from '../src-main/core/context';
import { passphraseKeyStore } from '../src-main/core/packages/crypto/keystore';
import { importRecipient, initSigningKey, openSigner, trustFileText } from '../src-main/core/packages/keys-service';
import { generateAgeIdentity } from '../src-main/core/packages/crypto/age';
import { parseTrustFile } from '../src-main/core/packages/format/trust';

/** The bench institution's signing key, a ministry identity as its recipient, and the trust file that names the key. */
export async function packageKeys(ctx: Ctx) {
  const store = passphraseKeyStore('bench passphrase, long enough');
  await initSigningKey(ctx, store);
  const ministry = generateAgeIdentity();
  await importRecipient(ctx, `# the ministry\n${ministry.recipient}\n`);
  const signer = await openSigner(ctx, store);
  const trust = parseTrustFile(await trustFileText(ctx)).trust;
  return { ministry, signer, trust };
}
