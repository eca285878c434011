// Backend-as-a-service and auth SDKs around JS/TS apps: Convex deploy keys, Appwrite API keys, and the stock
// passwords of quick-starts (Hasura's `postgrespassword`, the postgres image's `mysecretpassword`) that are
// information like `postgres` is; Algolia v5's `{ algoliasearch }` client and DocSearch's public search key.
// Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const CONVEX_KEY = 'prod:happy-otter-123|8Kn7k38H61bM8IUqiiTHPujEJWF9yBdood3SkVpJyk9BtUL+zyKRR/+nqthibPq6RN2GmT2nt/qpxVo9';
const APPWRITE_KEY =
  'standard_f0f697e3e44f6ad2436ca3234a04d46157ebaf09d5e9c9391be6864ba3524329f55c0368c1529d53a8ff8755542d26859fe0618dcc1056da700a12070b49d74a4f9b4397b1fcef63b3b19254433b712f178dca9ee081e6ca75d18e9c3bc20fa01dda84c4908b00d1adc7014e092339c320f2130efcf0c54578a2dfd2daebb1d8';

export const BACKEND_SERVICE_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: "Algolia v5's client given the admin key from the environment, and a helper imported by name",
        path: 'scripts/reindex.mjs',
        code: "import { algoliasearch } from 'algoliasearch';\nimport { v5 } from 'uuid';\n\nconst client = algoliasearch('KX8Q2LMZ7P', process.env.ALGOLIA_ADMIN_KEY);\nconst id = v5('KX8Q2LMZ7P', '6ba7b810-9dad-11d1-80b4-00c04fd430c8');\n",
      },
    ],
    invalid: [
      {
        name: "Algolia v5's client, a function named for its package, given a key by position",
        path: 'scripts/reindex.mjs',
        code: "import { algoliasearch } from 'algoliasearch';\n\nconst client = algoliasearch('KX8Q2LMZ7P', ⟦'a4bd3cb0e75d4fe120d695ad74358959'⟧);\n",
      },
    ],
  },
  python: {
    valid: [
      {
        name: "Sphinx's DocSearch settings: the search-only key every reader's browser is given",
        path: 'docs/conf.py',
        code: 'docsearch_app_id = "KX8Q2LMZ7P"\ndocsearch_api_key = "a7b9fec3d3297f05686575d2222926c3"\ndocsearch_index_name = "acme-sdk"\n',
      },
    ],
    invalid: [],
  },
  typescript: {
    valid: [
      {
        name: "Appwrite and Convex settings that name no secret: a project id, a deployment's name, keys from the environment",
        path: 'src/lib/server/appwrite.ts',
        code: "import { Client } from 'node-appwrite';\n\nexport const client = new Client().setEndpoint('https://cloud.appwrite.io/v1').setProject('acme-notes').setKey(process.env.APPWRITE_API_KEY!);\nexport const deployment = 'dev:happy-otter-123';\nexport const filter = 'prod:happy-otter-123|dev:sad-walrus-456';\n",
      },
    ],
    invalid: [
      {
        name: "an Appwrite API key given to setKey, and a Convex deploy key",
        path: 'src/lib/server/appwrite.ts',
        code: `import { Client } from 'node-appwrite';\n\nexport const archive = new Client().setProject('acme-archive').setKey(⟦'${APPWRITE_KEY}'⟧);\nprocess.env.CONVEX_DEPLOY_KEY ??= ⟦'${CONVEX_KEY}'⟧;\n`,
      },
    ],
  },
  yaml: {
    valid: [
      {
        name: "a Convex deployment's name, and its deploy key from the CI's secrets",
        path: '.github/workflows/deploy.yml',
        code: 'jobs:\n  convex:\n    runs-on: ubuntu-latest\n    env:\n      CONVEX_DEPLOYMENT: prod:happy-otter-123\n      CONVEX_DEPLOY_KEY: ${{ secrets.CONVEX_DEPLOY_KEY }}\n    steps:\n      - run: npx convex deploy\n',
      },
    ],
    invalid: [
      {
        name: 'a Convex deploy key in a workflow',
        path: '.github/workflows/deploy.yml',
        code: `jobs:\n  convex:\n    runs-on: ubuntu-latest\n    env:\n      CONVEX_DEPLOY_KEY: ⟦${CONVEX_KEY}⟧\n    steps:\n      - run: npx convex deploy\n`,
      },
      {
        name: "Hasura's quick-start password, in its database URL too: a stock local-development password, information",
        path: 'docker-compose.yml',
        code: 'services:\n  graphql-engine:\n    image: hasura/graphql-engine:v2.40.0\n    environment:\n      PG_DATABASE_URL: postgres://postgres:⟦postgrespassword⟧@postgres:5432/postgres\n',
        severity: 'info',
        messageIncludes: ['stock local-development password'],
      },
    ],
  },
};
