import type { LanguageCheck } from '../../rule';

// Placeholder: replaced by the rule's Php check.
export const phpChecks: LanguageCheck[] = [];
