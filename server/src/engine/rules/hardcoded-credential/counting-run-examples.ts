// One answer for a counting run (`1234567890`, `12345678910`, `123456789`) in every config format, quoted or not
// (probe26c 11: INI's unquoted run and HOCON's quoted one were judged apart). Under a secret's own name (`secret_key`,
// `jwt.secret`) it is the password-like key the app signs with: a warning, as `SECRET_KEY = "123456789"` is in code.
// Under a name that holds only a signing key (`signing_key`), where any other number is the key, a counting run reads
// as a template's placeholder and stays silent, quoted or not.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const WEAK = { severity: 'warning' as const, messageIncludes: ['run of digits'] };

export const COUNTING_RUN_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  ini: {
    valid: [{ name: "a counting run under a signing key's name is a template's placeholder", path: 'conf/app.conf', code: 'appname = counters\nsigning_key = 1234567890\n' }],
    invalid: [{ name: "an unquoted counting run under a secret's own name, as its quoted twin in HOCON or YAML", path: 'conf/app.conf', code: 'appname = counters\nsecret_key = ⟦1234567890⟧\n', ...WEAK }],
  },
  hocon: {
    valid: [{ name: "a counting run under a signing key's name, quoted or not, is a template's placeholder", path: 'src/main/resources/application.conf', code: 'webhook {\n  signing_key = "1234567890"\n}\ncipher {\n  signing_key = 12345678910\n}\n' }],
    invalid: [
      {
        name: "a quoted counting run under a secret's own name, as INI's unquoted one, also before its substitution",
        path: 'src/main/resources/application.conf',
        code: 'jwt {\n  secret_key = "⟦1234567890⟧"\n  secret_key = ${?JWT_SECRET}\n}\n',
        ...WEAK,
      },
    ],
  },
  yaml: {
    valid: [{ name: "a counting run under a signing key's name, quoted or not", path: 'src/main/resources/application.yml', code: 'app:\n  crypto:\n    signing-key: 1234567890\n  hmac:\n    signing-key: "12345678910"\n' }],
    invalid: [{ name: "a counting run under a secret's own name, quoted and unquoted alike", path: 'src/main/resources/application.yml', code: 'app:\n  jwt:\n    secret_key: ⟦"1234567890"⟧\n  cipher:\n    secret_key: ⟦12345678910⟧\n', ...WEAK }],
  },
  toml: {
    valid: [{ name: "a counting run under a signing key's name, quoted or not", path: 'config/config.toml', code: '[webhook]\nsigning_key = "1234567890"\n[cipher]\nsigning_key = 1234567890\n' }],
    invalid: [{ name: "a counting run under a secret's own name, quoted and unquoted alike", path: 'config/config.toml', code: '[jwt]\nsecret_key = "⟦1234567890⟧"\n[cipher]\nsecret_key = ⟦1234567890⟧\n', ...WEAK }],
  },
  properties: {
    valid: [{ name: "a counting run under a signing key's name", path: 'src/main/resources/application.properties', code: 'app.webhook.signing_key=1234567890\n' }],
    invalid: [{ name: "a counting run under a secret's own name", path: 'src/main/resources/application.properties', code: 'app.jwt.secret_key=⟦1234567890⟧\n', ...WEAK }],
  },
};
