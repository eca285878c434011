// A function that only returns a literal is what its name says (target.ts getterTarget), in JS/TS and Ruby as in
// Java, PHP, Go and Python; and JS's logical assignments to env vars. Generated values.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const GETTER_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: "getters that return a field's name, a header's name or a label; a getter with a parameter; a getter that returns a field",
        path: 'src/clients/partner.js',
        code: `export class PartnerClient {
  #key = process.env.PARTNER_API_KEY;
  get passwordField() { return 'password'; }
  get tokenLabel() { return 'Partner token'; }
  get apiKey() { return this.#key; }
  secretFor(tenant) { return 'f38920c640124bb86acecc0a3afdbc9a'; }
}
export const tokenHeader = () => 'X-Partner-Token';
process.env.NODE_ENV ??= 'development';
process.env.PORT ||= '3000';
`,
      },
    ],
    invalid: [
      {
        name: 'a getter, a method, a function and an arrow function that take nothing and only return a generated literal',
        path: 'src/clients/partner.js',
        code: `export class PartnerClient {
  get webhookSecret() { return ⟦'f38920c640124bb86acecc0a3afdbc9a'⟧; }
  apiToken() {
    return ⟦'14cdb401159b5497c42947ce482cd9fa'⟧;
  }
}
export function getApiKey() { return ⟦'7f1ddc5c312e3c405f7893a2d298cdaa'⟧; }
export const signingSecret = () => ⟦'f601bbc41431a4244855966dec0fb095'⟧;
`,
      },
      {
        name: 'a logical assignment to a credential env var sets it for the process, as = does',
        path: 'scripts/dev.mjs',
        code: `process.env.SESSION_SECRET ??= ⟦'f601bbc41431a4244855966dec0fb095'⟧;\nprocess.env.PARTNER_API_KEY ||= ⟦'7f1ddc5c312e3c405f7893a2d298cdaa'⟧;\n`,
        messageIncludes: ['written to'],
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: "methods that return a field's name, a label or a header; a predicate; a method that does more than return",
        path: 'app/clients/ledger_client.rb',
        code: `class LedgerClient
  def password_field = "password"
  def token_header = "X-Ledger-Token"
  def api_key_label
    "Ledger API key"
  end
  def api_key? = "yes"
  def api_key
    key = ENV.fetch("LEDGER_API_KEY")
    "LcKajBRoi7oX0HZ8pz3Hz5gKOb"
  end
end
`,
      },
    ],
    invalid: [
      {
        name: 'an endless method, a method and a class method whose whole body is a generated literal',
        path: 'app/clients/ledger_client.rb',
        code: `class LedgerClient
  def api_key = ⟦"LcKajBRoi7oX0HZ8pz3Hz5gKOb"⟧

  def webhook_secret
    ⟦"M1ZSburn0SJdvz3cGIYLVkg5SM"⟧
  end

  def self.signing_key() = ⟦"GNWSIxkucq42F03PSsrO8fTAxH"⟧
end
`,
      },
    ],
  },
};
