/** See ascii-bundle.mjs: the production bundle with its regular expression literals' non-ASCII characters escaped. */
export function asciiBundle(text: string): string;
