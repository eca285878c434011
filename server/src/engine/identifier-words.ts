// The lowercase words of an identifier as rules read names (`loggedInUsers`, `x-user-id`, `LOG_FILE`,
// `sessionID`): cut where a lowercase letter or digit meets a capital, and at anything not a letter
// or digit. Simpler than secrets' splitWords (no acronym or compound splitting): what the file-logger
// and session-state checks match their word lists against.
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}
