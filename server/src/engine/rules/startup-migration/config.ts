import type { LanguageCheck } from '../../rule';

// Placeholder: replaced by the rule's config-file checks.
export const configChecks: LanguageCheck[] = [];
