import type { Examples } from '../../rule';

export const jsonExamples: Examples = {
  valid: [
    {
      name: "Vert.x key options whose buffer is a public key (RS256), and a buffer size beside an HMAC algorithm's name elsewhere",
      path: 'conf/config.json',
      code: '{\n  "jwt": { "algorithm": "RS256", "buffer": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxK2v" },\n  "http": { "algorithm": "none", "buffer": "64k" }\n}\n',
    },
    {
      name: "an MCP server's argument list whose credential flags read the environment or take no value, and a prompt for the token",
      path: '.vscode/mcp.json',
      code: '{\n  "inputs": [{ "type": "promptString", "id": "pat", "password": true }],\n  "servers": {\n    "gh": { "command": "npx", "args": ["-y", "mcp-remote", "https://mcp.example.com/sse", "--header", "Authorization: Bearer ${input:pat}"] },\n    "db": { "command": "npx", "args": ["--access-token", "${SUPABASE_TOKEN}", "--password-stdin", "--read-only"] },\n    "pw": { "command": "npx", "args": ["--token-file", "/run/secrets/token", "--header", "Accept: application/json"] }\n  }\n}\n',
    },
    {
      name: "a key beside a user that is a word, and a key beside its secret (the pair's public half)",
      path: 'config/browserstack.json',
      code: '{"user": "qa-team", "key": "default"}\n{"username": "minio", "key": "AKIAE6G3XFGONAIPJCG4x", "secret": "${MINIO_SECRET}"}\n',
    },
    {
      name: "package.json and deno.json scripts that read their tokens from the environment, or name a flag and no value",
      path: 'package.json',
      code: '{\n  "scripts": {\n    "deploy": "vercel deploy --token $VERCEL_TOKEN --prod",\n    "publish:ext": "vsce publish -p \\"$VSCE_PAT\\"",\n    "release": "semantic-release --no-ci",\n    "login": "npm login --auth-type=web"\n  }\n}\n',
    },
    {
      name: "a generator's prompt text showing a connection string's shape",
      path: 'lib/connectors.json',
      code: '{ "db2": { "settings": { "dsn": { "type": "string", "message": "Connection String dsn to override other settings (eg: DATABASE=MY_DB;HOSTNAME=MY_HOST;PORT=MY_PORT;PROTOCOL=TCPIP;UID=MY_UID;PWD=MY_PWD))" } } } }\n',
    },
    {
      name: "a REST Client environment's token that says it is not real",
      path: '.vscode/settings.json',
      code: '{ "rest-client.environmentVariables": { "staging": { "token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdGFnaW5nLWJvdCJ9.not-a-real-signature" } } }\n',
    },
    {
      name: 'package names and versions in package.json are not secrets',
      path: 'package.json',
      code: '{\n  "name": "shop",\n  "dependencies": { "jsonwebtoken": "^9.0.2", "passport-http-bearer": "^1.0.1" },\n  "devDependencies": { "@types/jsonwebtoken": "9.0.7" },\n  "overrides": { "secret-handshake": "1.1.0" }\n}\n',
    },
    {
      name: "media types as keys (mime's types.json): application/vnd.apple.pkpass names a format",
      path: 'lib/types.json',
      code: '{"application/vnd.apple.pkpass":["pkpass"],"application/x-pkcs12":["p12","pfx"],"text/x-pass-word":["pwd1x9"]}\n',
    },
    {
      name: 'node-config maps keys to env var NAMES, not values',
      path: 'config/custom-environment-variables.json',
      code: '{\n  "db": { "password": "DB_PASSWORD" },\n  "stripe": { "secretKey": "STRIPE_SECRET_KEY" }\n}\n',
    },
    {
      name: "translations that carry the app's placeholders ($PASSWORD, {user}, %s), in Thai, Russian and Chinese",
      path: 'src/node/i18n/messages/th.json',
      code: '{\n  "LOGIN_USING_ENV_PASSWORD": "รหัสผ่านถูกกำหนดเป็น $PASSWORD",\n  "RESET_PASSWORD_FOR": "Сбросить пароль для {user}",\n  "PASSWORD_IS": "密码是 %s"\n}\n',
    },
    {
      name: "a CLI's flag metadata: the metavar VALUE of an --api_key flag",
      path: 'data/cli/bq.json',
      code: '{\n  "--bigquery_discovery_api_key": {\n    "name": "--bigquery_discovery_api_key",\n    "type": "string",\n    "value": "VALUE"\n  }\n}\n',
    },
    {
      name: "an n8n node package's manifest: paths of credential definitions under credentials",
      path: 'package.json',
      code: '{\n  "name": "n8n-nodes-acme",\n  "n8n": {\n    "credentials": ["dist/credentials/AcmeApi.credentials.js", "dist/credentials/AcmeOAuth2Api.credentials.js"]\n  }\n}\n',
    },
    {
      name: 'Title Case labels in a language folder (NodeBB: public/language/<language>/<namespace>.json)',
      path: 'public/language/pt-BR/reset_password.json',
      code: '{\n  "new_password": "Nova Senha",\n  "repeat_password": "Confirmar Senha"\n}\n',
    },
    {
      name: 'UI strings that mention passwords',
      path: 'locales/en.json',
      code: '{\n  "password": "Password",\n  "forgotPassword": "Forgot your password?",\n  "tokenExpired": "Your session has expired."\n}\n',
    },
    {
      name: 'empty and placeholder values',
      path: 'appsettings.json',
      code: '{\n  "Jwt": { "Key": "", "Issuer": "shop" },\n  "ConnectionStrings": { "Default": "Server=db;Database=shop;Trusted_Connection=True;" }\n}\n',
    },
    {
      name: 'package.json keywords and scripts',
      path: 'package.json',
      code: '{\n  "name": "auth-service",\n  "keywords": ["auth", "token", "password"],\n  "scripts": { "start": "node server.js" }\n}\n',
    },
    {
      name: 'lock files are skipped',
      path: 'package-lock.json',
      code: '{\n  "packages": { "": { "name": "shop" } },\n  "token": "gp66O8UCgB!mQNyK"\n}\n',
    },
    {
      name: 'vendored JSON is skipped',
      path: 'node_modules/some-lib/config.json',
      code: '{ "password": "gp66O8UCgB!mQNyK" }\n',
    },
    {
      name: 'tsconfig is skipped',
      path: 'tsconfig.build.json',
      code: '{ "compilerOptions": { "strict": true }, "secret": "gp66O8UCgB!mQNyK" }\n',
    },
    {
      name: "Composer's auth.json and composer.json: hosts under settings that are no credential, an empty token",
      path: 'auth.json',
      code: '{\n  "github-oauth": { "github.com": "" },\n  "repositories": { "packages.acme.example": { "type": "composer", "url": "https://packages.acme.example" } },\n  "bearer": { "satis.acme.example": "Bearer" }\n}\n',
    },
  ],
  invalid: [
    {
      name: "a Vert.x verticle's JWT key options: for HS256 the buffer is the shared signing key",
      path: 'conf/config.json',
      code: '{\n  "jwt": {\n    "algorithm": "HS256",\n    "buffer": ⟦"Nq8Vx3Lm7Tz2KwRp9Yb4Hc6Jd1Fg5Ae0"⟧\n  }\n}\n',
    },
    {
      name: "an MCP server's argument list: the item after a credential flag, and a header item after --header",
      path: '.cursor/mcp.json',
      code: '{\n  "mcpServers": {\n    "supabase": { "command": "npx", "args": ["-y", "@supabase/mcp-server-supabase", "--access-token", ⟦"Rf3kQ9vLmT2xWp8ZnB4cY7hJ"⟧] },\n    "remote": { "command": "npx", "args": ["mcp-remote", "https://mcp.example.com/sse", "--header", "Authorization: Bearer ⟦gjdwbFvaxcsh53mbGkAXoZXQZHRE0FxT⟧"] }\n  }\n}\n',
    },
    {
      name: "a VS Code multi-root workspace (JSON with comments): its settings' connection password",
      path: 'team.code-workspace',
      code: '{\n  "folders": [{ "path": "." }],\n  // the reporting replica\n  "settings": { "sqltools.connections": [{ "name": "replica", "username": "ro", "password": ⟦"ugIyBzonMLYVueOEjE48U5MA"⟧ }] }\n}\n',
    },
    {
      name: "Kaggle's kaggle.json: a bare key beside the user name is the account's API key",
      path: '.kaggle/kaggle.json',
      code: '{"username":"acmeforecasting","key":⟦"6f1d2c9b8a7e4d3c2b1a0f9e8d7c6b5a"⟧}\n',
    },
    {
      name: 'package.json scripts read as shell command lines: a token after a --token flag (joined or apart), a password after docker login -p',
      path: 'package.json',
      code: '{\n  "scripts": {\n    "deploy:edge": "deployctl deploy --project=acme-edge --token=⟦Kq8vLm2Wz8RtPxKq8vLm2Wz8RtPx⟧ main.ts",\n    "sourcemaps": "sentry-cli sourcemaps upload --auth-token ⟦Zq8vKx2mWp4nRt6yLs0bHj3cZq8vKx2m⟧ dist",\n    "push": "docker login -u bot -p ⟦Gk2hV9sXq7RmT4wB⟧ registry.example.com && docker push registry.example.com/app"\n  }\n}\n',
    },
    {
      name: 'Azure Storage and Service Bus keys and a StackExchange.Redis password in appsettings.json connection strings',
      path: 'src/Orders.Api/appsettings.json',
      code: `{
  "Storage": "DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=⟦3yNh3f+edzPDFiTpd/L3BpCYqSzAx7Us2/NZ1BARJy4=⟧;EndpointSuffix=core.windows.net",
  "Bus": "Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=⟦2zrzJ8uv7cdob4VZ2c++prTc+fUZyvKikobChaFvReU=⟧",
  "Redis": "orders.redis.cache.windows.net:6380,password=⟦AaBrLqD5ucOEdGLL⟧,ssl=True,abortConnect=False"
}
`,
      messageIncludes: ['connection string'],
    },
    {
      name: 'a database password in a config file',
      path: 'config/production.json',
      code: '{\n  "db": {\n    "host": "db.internal",\n    "password": ⟦"WtfYQCdWn-c_vb!U"⟧\n  }\n}\n',
      messageIncludes: ['"password"', 'environment variable'],
    },
    {
      name: 'JSONC with comments and a trailing comma',
      path: '.vscode/launch.json',
      code: '{\n  // local debug\n  "env": { "API_KEY": ⟦"4vWFA2OKfk2A8aFb"⟧, },\n}\n',
    },
    {
      name: 'a credential in an array under a credential-named key',
      path: 'config/clients.json',
      code: '{ "apiKeys": [⟦"lZnRpaoWb9yDM-oX"⟧, ⟦"3soOqK49pmq*sPNJ"⟧] }\n',
    },
    {
      name: 'a known token under any key',
      path: 'config/default.json',
      code: '{ "github": { "value": ⟦"ghp_ysHE1JILaglU9bR1mYynC9kjQ1efte0EL9Z3"⟧ } }\n',
    },
    {
      name: 'a password inside a connection URL',
      path: 'appsettings.Production.json',
      code: '{ "ConnectionStrings": { "Default": "postgres://shop:⟦q7af5IT6sVNst9mJ⟧@db.internal:5432/shop" } }\n',
    },
    {
      name: "Composer's auth.json: a token under the host it is for, named by the map above (bearer, gitlab-token)",
      path: 'auth.json',
      code: '{\n  "bearer": { "packages.vendor.example": ⟦"T09lsROYXKOhtro6NR8ghcu3QkDsaX4gfTvCVcqs"⟧ },\n  "gitlab-token": { "gitlab.acme.example": ⟦"Xq7vLm2TzK9wRp4NcY8b"⟧ }\n}\n',
    },
  ],
};
