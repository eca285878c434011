// Keyed values outside object literals and assignments: entry pairs (`new Map([[k, v]])`, `new Headers([...])`),
// `Object.defineProperty(o, 'name', { value })`, python-dotenv's `set_key`, `os.putenv`, and a settings file read from
// one string (`yaml.safe_load("""…""")`). Generated values.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const ENTRY_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: "entries of a map that names no credentials, a header pair that is no secret, a key read from the environment, a defined property that is no credential's",
        path: 'lib/orders.js',
        code: `const CARRIER_NAMES = new Map([['dhl', 'DHL Express'], ['ups', 'UPS']]);
const PARTNER_KEYS = new Map([['ups', process.env.UPS_API_KEY]]);
const headers = new Headers([['Accept', 'application/json'], ['X-Api-Key', process.env.PARTNER_API_KEY ?? '']]);
Object.defineProperty(settings, 'region', { value: 'eu-central-1' });
Object.defineProperty(settings, 'apiKey', { get: () => process.env.PARTNER_API_KEY });
`,
      },
    ],
    invalid: [
      {
        name: "an entry of a credentials map, an Authorization header pair, and a property defined with a credential's name",
        path: 'lib/orders.js',
        code: `const PARTNER_KEYS = new Map([['dhl', ⟦'vfhTmTDnWLJsVJyOWOVhUSVE'⟧]]);
const headers = new Headers([['Accept', 'application/json'], ['Authorization', ⟦'Bearer AQWpMxGxnbQmWqxxriifPrN5'⟧]]);
Object.defineProperty(settings, 'webhookSecret', { value: ⟦'LmwN3ACl7PjpiC6Wu8tEFrU5'⟧, enumerable: false });
`,
      },
    ],
  },
  python: {
    valid: [
      {
        name: "set_key and putenv of what is no credential or comes from the environment; a YAML document of no credential; a docstring's example",
        path: 'sync/setup_config.py',
        code: `import os
import dotenv
import yaml

dotenv.set_key(".env", "LOG_LEVEL", "info")
dotenv.set_key(".env", "REDIS_PASSWORD", os.environ["REDIS_PASSWORD"])
os.putenv("SYNC_REGION", "eu-west-1")
RULES = yaml.safe_load("""
mapping:
  sku: product_code
  name: title
""")
`,
      },
    ],
    invalid: [
      {
        name: "python-dotenv's set_key and os.putenv of a credential, and a credential line of a YAML document read from a string",
        path: 'sync/setup_config.py',
        code: `import os
import dotenv
import yaml

dotenv.set_key(".env", "REDIS_PASSWORD", ⟦"KlrliVkiIcZpNrKdA2wbZ0P2"⟧)
os.putenv("SYNC_API_TOKEN", ⟦"x2ZTPgS4NoOpBbPSWMquNUeb"⟧)
RULES = yaml.safe_load("""
mapping:
  sku: product_code
  api_token: ⟦6lACwtb9wgasPbkGIr1uD5Y7⟧
""")
`,
      },
    ],
  },
};
