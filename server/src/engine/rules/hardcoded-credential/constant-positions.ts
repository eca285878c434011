// Where a language needs a compile-time constant, an environment read cannot replace the literal:
// the finding stays (the value is still a committed credential) and the fix is withheld with one
// of these reasons, which the editor shows on a disabled code action. Fixed wording, no source text.
import type { Report } from '../../types';

export const NO_FIX_REASONS = {
  enumMember: 'An enum member needs a constant value and an environment read is not one: move the secret out of the enum by hand.',
  annotation: 'An annotation argument must be a compile-time constant: read the secret where the annotation is processed instead (a property placeholder, a configuration class).',
  javaConstantUse: 'This constant is used in an annotation or a case label, which need a compile-time constant: an environment read there would not compile.',
  kotlinConstantUse: 'This const val is used in an annotation or in another const val, which need a compile-time constant: an environment read there would not compile.',
  goConstant: 'A Go constant cannot hold a function call, and this one cannot safely become a var (it is used in a constant expression, or not used in this file).',
  phpConstantExpression: 'PHP allows no function call in a constant, an enum case, an attribute, or a property or parameter default: read the environment in the constructor or at the call instead.',
} as const;

/** The report without its fix, saying why. */
export function withheldFix(report: Report, reason: string): Report {
  const { fix: _dropped, ...rest } = report;
  return { ...rest, noFixReason: reason };
}
