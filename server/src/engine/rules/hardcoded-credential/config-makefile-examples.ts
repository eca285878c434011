// Makefile examples: must report exactly the marked ranges. Generated values.
import type { Examples } from '../../rule';

export const makefileExamples: Examples = {
  valid: [
    {
      name: 'make and shell references, a command output, a shell assignment, and a migrate target (a one-off task, not start-up)',
      path: 'Makefile',
      code: `DB_URL ?= $(DATABASE_URL)
PG_PASSWORD ?= $(shell cat .secrets/pg_password)
API_TOKEN != vault kv get -field=token secret/ci
LDFLAGS := -s -w -X main.version=$(VERSION) -X main.apiToken=$(API_TOKEN)
TOKEN_HEADER = Authorization

migrate-up:
\tmigrate -path db/migrations -database "$(DB_URL)" up

migrate-ci:
\tmigrate -path db/migrations -database "$\${DATABASE_URL}" up
\t@echo "$$REGISTRY_PASSWORD" | docker login -u ci --password-stdin registry.example.com
\t./gradlew publish -PossrhPassword=$$OSSRH_PASSWORD
`,
    },
    {
      name: 'placeholders, a define block and comments (a stock local password such as POSTGRES_PASSWORD=postgres is information, as in compose)',
      path: 'build/dev.mk',
      code: `# export API_KEY = paste-your-key-here
SECRET_KEY ?= changeme
define HELP
  make db   start a database (POSTGRES_PASSWORD is set in .env)
endef

db:
\tdocker run -d --env-file .env -p 5432:5432 postgres:16
`,
    },
  ],
  invalid: [
    {
      name: 'an assigned URL password, an exported token and a target-specific secret',
      path: 'Makefile',
      code: `DB_URL := postgres://billing:⟦Tq7WmZ2xVb9KpL4s⟧@localhost:5432/billing
export SONAR_TOKEN = ⟦8c1f0e7a9b3d5f2e4a6c8b0d1e3f5a7c9b2d4e6f⟧
deploy: DEPLOY_PASSWORD = ⟦Rk3VdN8qXw2ZsJ6m⟧
`,
      messageIncludes: ['Factor III', 'Makefile'],
    },
    {
      name: "recipe lines read as shell: a URL in a migrate command, a registry login, a -D flag, a build's -X value",
      path: 'GNUmakefile',
      code: `LDFLAGS := -s -w -X main.version=$(VERSION) -X main.relayToken=⟦Hx4Pq9Lz2Wm7Vc5NbT8kRj3s⟧

migrate-down:
\tmigrate -database "mysql://root:⟦Gm5Qw8Zt2Lx7Vp3K⟧@tcp(localhost:3306)/app" down 1

push:
\t@docker login -u ci -p ⟦Jn6Ws2Kd9Fx4Qr7T⟧ registry.example.com
\t$(MVN) deploy -Dgpg.passphrase=⟦Pz8Lm3Xc6Vb1Nq4W⟧
`,
    },
  ],
};
