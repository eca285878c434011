// Factor III in Go: string literals (interpreted and raw) that are credentials. As in JavaScript,
// a literal is one when it holds a known token format, a URL or DSN with a password, or when
// where it goes says so: a credential name, a secret-taking API, the fallback of an env read.
import { callName, goImports, goStringValue, isGoString } from '../../languages/go';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import { credentialValueReport, mayBeDigitSecret, isDigitPassword } from './credential-value';
import type { LanguageCheck, RuleContext } from '../../rule';
import { findTokens, findUrlPasswords, type TokenMatch, urlEnvName } from '../../secrets';
import type { Report, Span } from '../../types';
import { significant, tokenizeGo, type GoToken } from '../../languages/go-tokens';
import { inUnrewritableConst } from '../../fixes/envRead-go';
import { NO_FIX_REASONS, withheldFix } from './constant-positions';
import { findDsnPassword } from './go-dsn';
import { dsnPasswordReport } from './go-report';
import { tagDefaultReports } from './go-tags';
import { goTargetOf, type GoScope } from './go-targets';
import { LANGUAGES } from '../../languages/catalogue';
import { embeddedTokenReport, urlPasswordReport, wholeLiteralReport } from './report';
import { connectionEnvName, withLoneAccessKey } from './target';
import { isSettingsReader, jsonFieldReports } from './json-body';
import { COMMAND_PASSWORD_SHAPE, credentialKeywords, POSITIONAL_CALL_WORDS } from './keywords';
import { HOST_LOGIN_SHAPE } from './host-login';
import { GENERATED_PAIR_SHAPE } from './public-half';
import { concatenationHead, continuedQuerySecretsOf, querySecretsOf, schemeOf, urlQueryReport } from './url-query';
import { reportGoCommand } from './go-commands';
import { reportEnvAssignment } from './env-assignment';

/** Advice spells the read as this language does. */
const envRead = LANGUAGES.go.envRead;

/**
 * Secret-taking Go APIs (go-apis.ts) whose names hold no credential word: go-ldap's
 * `conn.Bind(dn, "…")`, `aes.NewCipher([]byte("…"))`, qiniu's `qbox.NewMac(ak, "…")`, jwt-go's
 * `t.SignedString([]byte("…"))`, aliyun's `oss.New(endpoint, id, "…")`, Cloudinary's `NewFromParams(cloud, key, "…")`.
 */
// `go-mysql`: go-mysql's `client.Connect(addr, user, "…", db)`; `makeclient`: LaunchDarkly's `ld.MakeClient("sdk-…", wait)`;
// `cloudflare.new`: cloudflare-go's `cloudflare.New("…", email)`; `bindrequest`: go-ldap's `NewSimpleBindRequest(dn, "…", nil)`;
// `newbranca`: a Branca token key.
const GO_API_WORDS = ['.bind(', 'wxpay', 'gopay', 'braintree', 'cipher', 'newmac', 'signedstring', 'oss.new(', 'newstore', 'newfromparams', 'go-mysql', 'makeclient', 'cloudflare.new', 'bindrequest', 'newbranca'];

/** `pushover.New("…")` with a generated-looking literal (go-targets.ts vendorNewTarget), for a file with no credential word. */
const VENDOR_NEW_SHAPE = /\.New\(\s*"[A-Za-z0-9_-]{16,200}"\s*\)/;

export const goChecks: LanguageCheck[] = [
  {
    languages: ['go'],
    keywords: credentialKeywords('dsn', 'session', 'cookie', 'newdialer', 'newplaindialer', 'userinfo', '"hs256"', '"hs384"', '"hs512"', ...GO_API_WORDS, ...POSITIONAL_CALL_WORDS),
    patterns: [HOST_LOGIN_SHAPE, VENDOR_NEW_SHAPE, GENERATED_PAIR_SHAPE, COMMAND_PASSWORD_SHAPE],
    check,
  },
  // A package whose names other packages hand to a secret-taking API (sinkKeyUses): `Salt = "…"` names no credential word.
  // The same check: a finding both runs make is one (scan keeps one per span).
  {
    languages: ['go'],
    keywords: [],
    mayReport: (file) => (file.options.sinkKeyUses?.length ?? 0) > 0,
    check: (context) => void ((context.options.sinkKeyUses?.length ?? 0) > 0 && check(context)),
  },
];

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root) return;
  const sinkKeyUses = context.options.sinkKeyUses;
  const scope: GoScope = { root, imports: goImports(root), fileScope: context.scope, ...(sinkKeyUses ? { sinkKeyUses } : {}) };
  let tokens: GoToken[] | undefined;
  // A function call is no constant: a fix in a `const` that cannot become a `var` is withheld.
  const report = (found: Report) => {
    if (found.fix?.kind !== 'move-to-env') return context.report(found);
    tokens ??= significant(tokenizeGo(context.text));
    context.report(inUnrewritableConst(tokens, context.text, found.fix.span) ? withheldFix(found, NO_FIX_REASONS.goConstant) : found);
  };
  walkTree(root, (node) => {
    if (node.type === 'field_declaration') for (const found of tagDefaultReports(node, context.scope)) report(found);
    if (node.type === 'call_expression') reportGoCommand(node, scope.imports, context);
    if (node.type === 'int_literal') {
      if (isValuePosition(node)) inspectDigits(node, scope, report);
      return false;
    }
    if (!isGoString(node)) return true;
    if (isValuePosition(node)) inspect(node, scope, report);
    return false;
  });
}

/** The settings reader a literal is handed to (`yaml.Unmarshal([]byte(`…`), &cfg)`, `ini.Load([]byte(…))`): its name. */
function readerOf(node: SyntaxNode): string | undefined {
  let current = node.parent;
  for (let steps = 0; current && steps < 4; steps++, current = current.parent) {
    const name = current.type === 'call_expression' ? callName(current) : undefined;
    if (name !== undefined && isSettingsReader(name)) return name;
  }
  return undefined;
}

/** Import paths, struct tags, map keys and index keys are names, not values. */
function isValuePosition(node: SyntaxNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'import_spec' || parent.type === 'field_declaration' || parent.type === 'index_expression') return false;
  if (parent.type === 'literal_element' && parent.parent?.type === 'keyed_element') return parent.parent.namedChildren[0]?.id !== parent.id;
  return true;
}

/** `Password: 6742530`: a number is a password too; no fix, since the code expects a number. */
function inspectDigits(node: SyntaxNode, scope: GoScope, report: (found: Report) => void): void {
  // The shape first: climbing to the target is the costly part, and most numbers are short.
  if (!mayBeDigitSecret(node.text)) return;
  const target = goTargetOf(node, scope);
  if (!target || !isDigitPassword(node.text, target)) return;
  report(wholeLiteralReport({ span: nodeSpan(node), value: node.text, what: 'password', isToken: false, target: { ...target, noFix: true }, defaultEnvName: target.envName }, envRead));
}

function goConcatenationHead(node: SyntaxNode): string | undefined {
  const head = concatenationHead(node, { binary_expression: '+' });
  return head && isGoString(head) ? goStringValue(head) : undefined;
}

function inspect(node: SyntaxNode, scope: GoScope, report: (found: Report) => void): void {
  const span = nodeSpan(node);
  const base = span.start + 1;
  const raw = node.text.slice(1, -1);
  const value = goStringValue(node) ?? raw;
  const tokens = findTokens(raw);
  const overlapsToken = (start: number, end: number) => tokens.some((token) => token.start < end && start < token.end);
  const urls = findUrlPasswords(raw).filter((url) => !overlapsToken(url.start, url.end));
  const dsn = urls.length === 0 ? findDsnPassword(raw) : undefined;
  const target = goTargetOf(node, scope);

  const token = tokens[0];
  if (tokens.length === 1 && token && token.start === 0 && token.end === raw.length) {
    report(wholeLiteralReport({ span, value, what: token.format, isToken: true, ...(target ? { target } : {}), defaultEnvName: token.envName }, envRead));
    return;
  }
  for (const found of tokens) report(embeddedToken(found, base, raw));
  for (const url of urls) {
    const whole = url.urlStart === 0 && url.urlEnd === raw.length;
    report(
      urlPasswordReport({
        passwordSpan: { start: base + url.start, end: base + url.end },
        password: raw.slice(url.start, url.end),
        scheme: url.scheme,
        ...(whole ? { whole: { span, value } } : {}),
        ...(target ? { target } : {}),
        envName: connectionEnvName(target) ?? urlEnvName(url.scheme),
      }, envRead),
    );
  }
  if (dsn && !overlapsToken(dsn.start, dsn.end)) {
    report(
      dsnPasswordReport({
        passwordSpan: { start: base + dsn.start, end: base + dsn.end },
        password: raw.slice(dsn.start, dsn.end),
        kind: dsn.kind,
        whole: { span, value },
        ...(target ? { target } : {}),
        envName: connectionEnvName(target) ?? 'DATABASE_DSN',
      }),
    );
  }
  if (tokens.length > 0 || urls.length > 0 || dsn) return;
  // `http.Get("https://api.example.com/v1/search?api_key=…")`: a credential in a URL's query (offsets as written: raw only).
  const queries = value === raw ? querySecretsOf(raw) : [];
  for (const query of queries) {
    const whole = /^[a-z][\w+.-]*:\/\/\S+$/i.test(raw) ? { span, value } : undefined;
    report(urlQueryReport({ found: query, span: { start: base + query.start, end: base + query.end }, secret: raw.slice(query.start, query.end), scheme: schemeOf(raw), ...(whole ? { whole } : {}), ...(target ? { target } : {}) }, envRead));
  }
  if (queries.length > 0) return;
  // `"postgres://" + host + "/yard?user=u&password=…"`: a later piece of a URL built by `+` (no fix moves a piece).
  const continued = value === raw ? continuedQuerySecretsOf(() => goConcatenationHead(node), raw) : [];
  for (const query of continued) {
    report(urlQueryReport({ found: query, span: { start: base + query.start, end: base + query.end }, secret: raw.slice(query.start, query.end), scheme: query.scheme, ...(target ? { target } : {}) }, envRead));
  }
  if (continued.length > 0) return;
  // Offsets map one to one only where nothing was escaped (a raw string, or no backslash).
  const fields = value === raw ? jsonFieldReports(value, (start, end) => ({ start: base + start, end: base + end }), scope.fileScope, envRead, target?.label ?? (value.includes('\n') ? readerOf(node) : undefined)) : [];
  if (fields.length > 0) return fields.forEach(report);

  // `cmd.Env = append(os.Environ(), "PGPASSWORD=…")`, a container's `Env: []string{"API_TOKEN=…"}`: one item named for a credential.
  if (!target?.credential && value === raw && reportEnvAssignment(raw, base, envRead, { report })) return;
  const chosen = withLoneAccessKey(target, value, () => scope.root.text);
  const credential = chosen?.credential;
  if (!chosen || !credential) return;
  const found = wholeLiteralReport({ span, value, what: credential.noun, isToken: false, target: chosen, defaultEnvName: chosen.envName }, envRead);
  const verdict = credentialValueReport(value, chosen, credential, scope.fileScope, found, scope.root.text);
  if (verdict) report(verdict);
}

function embeddedToken(token: TokenMatch, base: number, raw: string) {
  const span: Span = { start: base + token.start, end: base + token.end };
  return embeddedTokenReport(span, raw.slice(token.start, token.end), token.format, token.envName, envRead);
}

