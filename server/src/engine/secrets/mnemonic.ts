// A wallet's seed phrase told by its format: 12, 15, 18, 21 or 24 words, every one from the BIP-39
// list. Prose almost never passes (`the`, `to`, `of`, `is` are not in the list), so the phrase is
// a secret wherever it sits, whatever the variable is called.
import { BIP39_WORDS } from './bip39Words';

/** A run of 12 to 24 lowercase words, single-spaced; linear: words start only after a non-letter, and the run is bounded. */
export const WORD_RUN = /(?<![A-Za-z])[a-z]{3,8}(?: [a-z]{3,8}){11,23}(?![A-Za-z]| [a-z])/g;
const LENGTHS = new Set([12, 15, 18, 21, 24]);

/**
 * English words that prose cannot do without and the BIP-39 list does not hold (a test holds that).
 * A doc comment's sentence is a run of short lowercase words too: on the bench's library code every
 * run WORD_RUN found was one (`the smallest node within this node that spans the given byte range`),
 * and each kept a 150-200 KB bundle in the TypeScript parse for the seed phrase it could not be.
 */
export const NOT_BIP39_WORDS = ['the', 'and', 'for', 'are', 'not', 'from', 'with', 'which', 'was', 'were', 'its', 'has', 'had', 'been', 'but', 'should', 'would', 'could', 'their', 'does', 'whose', 'these', 'those', 'than', 'our', 'your', 'may', 'some', 'most', 'each', 'how', 'why', 'who', 'get', 'set', 'returns', 'see', 'after', 'given', 'named', 'node', 'values', 'function'] as const;

/**
 * WORD_RUN's quick test (TokenFormat.quick), for the prefilters and the finder: the same run, no
 * word of it one of NOT_BIP39_WORDS. Every seed phrase passes (its words are all in the list); a
 * sentence seldom goes twelve words without one. Linear as WORD_RUN: each word's lookahead is bounded.
 */
export const SEED_PHRASE_QUICK =
  /(?<![A-Za-z])(?!(?:the|and|for|are|not|from|with|which|was|were|its|has|had|been|but|should|would|could|their|does|whose|these|those|than|our|your|may|some|most|each|how|why|who|get|set|returns|see|after|given|named|node|values|function)(?![a-z]))[a-z]{3,8}(?: (?!(?:the|and|for|are|not|from|with|which|was|were|its|has|had|been|but|should|would|could|their|does|whose|these|those|than|our|your|may|some|most|each|how|why|who|get|set|returns|see|after|given|named|node|values|function)(?![a-z]))[a-z]{3,8}){11,23}(?![A-Za-z]| [a-z])/;

/**
 * Seed phrases that tools publish for local chains: Ganache's and Truffle's defaults. They guard
 * nothing; Hardhat's `test test … junk` and the BIP-39 test vectors fail the repetition check.
 */
const PUBLIC_DEV_MNEMONICS = new Set([
  'candy maple cake sugar pudding cream honey rich smooth crumble sweet treat',
  'myth like bonus scare over problem client lizard pioneer submit female collect',
]);

/** Every word from the list, a BIP-39 length, and not one word repeated (`test test … junk`). */
export function isSeedPhrase(phrase: string): boolean {
  const words = phrase.split(' ');
  if (!LENGTHS.has(words.length) || !words.every((word) => BIP39_WORDS.has(word))) return false;
  return new Set(words).size >= words.length - 2 && !isPublicDevMnemonic(phrase);
}

export function isPublicDevMnemonic(phrase: string): boolean {
  return PUBLIC_DEV_MNEMONICS.has(phrase.trim().split(/\s+/).join(' '));
}
