import type { LanguageCheck } from '../../rule';

// Placeholder: replaced by the rule's Go check.
export const goChecks: LanguageCheck[] = [];
