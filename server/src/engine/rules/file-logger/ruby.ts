import type { LanguageCheck } from '../../rule';

// Placeholder: replaced by the rule's Ruby check.
export const rubyChecks: LanguageCheck[] = [];
