// Ruby findings say what JavaScript findings say (the shared report builders), with the env read
// spelled the Ruby way: `ENV.fetch("NAME")`.
import { LANGUAGES } from '../../languages/catalogue';
import type { Report, Span } from '../../types';
import {
  embeddedTokenReport as reportEmbeddedToken,
  urlPasswordReport as reportUrlPassword,
  wholeLiteralReport as reportWholeLiteral,
  type LiteralFinding,
  type UrlFinding,
} from './report';

export type RubyLiteral = LiteralFinding;
export type RubyUrl = UrlFinding;

const envFetch = LANGUAGES.ruby.envRead;

/** A whole literal is the secret: report it; the fix moves it to the environment. */
export function wholeLiteralReport(literal: RubyLiteral): Report {
  return reportWholeLiteral(literal, envFetch);
}

/** A token inside a longer string (`"Bearer ghp_…"`, a heredoc): report the token only; no in-place fix. */
export function embeddedTokenReport(span: Span, secret: string, format: string, envName: string): Report {
  return reportEmbeddedToken(span, secret, format, envName, envFetch);
}

/** A password inside a URL: report the password; the fix (when the URL is the whole literal) moves the URL. */
export function urlPasswordReport(url: RubyUrl): Report {
  return reportUrlPassword(url, envFetch);
}
