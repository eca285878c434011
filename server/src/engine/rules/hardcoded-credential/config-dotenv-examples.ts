import type { Examples } from '../../rule';

export const dotenvExamples: Examples = {
  valid: [
    {
      name: 'an example file with placeholders',
      path: '.env.example',
      code: '# Copy to .env\nDATABASE_URL=postgres://user:password@localhost:5432/shop\nJWT_SECRET=\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nAPI_KEY=<your-api-key>\n',
    },
    {
      name: "a template's stock passwords (the images' documented defaults) are what a placeholder says",
      path: 'backend/.env.example',
      code: 'POSTGRES_USER=postgres\nPOSTGRES_PASSWORD=postgres\nRABBITMQ_DEFAULT_PASS=guest\nTELEGRAM_BOT_TOKEN=TOKEN\n',
    },
    {
      name: 'a git-ignored .env is where secrets belong',
      path: '.env',
      code: 'JWT_SECRET=YR05CsYpWXas7vG2\n',
      options: { gitIgnored: true },
    },
    {
      name: "Symfony's committed .env (Flex recipe markers): defaults by design, parameters and paths are no secrets",
      path: '.env',
      code: '###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=\n###< symfony/framework-bundle ###\nJWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem\n',
      options: { gitIgnored: false },
    },
    {
      name: "Symfony's committed .env known by the header Symfony writes, with its markers edited away",
      path: '.env',
      code: '# In all environments, the following files are loaded if they exist:\n# .env.local  uncommitted file with local overrides\nAPP_ENV=prod\nAPP_SECRET=\n',
      options: { gitIgnored: false },
    },
    {
      name: "the header as Symfony 4.2 and later write it (a comma, the sentence going on below)",
      path: '.env',
      code: '# In all environments, the following files are loaded if they exist,\n# the latter taking precedence over the former:\n#\n#  * .env.local          uncommitted file with local overrides\nAPP_ENV=dev\nAPP_SECRET=\n',
      options: { gitIgnored: false },
    },
    {
      name: "dotenvx's committed encrypted .env (its public key and encrypted: values) and dotenv-vault's .env.vault",
      path: '.env.production',
      code: 'DOTENV_PUBLIC_KEY_PRODUCTION="02fbb603a809212b783bec0caa99ff93b3080304ff3cdb986ade9b7b2f63ab12f6"\nPORT=8080\nSTRIPE_SECRET_KEY="encrypted:BFVizFeJ37csVqu/L2ZJ/92lo38CBHGxgt1ZhZkoEv7qU1AinId+Kxv+jdnRPE+pxNHQPr0aymExpcoiKIrImR3w="\n',
      options: { gitIgnored: false },
    },
    {
      name: "dotenv-vault's .env.vault: one ciphertext per environment, committed by design",
      path: '.env.vault',
      code: 'DOTENV_VAULT_PRODUCTION="WuEqMaD5tZa0Up1A8DANzlp7j8MjoZ1MJYOAz210g71JD8HFoaH+gjqzbKjRLRs8pQbmN3VtdHNGvWsfDaoIIlxb1AVH9cNlRrx0"\n',
      options: { gitIgnored: false },
    },
    {
      name: 'unknown ignore status: silent',
      path: '.env.local',
      code: 'JWT_SECRET=YR05CsYpWXas7vG2\n',
    },
  ],
  invalid: [
    {
      name: "a value left unencrypted in dotenvx's committed .env, and dotenvx's private key file",
      path: '.env',
      code: 'DOTENV_PUBLIC_KEY="03e6cf66c60bdc58bc6aa05371616e5c47d7226c1714c317753c6cf24320137811"\nDATABASE_URL="encrypted:BDqLk5mJ8yR2vN7pX3wT9zF4hA6cE1gK0sU5oI8bV2nM7qW3eR6tY9uP4aS1dF0gH3jK6lZ8xC5="\nSENDGRID_PASSWORD=⟦"Hq2wE5rT8yU1iO4pA7sD"⟧\n',
      messageIncludes: ['encrypt this value'],
      options: { gitIgnored: false },
    },
    {
      name: 'a real secret in .env.example',
      path: '.env.example',
      code: 'NODE_ENV=development\nJWT_SECRET=⟦YR05CsYpWXas7vG2⟧ # rotate me\n',
      messageIncludes: ['"JWT_SECRET"', 'placeholder'],
    },
    {
      name: "a template named in the team's language (pt .env.exemplo, es .env.ejemplo): a guess is information, and the file is no leaked .env",
      path: 'backend/.env.exemplo',
      code: 'JWT_SECRET=⟦gere_uma_chave_secreta_forte⟧\nDB_PASSWORD=⟦contraseniaBBDD⟧\n',
      options: { gitIgnored: false },
      severity: 'info',
    },
    {
      name: "a Stripe secret key under Vue CLI's browser prefix: the bundle ships it (only a Google web key is public there)",
      path: 'config/.env.sample',
      code: 'VUE_APP_STRIPE_KEY=⟦sk_live_qCd9cdFLsZgK25VKIGtd1PKM⟧\n',
    },
    {
      name: 'quoted, exported, in a sample file',
      path: 'config/.env.sample',
      code: 'export STRIPE_SECRET_KEY=⟦"sk_live_5YTAboNBXVJGH0Ud3ACSFtqs7kZR"⟧\n',
    },
    {
      name: "a real secret in Symfony's committed .env: the values are checked, the file itself is fine",
      path: '.env',
      code: '###> symfony/framework-bundle ###\nAPP_ENV=dev\nAPP_SECRET=⟦908c2e45b791b400518eb33067dc0b66⟧\n###< symfony/framework-bundle ###\n',
      messageIncludes: ['.env.local'],
    },
    {
      name: 'a token under a neutral name',
      path: '.env.template',
      code: 'GH_CLI_VALUE=⟦ghp_S0DaGsSHhHwoDT7Zsvv2AeEUDktrJhOna96L⟧\n',
    },
    {
      name: "Cloudflare wrangler's .dev.vars, a .env file by another name, committed",
      path: '.dev.vars',
      code: '⟦CLOUDINARY_API_SECRET⟧=⟦Qm7xK2pL9vRz4tWn8bYc3hJd5sF⟧\n',
      options: { gitIgnored: false },
    },
    {
      name: "Kamal's .kamal/secrets, committed by design: a literal in it is the leak, the file is fine",
      path: '.kamal/secrets',
      code: 'KAMAL_REGISTRY_PASSWORD=$(gh auth token)\nRAILS_MASTER_KEY=$(cat config/master.key)\nPOSTGRES_PASSWORD=⟦Rk7vQ2mXz9Lp4wTn8cBy⟧\n',
      options: { gitIgnored: false },
      messageIncludes: ['Kamal commits this file'],
    },
    {
      name: "a dashed .env name (Superset's docker/.env-non-dev), committed",
      path: 'docker/.env-non-dev',
      code: '⟦DATABASE_USER⟧=superset\nDATABASE_PASSWORD=⟦Wn4qZ8vLr2Kx7pTc⟧\n',
      options: { gitIgnored: false },
    },
    {
      name: 'secrets in a .env that git does not ignore (the file finding is the other check)',
      path: '.env.production',
      code: '⟦DB_PASSWORD⟧=⟦JkwDfr%X2yRnc84B⟧\nLOG_LEVEL=info\n',
      options: { gitIgnored: false },
      messageIncludes: ['.gitignore'],
    },
    {
      name: "a compose env_file's password that repeats a login the file sets (DB_USER=blog, DB_PASS=blog) is information, as in compose's environment: block",
      path: 'docker/db.env',
      code: 'DB_HOST=db\nDB_USER=blog\nDB_PASS=⟦blog⟧\nPOSTGRES_USER=blog\nPOSTGRES_PASSWORD=⟦blog⟧\n',
      options: { gitIgnored: false },
      severity: 'info',
      messageIncludes: ['the user name beside it'],
    },
    {
      name: "a secret in GoFr's committed configs/.env: the value, not the file",
      path: 'configs/.env',
      code: 'APP_NAME=loyalty-api\nDB_USER=loyalty\nDB_PASSWORD=⟦Xr8-pQ2vLm5tKw9zBn4c⟧\n',
      options: { gitIgnored: false },
      messageIncludes: ['GoFr'],
    },
    {
      name: "a secret in another tool's committed env file (a prod overlay's secret.env): the value, not the file",
      path: 'deploy/kustomize/overlays/prod/secret.env',
      code: 'log-level=info\njwt-secret=⟦Q9vT2mXw7kLp4RzN8bYc3HsJ6fDg1aUe⟧\n',
      options: { gitIgnored: false },
    },
  ],
};

export const dotenvIgnoredExamples: Examples = {
  valid: [
    { name: 'ignored', path: '.env', code: 'PORT=3000\n', options: { gitIgnored: true } },
    { name: 'unknown', path: '.env', code: 'PORT=3000\n' },
    { name: 'example files are meant to be committed', path: '.env.example', code: 'PORT=3000\n', options: { gitIgnored: false } },
    { name: 'a dashed example file too', path: '.env-example', code: 'PORT=3000\nJWT_SECRET=\n', options: { gitIgnored: false } },
    {
      name: "Kamal's secrets file fetching every value at deploy time",
      path: '.kamal/secrets-common',
      code: 'KAMAL_REGISTRY_PASSWORD=$(op read op://Deploy/ghcr/token)\nDB_PASSWORD=$DB_PASSWORD\n',
      options: { gitIgnored: false },
    },
    { name: 'an empty file', path: '.env', code: '\n\n', options: { gitIgnored: false } },
    {
      name: "a committed defaults file (.env.default, loaded under .env by Dotenv.load('.env.local', '.env.default')): no file-level warning",
      path: '.env.default',
      code: 'APP_HOST=errbit.example.test\nERRBIT_ADMIN_PASSWORD=\nRACK_ENV=production\n',
      options: { gitIgnored: false },
    },
    {
      name: "the development mode's shared defaults, committed by design (Vite, Next.js, Gatsby; .env*.local is what git ignores)",
      path: '.env.development',
      code: 'CONTENTFUL_ACCESS_TOKEN=\nGATSBY_API_URL=http://localhost:8000\n',
      options: { gitIgnored: false },
    },
    {
      name: "GoFr's configs/.env and configs/.local.env: the app's config, committed by design (the values are judged)",
      path: 'configs/.local.env',
      code: 'APP_NAME=loyalty-api\nHTTP_PORT=9000\nDB_HOST=localhost\nDB_PASSWORD=\n',
      options: { gitIgnored: false },
    },
    {
      name: "a kustomize dev overlay's secretGenerator input (secret.env), committed by design with dev values",
      path: 'deploy/kustomize/overlays/dev/secret.env',
      code: 'jwt-secret=dev-only-jwt-secret-change-me\nlog-level=debug\n',
      options: { gitIgnored: false },
    },
  ],
  invalid: [
    {
      name: 'a committed .env without any secret (settings, flags, a stock local password for an emulator): information',
      path: '.env',
      code: '# local settings\n\n⟦PORT⟧=3000\nLOG_LEVEL=debug\nMOCK_AUTH=true\nDB_ADDR=localhost\nDB_PASSWORD=password\n',
      options: { gitIgnored: false },
      messageIncludes: ['.gitignore', 'no secret'],
      severity: 'info',
    },
    {
      name: 'a generated key in the committed defaults file (.env.default): its value is reported, the file is not',
      path: '.env.default',
      code: 'APP_HOST=errbit.example.test\nSECRET_KEY_BASE=⟦c04fcd7fc21207cc03629d13ac6bade335d567e0bb717df6a337e5345043af80⟧\n',
      options: { gitIgnored: false },
      messageIncludes: ['committed'],
    },
    {
      name: 'a comment-only .env',
      path: 'services/api/.env.local',
      code: '\n⟦# nothing yet⟧\n',
      options: { gitIgnored: false },
    },
  ],
};
