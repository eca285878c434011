// The shared vocabulary of secrets: used by hardcoded-credential in every language and
// config format. Token formats, credential names, placeholders, connection URLs, env names.
export { findTokens, looksDummy, mayHoldToken, quickTestOf, tooShortForAnyFormat, type TokenMatch } from './tokens';
export { TOKEN_FORMATS, type TokenFormat } from './tokenFormats';
export { credentialName, hasUiContainer, isCredentialName, isUiContainerName, mayNameCredential, type CredentialName, type NameStrength } from './names';
export { isCountedToTen, isDigitRun, isFirstTriedPassword, isPlaceholder, isPolicyShapedPassword, isTrivialSequence, isWordAndDigitsPassword } from './placeholders';
export { isBasicAuthValue, isNeverSecretLike, namesAccountDefault, namesServiceLogin, isSecretLikeValue, isPinCode, isUserPasswordPair, loginPairPassword, type SecretLikeOptions } from './values';
export { isStateWord, looksLikeUiText } from './uiText';
export { isInOrderWithin, namesEnclosingField, PASSWORD_SHORTHANDS } from './restatedNames';
export { characterClasses, isHexDigest, isUuid, looksRandom, shannonEntropy } from './entropy';
export { findUrlPassword, findUrlPasswords, isLocalDefaultAt, isPublicCloudLoginAt, isLocalServiceUrl, isTemplatePassword, urlEnvName, URL_PASSWORD_SLOT, urlPasswordSlotScheme, type UrlPassword } from './connectionUrls';
export { findUrlQuerySecrets, type UrlQuerySecret } from './urlQuery';
export { findJsonCredentialFields, type JsonField } from './jsonBody';
export { findHeaderListFields } from './headerList';
export { formatArgumentName } from './formatSlots';
export { envNameFrom } from './envNames';
export { splitWords } from './words';
export { asLocalDevelopmentValue, credentialConfidence, isChosenPhrase, isStockDevPassword, isStockPasswordAt, withCredentialConfidence } from './confidence';
