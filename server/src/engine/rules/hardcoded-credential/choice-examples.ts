// A choice between a literal and an env read, in JS/TS, Python and Ruby: the literal is the variable's value for one
// case (target.ts choiceFallbackTarget), whatever name it is then bound to. Generated values.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const CHOICE_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  typescript: {
    valid: [
      {
        name: "ternaries whose other branch reads a variable that is no credential's (a currency, an issuer, a prompt), and a publishable key's placeholder",
        path: 'src/config/payments.config.ts',
        code: `const isProd = process.env.NODE_ENV === 'production';
export default () => ({
  currency: isProd ? process.env.BILLING_CURRENCY : 'eur',
  issuer: isProd ? process.env.JWT_ISSUER : 'http://localhost:3000',
  prompt: isProd ? process.env.LOGIN_PROMPT : 'Enter the dev password',
  publishable: isProd ? process.env.STRIPE_PUBLISHABLE_KEY : 'pk_test_placeholder',
  label: process.env.STRIPE_ACCOUNT_NAME ? process.env.STRIPE_ACCOUNT_NAME : 'Billing (sandbox)',
});
`,
      },
    ],
    invalid: [
      {
        name: 'a literal in one branch of a ternary whose other branch reads a credential, under a name that says nothing (key, webhook), either side, and with a default on the read',
        path: 'src/config/payments.config.ts',
        code: `const isProd = process.env.NODE_ENV === 'production';
export default () => ({
  stripe: {
    key: isProd ? process.env.STRIPE_SECRET_KEY : ⟦'aTJ1XtKc0vsZkaNuHhRTIiNEjlbS'⟧,
    webhook: isProd ? (process.env.STRIPE_WEBHOOK_SECRET ?? '') : ⟦'N51gSCIwq3LZJg6YlMjTJlHhP8El'⟧,
  },
  signing: !isProd ? ⟦'L9B58DGH7IKYpGPDdpMf6KRiqwwx'⟧ : process.env.JWT_SIGNING_SECRET,
});
`,
        messageIncludes: ['the fallback of the environment variable'],
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'conditionals whose other side reads a variable that is no credential (a cookie name, a bucket, a hint)',
        path: 'app/settings.py',
        code: `import os
PRODUCTION = os.environ.get("FLASK_ENV") == "production"
SESSION_COOKIE_NAME = os.environ.get("SESSION_COOKIE") if PRODUCTION else "tenant_dev_session"
UPLOADS = {"bucket": os.environ.get("UPLOAD_BUCKET") if PRODUCTION else "tenant-uploads-dev"}
LOGIN_HINT = os.getenv("LOGIN_HINT") if PRODUCTION else "Use your tenant password"
`,
      },
    ],
    invalid: [
      {
        name: "a literal on one side of a conditional whose other side reads a credential (os.environ[...], os.getenv(...) or ''), under any name",
        path: 'app/settings.py',
        code: `import os
PRODUCTION = os.environ.get("FLASK_ENV") == "production"
UPLOADS = {"access": os.environ.get("AWS_SECRET_ACCESS_KEY") if PRODUCTION else ⟦"NesC8IrHlvqxTpVrQNNIAGLoH1wO"⟧}
MAPS = ⟦"zAR3zTfanEk6GYSJ6nOmVCBqappB"⟧ if not PRODUCTION else (os.getenv("GOOGLE_MAPS_API_KEY") or "")
relay = os.environ["SMTP_PASSWORD"] if PRODUCTION else ⟦"jdweR0iD3pWIv6b1Hd7sWgoBlv2o"⟧
`,
        messageIncludes: ['the fallback of the environment variable'],
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: "choices whose other branch reads a variable that is no credential's, and a begin/rescue/else (no choice between values)",
        path: 'config/settings.rb',
        code: `PRODUCTION = ENV.fetch("RACK_ENV", "development") == "production"
COOKIE_NAME = PRODUCTION ? ENV["COOKIE_NAME"] : "ledger.dev"
REGION = if PRODUCTION then ENV.fetch("LEDGER_REGION") else "eu-central-1" end
LABEL = case ENV["RACK_ENV"] when "production" then ENV.fetch("LEDGER_LABEL") else "Ledger (dev)" end
TOKEN = begin
  ENV.fetch("API_TOKEN")
rescue KeyError
  nil
else
  "none"
end
`,
      },
    ],
    invalid: [
      {
        name: 'a literal in one branch of a ternary, an if/elsif/else or a case/when whose other branch reads a credential',
        path: 'config/settings.rb',
        code: `PRODUCTION = ENV.fetch("RACK_ENV", "development") == "production"
VENDORS = { plaid: PRODUCTION ? ENV["PLAID_SECRET"] : ⟦"ffccb911177d2ef6b668e1ad7f58eb"⟧ }.freeze
MAILGUN = if PRODUCTION
            ENV.fetch("MAILGUN_API_KEY")
          else
            ⟦"30bbe0174f3e7c62bc4c1537e3c220dd"⟧
          end
def rates
  case ENV.fetch("RACK_ENV", "development")
  when "production" then ENV.fetch("OPEN_EXCHANGE_API_KEY")
  else ⟦"7f3ed64bc0b8aec451c376dd7686c4c2"⟧
  end
end
`,
        messageIncludes: ['the fallback of the environment variable'],
      },
    ],
  },
};
