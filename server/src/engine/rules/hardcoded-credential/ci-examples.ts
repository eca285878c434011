// Credentials in CI pipelines and the shell they run: GitHub Actions, GitLab CI, CircleCI and
// Bitbucket `env:`/`variables:` literals, and `run:`/`script:` lines read with the shell lexer
// (`curl -H "Authorization: Bearer …"`, `curl -u user:pass`, `docker login -p …`, `export X=…`).
// The same commands in scripts and Dockerfile RUN lines. Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const BEARER = '5f1b9c7e2a8d4f6b0c3e9a7d1b5f2c8e';
const PASSWORD = 'Qw7rT2yU9iO4pA1s';
const HEX = '4be0643f1d98573b97cdca98a65347dd';

export const CI_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  yaml: {
    valid: [
      {
        name: 'GitHub Actions: secrets and variables by reference, in env and in run lines',
        path: '.github/workflows/deploy.yml',
        code: `env:\n  NODE_ENV: production\n  DB_PASSWORD: \${{ secrets.DB_PASSWORD }}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -H "Authorization: Bearer $API_TOKEN" https://api.acme.io\n          curl -H "Authorization: Bearer \${{ secrets.API_TOKEN }}" https://api.acme.io\n          echo "\${{ secrets.DOCKER_PASSWORD }}" | docker login -u acme --password-stdin\n          docker login -u "$REG_USER" -p "$REG_PASS" registry.acme.io\n          curl -u "$CI_USER:$CI_PASS" https://ci.acme.io/hook\n`,
      },
      {
        name: 'GitLab CI: the job token and masked variables by name',
        path: '.gitlab-ci.yml',
        code: `variables:\n  APP_TOKEN: $CI_JOB_TOKEN\n  DOCKER_DRIVER: overlay2\ndeploy:\n  script:\n    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY\n    - 'curl --header "PRIVATE-TOKEN: $DEPLOY_TOKEN" https://gitlab.acme.io/api/v4/projects'\n    - export API_KEY=$MASKED_API_KEY\n`,
      },
      {
        name: "AWS CodeBuild: parameter-store and secrets-manager entries name secrets (a path, an id and its JSON key)",
        path: 'buildspec.yml',
        code: `version: 0.2\nenv:\n  parameter-store:\n    NPM_TOKEN: /ci/npm-token\n  secrets-manager:\n    DOCKERHUB_PASSWORD: ci/dockerhub:password\n    SONAR_TOKEN: arn:aws:secretsmanager:eu-west-1:123456789012:secret:ci/sonar-AbC123:token\nphases:\n  build:\n    commands:\n      - npm ci\n`,
      },
      {
        name: 'placeholders and a test header in a CI step',
        path: '.circleci/config.yml',
        code: `jobs:\n  smoke:\n    steps:\n      - run: curl -H "Authorization: Bearer InvalidAuthToken" https://api.acme.io/expect-401\n      - run: export API_KEY=changeme\n`,
      },
    ],
    invalid: [
      {
        name: 'GitHub Actions: literal secrets in env, and in run lines',
        path: '.github/workflows/deploy.yml',
        code: `env:\n  API_KEY: ⟦9f8e7d6c5b4a39281716a5b4c3d2e1f0⟧\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: docker login -u deployer -p ⟦${PASSWORD}⟧ registry.acme.io\n      - run: |\n          curl -H "Authorization: Bearer ⟦${BEARER}⟧" https://api.acme.io/deploy\n          curl -u admin:⟦Zp8Kq3Lm7Nx2⟧ https://ci.acme.io/hook\n          export API_TOKEN=⟦c29tZS1yYW5kb20tdG9rZW4tdmFsdWU⟧\n`,
        severity: 'error',
      },
      {
        name: 'AWS CodeBuild: a literal among the plain variables',
        path: 'buildspec.yml',
        code: `version: 0.2\nenv:\n  variables:\n    DB_PASSWORD: ⟦"Vn3Cx7Bz1Qa9LwZp"⟧\n  secrets-manager:\n    DOCKERHUB_PASSWORD: ci/dockerhub:password\n`,
      },
      {
        name: 'GitLab CI: a literal in variables and a token header in script',
        path: '.gitlab-ci.yml',
        code: `variables:\n  POSTGRES_PASSWORD: ⟦Hq7Lm2Zx9Pw4⟧\ndeploy:\n  script:\n    - 'curl --header "PRIVATE-TOKEN: ⟦Tq9Wm3Xv7Ks2Lp5N⟧" https://gitlab.acme.io/api/v4/projects'\n`,
      },
      {
        name: 'CircleCI: a KEY=value list, image auth and run commands',
        path: '.circleci/config.yml',
        code: `jobs:\n  build:\n    docker:\n      - image: cimg/node:20.0\n        auth:\n          username: acme\n          password: ⟦Mk8Rt3Wq6Zp1⟧\n    environment:\n      - APP_SECRET=⟦${HEX}⟧\n    steps:\n      - run:\n          name: push\n          command: docker login -u acme -p ⟦Lp3Ko9Ij5Uh2⟧\n`,
      },
      {
        name: "a GitHub job that runs the tests against a service container: the tests' own dummy secret is information",
        path: '.github/workflows/ci.yml',
        code: `jobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgres:16\n    env:\n      JWT_SECRET: ⟦ci-jwt-secret-at-least-32-characters-long⟧\n      SESSION_SECRET: ⟦not-so-secret⟧\n    steps:\n      - run: npm ci && npm test\n`,
        severity: 'info',
        messageIncludes: ['a CI job that runs the tests'],
      },
      {
        name: "a job that migrates its test database (alembic upgrade is no deploy), and a smoke-test job named so, writing its .env by heredoc",
        path: '.github/workflows/ci.yml',
        code: `jobs:\n  backend:\n    name: Test Backend\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgres:16\n    env:\n      JWT_SECRET: ⟦ci-secret-key⟧\n    steps:\n      - run: alembic upgrade head\n      - run: uvicorn app.main:app --port 8000 & sleep 5 && curl -f http://127.0.0.1:8000/health\n  docker-smoke-test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          cat > .env <<EOF\n          JWT_SECRET=⟦ci-secret-key⟧\n          EOF\n      - run: docker compose up -d\n`,
        severity: 'info',
        messageIncludes: ['a CI job that runs the tests'],
      },
      {
        name: "a workflow whose every job runs the tests: its workflow-level env is the tests' too (Saleor's pytest.yml)",
        path: '.github/workflows/pytest.yml',
        code: `on: [pull_request]\nenv:\n  DATABASE_URL: postgres://shop:⟦shop⟧@postgres:5432/shop\n  SECRET_KEY: ⟦ci-test⟧\njobs:\n  build:\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgres:15\n    steps:\n      - run: pytest --reuse-db\n`,
        severity: 'info',
        messageIncludes: ['a CI job that runs the tests'],
      },
      {
        name: "a workflow-level env shared by a test job and a deploy job is production's",
        path: '.github/workflows/main.yml',
        code: `env:\n  SECRET_KEY: ⟦Kp3vX9qL2mZ7wR4t⟧\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n`,
        severity: 'error',
      },
      {
        name: "a test job's token that a service issued (Codecov's UUID, a random key) keeps its severity, and a job that also deploys is production's",
        path: '.github/workflows/ci.yml',
        code: `jobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      CODECOV_TOKEN: ⟦9e8cfd69-5497-4509-acda-0d1710223f02⟧\n      PARTNER_API_KEY: ⟦Nb4Vc8Xz2Lk7Jh3GqW5e⟧\n    steps:\n      - run: pytest -q\n  release:\n    runs-on: ubuntu-latest\n    env:\n      JWT_SECRET: ⟦release-jwt-secret-value⟧\n    steps:\n      - run: npm test && npm publish\n`,
        severity: 'error',
      },
      {
        name: "Cypress Cloud's record key (a UUID) in a test job, and Currents' in a script",
        path: '.github/workflows/e2e.yml',
        code: `jobs:\n  e2e:\n    runs-on: ubuntu-latest\n    env:\n      CYPRESS_RECORD_KEY: ⟦31b5cca4-3b84-4b47-93cd-b3943e604506⟧\n    steps:\n      - run: npx cypress run --record\n      - run: CURRENTS_RECORD_KEY=⟦Hq8vN2xLp5RtW3mZk7Yc⟧ npx cypress-cloud run\n`,
        severity: 'error',
      },
      {
        name: 'Bitbucket Pipelines: an export in a script beside a pipe',
        path: 'bitbucket-pipelines.yml',
        code: `pipelines:\n  default:\n    - step:\n        script:\n          - export API_KEY=⟦Nb4Vc8Xz2Lk7Jh3G⟧\n          - pipe: atlassian/ssh-run:0.4.0\n            variables:\n              SSH_KEY: $MY_SSH_KEY\n`,
      },
    ],
  },
  shell: {
    valid: [
      {
        name: 'credentials from the environment, a prompt, and flags that are not passwords',
        path: 'scripts/deploy.sh',
        code: `#!/bin/sh\ncurl -H "Authorization: Bearer $API_TOKEN" https://api.acme.io\ncurl -u "$USER" https://ci.acme.io\nmysql -p -h db shop\nredis-cli -h cache -a "$REDIS_PASSWORD" PING\nls -a Qw7rT2yU9iO4pA1s\necho "$REG_PASS" | docker login -u acme --password-stdin\ntar -p -xf build.tar\nssh -p 2222 deploy@acme.io\n`,
      },
      {
        name: "a usage text naming the variable and its slot (`CODECOV_TOKEN=:uuid`)",
        path: 'script/coverage-upload.sh',
        code: `#!/bin/sh\nusage() {\ncat <<EOF\n    -t TOKEN     Set the private repository token\n                 (option) set environment variable CODECOV_TOKEN=:uuid\nEOF\n}\n`,
      },
    ],
    invalid: [
      {
        name: "redis-cli's -a password",
        path: 'scripts/flush.sh',
        code: `#!/bin/sh\nredis-cli -h cache.acme.io -a ⟦Pl0Ok9Ij8Uh7Yg6T⟧ FLUSHDB\n`,
      },
      {
        name: 'header, basic-auth, registry-login, mysql and --password arguments',
        path: 'scripts/deploy.sh',
        code: `#!/bin/sh\ncurl -H "X-Api-Key: ⟦Nb4Vc8Xz2Lk7Jh3G⟧" https://api.acme.io\ncurl --user deploy:⟦Yh6Tg2Rf9Ed4⟧ https://ci.acme.io\ndocker login -u acme -p ⟦${PASSWORD}⟧ registry.acme.io\nmysql -u root -p⟦Rt5Yh8Jk2Lm9⟧ shop < dump.sql\nvault login --token ⟦hq8Wm2Xv7Ks3Lp5N⟧\n`,
      },
    ],
  },
  dockerfile: {
    valid: [{ name: 'a token from a build secret', path: 'Dockerfile', code: 'FROM node:20\nRUN --mount=type=secret,id=npm curl -H "Authorization: Bearer $(cat /run/secrets/npm)" https://registry.acme.io\n' }],
    invalid: [{ name: 'a bearer token in a RUN line', path: 'Dockerfile', code: `FROM node:20\nRUN curl -H "Authorization: Bearer ⟦${BEARER}⟧" -o app.tgz https://artifacts.acme.io/app.tgz\n` }],
  },
};
