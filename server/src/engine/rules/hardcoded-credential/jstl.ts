// JSTL's data source string, `url[,[driver][,[user][,[password]]]]`: what a page's
// `<sql:setDataSource dataSource="…">` or web.xml's `javax.servlet.jsp.jstl.sql.dataSource` context
// parameter may hold instead of a JNDI name. JSTL splits it at every comma, so the fourth part is the password.
import { MappedText } from '../../languages/mapped-text';
import type { RuleContext } from '../../rule';
import type { Span } from '../../types';
import { reportConfigValue } from './config-common';

/** The names JSTL reads a data source string under. */
export const JSTL_DATA_SOURCE = /(?:^|\.)dataSource$/i;

/** Reports the password of `value` (found at `span`) when it is a JSTL data source string with one; true when it is such a string. */
export function reportJstlDataSource(context: RuleContext, value: string, span: Span, advice: string): boolean {
  const parts = value.split(',');
  if (!value.trimStart().startsWith('jdbc:') || parts.length !== 4) return false;
  const password = parts[3]!.trim();
  const start = span.start + value.lastIndexOf(',') + 1 + parts[3]!.indexOf(password);
  if (password !== '' && span.end - span.start === value.length) {
    reportConfigValue(context, { name: 'password', value: MappedText.contiguous(password, start), span: { start, end: start + password.length }, advice });
  }
  return true;
}
