// Azure Storage shared access signatures, in a SAS URL or a bare SAS token (`--sas-token`, a connection string's
// `SharedAccessSignature=`): `sv=<version>&…&sig=<HMAC-SHA256, base64, URL-encoded>`. Whoever holds the signature has
// the access it grants until it expires. Every issuer writes `sv` before `sig`, and `sig` is 32 bytes.

const SAS = /(?<![\w-])sv=\d{4}-\d{2}-\d{2}&(?:[a-z]{2,6}=[^&\s"'<>]{0,120}&){0,16}sig=((?:[A-Za-z0-9+/]|%2[BFbf]){43}(?:=|%3[Dd]))(?![A-Za-z0-9%+/=])/dg;

/**
 * Storage accounts of Azure's documentation and CLI help (`https://myStorageAct.blob.azure.com/…?…&sig=…`,
 * Microsoft's fictional Contoso and Fabrikam): a sample URL, its signature no one's secret.
 */
const SAMPLE_ACCOUNT = /^(?:my(?:storage|account|acct|sa(?![a-z]))|contoso|fabrikam|example|sample)/i;

/** A URL's query reaches back at most this far to its host. */
const URL_REACH = 1024;

export function findSasSignatures(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const match of text.matchAll(SAS)) {
    if (isSampleAccount(text, match.index)) continue;
    const [start, end] = match.indices![1]!;
    found.push({ start, end });
  }
  return found;
}

/** The account named by the host of the URL whose query starts before `at`: `//<account>.blob.core.windows.net/…?`. */
function isSampleAccount(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - URL_REACH), at);
  const slashes = before.lastIndexOf('//');
  if (slashes < 0 || /[\s"'<>`]/.test(before.slice(slashes))) return false;
  return SAMPLE_ACCOUNT.test(before.slice(slashes + 2));
}
