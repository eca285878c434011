// File scopes: each ecosystem's conventions, the config's globs on top, and what a scope does
// to a credential finding (a guess from a name is information outside the app; a format is not).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig, toScanOptions } from '../../server/src/engine/config';
import { scan } from '../../server/src/engine/scan';
import { deployedAppPolicy, fileScope, isProductionOnly } from '../../server/src/engine/scope';
import { compileGlob, matchesGlob } from '../../server/src/engine/scope/glob';
import { EXAMPLE_SUFFIXES } from '../../server/src/engine/scope/conventions';

describe('fileScope conventions', () => {
  const cases: [string, string][] = [
    ['src/config.ts', 'app'],
    ['config/config.default.js', 'app'],
    ['data/common.yaml', 'app'],
    ['site/profile/data/nodes/ci01.example.net.yaml', 'app'],
    ['config/config.prod.ts', 'app'],
    ['src/features/auth/login.ts', 'app'],
    ['src/messages/queue.ts', 'app'],
    ['app/services/payments.rb', 'app'],
    ['internal/db/postgres.go', 'app'],
    ['src/main/java/com/shop/Config.java', 'app'],
    // A package path is no scope: `com.example` is the reverse domain of Spring Initializr and most guides.
    ['src/main/java/com/example/demo/DemoApplication.java', 'app'],
    ['app/src/main/kotlin/org/example/sample/MainActivity.kt', 'app'],
    ['examples/spring/src/main/java/com/acme/App.java', 'example'],
    ['app/Http/Controllers/LatestController.php', 'app'],
    ['src/latest.php', 'app'],
    ['test/api.js', 'test'],
    ['tests/test_views.py', 'test'],
    ['src/__tests__/auth.tsx', 'test'],
    ['src/auth/auth.service.spec.ts', 'test'],
    ['web/login.test.jsx', 'test'],
    ['.ci/docker-compose.ci.yml', 'test'],
    ['.env.ci', 'test'],
    ['.env.cypress', 'test'],
    ['.env.production', 'app'],
    ['docker-compose.cypress.yml', 'test'],
    ['docker/compose-e2e.yaml', 'test'],
    ['docker-compose.integration.yml', 'test'],
    ['docker-compose.production.yml', 'app'],
    ['docker-compose.ci-build.yml', 'app'],
    ['pkg/store/store_test.go', 'test'],
    ['functional_tests.go', 'test'],
    ['slacktest/server.go', 'test'],
    ['net/http/httptest/server.go', 'test'],
    ['api/latest/client.go', 'app'],
    ['internal/contest/entry.go', 'app'],
    ['loadtest/main.py', 'app'],
    ['src/test/java/com/shop/ConfigTest.java', 'test'],
    ['app/src/androidTest/kotlin/Login.kt', 'test'],
    ['app/models/user_spec.rb', 'test'],
    ['spec/models/user.rb', 'test'],
    ['conftest.py', 'test'],
    ['accounts/test_models.py', 'test'],
    ['config/environments/test.rb', 'test'],
    ['config/config.unittest.js', 'test'],
    ['src/config/config.unittest.ts', 'test'],
    ['src/Payments/GatewayTest.php', 'test'],
    ['.env.test', 'test'],
    ['src/main/resources/application-test.yml', 'test'],
    ['test/fixtures/users.json', 'fixture'],
    ['spec/fixtures/files/config.yml', 'fixture'],
    ['pkg/parser/testdata/input.yaml', 'fixture'],
    ['db/seeds.rb', 'fixture'],
    ['lib/tasks/sample_data.rake', 'fixture'],
    ['features/step_definitions/login_steps.rb', 'test'],
    ['src/features/checkout/cart.ts', 'app'],
    ['prisma/seed.ts', 'fixture'],
    ['database/seeders/UserSeeder.php', 'fixture'],
    ['database/factories/UserFactory.php', 'fixture'],
    ['src/__mocks__/stripe.js', 'fixture'],
    ['data/static/users.yml', 'fixture'],
    ['data/nodes.yml', 'fixture'],
    ['seed/data/common.json', 'fixture'],
    ['src/data/countries.json', 'fixture'],
    ['data/datacreator.ts', 'app'],
    ['internal/data/store.go', 'app'],
    ['src/functionalTest/kotlin/ApiTest.kt', 'test'],
    ['src/main/resources/logback-test.xml', 'test'],
    ['config/packages/test/framework.yaml', 'test'],
    ['config/config.default.js', 'app'],
    ['config/config.prod.js', 'app'],
    ['features/step_definitions/login_steps.rb', 'test'],
    ['src/latest/handler.ts', 'app'],
    ['examples/basic/app.js', 'example'],
    ['_examples/rest/main.go', 'example'],
    ['roles/mongodb_auth/molecule/default/converge.yml', 'test'],
    ['acceptance/openstack/baremetal/v1/baremetal.go', 'test'],
    ['fstest/testserver/init.d/TestSeafile', 'test'],
    ['changelogs/changelog.yaml', 'docs'],
    ['templates/js/routes/index.js', 'example'],
    // Flask's blueprints package and the pages Flask and Django render are the app's (probe25c 9); Ember's blueprints are not.
    ['app/blueprints/auth.py', 'app'],
    ['blueprints/route/files/__root__/routes/__name__.js', 'example'],
    ['shop/templates/shop/base.html', 'app'],
    ['{{cookiecutter.project_slug}}/templates/base.html', 'example'],
    ['charts/warehouse/templates/deployment.yaml', 'app'],
    ['chart/templates/_helpers.tpl', 'app'],
    ['deploy/helm/api/templates/job.yml', 'app'],
    ['src/charts/templates/bar.js', 'example'],
    ['charts/warehouse/templates/tests/test-connection.yaml', 'test'],
    ['template/extras/src/trpc/server.ts', 'example'],
    ['dist/lib/controller/files/ts/__name__.controller.ts', 'example'],
    ['app/__init__.py', 'app'],
    ['pkg/__main__.py', 'app'],
    ['.env.example', 'example'],
    // A template named in the team's own language: pt, es, fr; a NestJS-style `usuario.modelo.ts` is code.
    ['.env.exemplo', 'example'],
    ['backend/.env.ejemplo', 'example'],
    ['.env.exemple', 'example'],
    ['.env.modelo', 'example'],
    ['config/config.exemplo.php', 'example'],
    ['src/usuarios/usuario.modelo.ts', 'app'],
    ['config/database.yml.sample', 'example'],
    ['wp-config-sample.php', 'example'],
    ['config.dist.php', 'example'],
    ['public/js/app.dist.js', 'app'],
    ['project/local_settings_example.py', 'example'],
    ['app/models/sample.rb', 'app'],
    ['sample-config-advanced.json', 'example'],
    ['modules/memcookie/config-templates/authmemcookie.php', 'example'],
    ['deploy/sample.env', 'example'],
    ['project/sample_settings.py', 'example'],
    ['internal/metrics/sample_rate.go', 'app'],
    ['src/stats/sample-size.ts', 'app'],
    ['docs/setup/config.yaml', 'docs'],
    ['src/i18n/de.json', 'locale'],
    ['public/locales/zh-CN/translation.json', 'locale'],
    // The app's config kept in a locale folder (viper's AddConfigPath("./config/locales")); a language's namespaces stay translations.
    ['config/locales/config.yaml', 'app'],
    ['config/locales/app.yml', 'app'],
    ['config/locales/en.yml', 'locale'],
    ['config/locales/devise.en.yml', 'locale'],
    ['public/locales/en/settings.json', 'locale'],
    ['resources/lang/de/auth.php', 'locale'],
    ['locale/fr/LC_MESSAGES/django.po', 'locale'],
    ['application/language/french/auth_lang.php', 'locale'],
    ['src/main/resources/messages_de.properties', 'locale'],
    ['java/org/apache/catalina/realm/LocalStrings_ja.properties', 'locale'],
    ['java/jakarta/servlet/http/LocalStrings_zh_CN.properties', 'locale'],
    ['src/main/resources/config_dev.properties', 'app'],
    ['src/main/resources/config_qa.properties', 'app'],
    ['messages/fr/app.php', 'locale'],
    ['common/messages/pt-BR/backend.php', 'locale'],
    ['app/messages/Handler.php', 'app'],
    ['src/messages/queue/consumer.php', 'app'],
    ['vendor/guzzlehttp/guzzle/src/Client.php', 'vendored'],
    ['vendor/monolog/monolog/tests/Monolog/LoggerTest.php', 'vendored'],
    ['public/vendor/chart/chart.umd.js', 'vendored'],
    ['static/js/jquery-3.7.1.min.js', 'vendored'],
    ['assets/lib/moment-min.js', 'vendored'],
    ['third_party/protobuf/descriptor.py', 'vendored'],
    // VS Code's Local History snapshots: an editor's copies, neither the app nor its tests (probe30c note 3).
    ['.history/app/db_20211130123847.py', 'copy'],
    ['backend/.history/src/config_20230101120000.ts', 'copy'],
    ['.history/tests/test_api_20211130123847.py', 'copy'],
    ['.history/vendor/lib/client_20211130123847.php', 'copy'],
    ['src/history/events.ts', 'app'],
    ['src/components/TokenBadge.stories.tsx', 'fixture'],
    ['src/stories/Button.stories.mdx', 'fixture'],
    ['src/stories.ts', 'app'],
    ['src/vendors.ts', 'app'],
    ['src/admin.js', 'app'],
    ['app/services/vendor_payouts.rb', 'app'],
    ['lib/plugins/authpdo/_test/mysql.php', 'test'],
    ['lib/plugins/authplain/escaping.test.php', 'test'],
    ['heat/engine/clients/os/keystone/fake_keystoneclient.py', 'fixture'],
    ['nova/tests/fakes.py', 'fixture'],
    ['internal/payments/fakes/gateway.go', 'fixture'],
    ['scripts/mock-server.js', 'fixture'],
    ['app/services/fakeness.py', 'app'],
    ['src/stubborn.ts', 'app'],
    ['src/mockup/editor.ts', 'app'],
    // Seed scripts by name, in every ecosystem, and the names they must not take.
    ['accounts/management/commands/populate_demo.py', 'fixture'],
    ['lib/tasks/populate.rake', 'fixture'],
    ['scripts/populate-db.ts', 'fixture'],
    ['scripts/create_demo_users.py', 'fixture'],
    ['app/initial_data.py', 'fixture'],
    ['wiki/scripts/initialize_db.py', 'fixture'],
    ['tutorial/scripts/initializedb.py', 'fixture'],
    ['app/db/initialize.py', 'app'],
    ['lib/tasks/load_sample_data.rake', 'fixture'],
    ['artifacts/db-reset.js', 'fixture'],
    ['bin/reset_db.py', 'fixture'],
    ['src/main/java/org/shop/container/DemoUserSeeder.java', 'fixture'],
    ['app/Console/Commands/SeedDemoAccounts.php', 'fixture'],
    ['src/main/kotlin/lab/bootstrap/SampleDataLoader.kt', 'fixture'],
    ['src/seeders/user.seeder.ts', 'fixture'],
    ['app/services/reset_password.py', 'app'],
    ['src/population/census.ts', 'app'],
    ['app/models/initial_balance.rb', 'app'],
    ['src/wallet/SeedPhrase.ts', 'app'],
    ['src/graphql/DataLoader.ts', 'app'],
    ['src/main/java/org/shop/importer/SampleImporter.java', 'app'],
    ['internal/ingest/load_data.py', 'app'],
    ['queueapp/tickets/management/commands/load_demo_queue.py', 'fixture'],
    ['scripts/make-fake-orders.ts', 'fixture'],
    ['partscatalog/websetup/bootstrap.py', 'fixture'],
    ['partscatalog/websetup/schema.py', 'app'],
    ['app/demo_mode.py', 'app'],
    ['commands/SeedController.php', 'fixture'],
    ['src/Command/SeedDemoCommand.php', 'fixture'],
    ['app/Http/Controllers/SeedlingController.php', 'app'],
    ['pyramid/testing.py', 'test'],
    ['netbox/netbox/configuration_testing.py', 'test'],
    ['tracker/config/settings_testing.py', 'test'],
    ['web/config/config.testing.js', 'test'],
    ['deploy/test-config.yml', 'test'],
    ['netbox/netbox/configuration.py', 'app'],
    ['app/config/testing_helpers.py', 'app'],
    ['src/config/contest_settings.py', 'app'],
    ['lib/tasks/ci.rake', 'test'],
    ['lib/tasks/demo.rake', 'fixture'],
    ['lib/tasks/samples.rake', 'fixture'],
    ['lib/tasks/demo_mode.rake', 'app'],
    ['src/bootstrap.py', 'app'],
    // Test helpers and doubles by folder, and the per-environment test config of MEAN-style apps.
    ['internal/testutil/db.go', 'test'],
    ['pkg/client/kubernetes/fake/clientset.go', 'fixture'],
    ['config/env/test.js', 'test'],
    ['config/env/e2e_test.js', 'test'],
    ['config/e2e.json', 'test'],
    ['config/integration-test.yml', 'test'],
    ['config/env/contest.js', 'app'],
    ['config/environments/testing.json', 'test'],
    ['config/env/all.js', 'app'],
    ['config/env/production.js', 'app'],
    ['cypress.env.json', 'test'],
    ['.env.e2e', 'test'],
    ['src/utils/seedDatabase.js', 'fixture'],
    ['scripts/populateUsers.ts', 'fixture'],
    ['src/components/Login/sampleData.ts', 'fixture'],
    ['src/mockData/users.ts', 'fixture'],
    ['src/sample-data/orders.js', 'fixture'],
    ['src/Factory/UserFactory.php', 'fixture'],
    ['src/Story/DefaultUsersStory.php', 'fixture'],
    ['src/Service/HttpClientFactory.php', 'app'],
    ['src/wallet/seedPhrase.ts', 'app'],
    ['src/main/java/com/acme/DemoApplication.java', 'app'],
    ['src/sampler.ts', 'app'],
    ['noxfile.py', 'test'],
    ['testing.ini', 'test'],
    ['production.ini', 'app'],
    ['cmd/populate/main.go', 'fixture'],
    ['wp-tests-config.php', 'test'],
    ['wp-config.php', 'app'],
    ['wdio.conf.js', 'app'],
    ['nightwatch.conf.cjs', 'app'],
    ['.env.dusk.local', 'test'],
    ['features/steps/login_steps.py', 'test'],
    ['features/environment.py', 'test'],
    ['features/step_definitions/checkout.steps.ts', 'test'],
    ['features/support/world.ts', 'test'],
    ['features/bootstrap/FeatureContext.php', 'test'],
    ['app/features/billing/invoice.ts', 'app'],
    ['src/features/support/ticketsSlice.ts', 'app'],
    ['frontend/src/features/steps/wizard.ts', 'app'],
    ['src/features/flags/environment.py', 'app'],
    ['src/integration-test/java/com/shop/support/TestAccounts.java', 'test'],
    ['ClaimsPortal.Tests/app.config', 'test'],
    ['src/Fleet.Api.IntegrationTests/appsettings.json', 'test'],
    ['tests/Orders.UnitTests/nlog.config', 'test'],
    ['src/Fleet.Api/appsettings.json', 'app'],
    ['src/Shop.Testing.Abstractions/appsettings.json', 'app'],
    ['grails-app/conf/logback-test.groovy', 'test'],
    ['src/main/java/com/shop/integration/PartnerClient.java', 'app'],
    ['src/components/Example.jsx', 'app'],
    ['example-config.yml', 'example'],
    ['tools/test-auth-negative.sh', 'test'],
    ['scripts/smoke-test.sh', 'test'],
    ['bin/deploy.sh', 'app'],
    ['scripts/latest.sh', 'app'],
    ['tools/oidc-test-env/authelia/configuration.yml', 'test'],
    ['deploy/test_environment/values.yaml', 'test'],
    ['config/environment.ts', 'app'],
    ['src/contest-env/rules.ts', 'app'],
  ];
  for (const [path, scope] of cases) {
    it(`${path} -> ${scope}`, () => assert.equal(fileScope(path), scope));
  }
});

describe('fileScope overrides', () => {
  it('a config glob wins over the conventions, and app takes a file back', () => {
    const scopes = { test: ['qa/**'], app: ['src/testing/**'], fixture: ['**/*.stories.ts'] };
    assert.equal(fileScope('qa/smoke/login.js', scopes), 'test');
    assert.equal(fileScope('src/testing/harness.ts', scopes), 'app');
    assert.equal(fileScope('src/ui/Button.stories.ts', scopes), 'fixture');
    assert.equal(fileScope('src/qa/login.js', scopes), 'app');
  });

  it('a glob without a slash matches a folder at any depth', () => {
    assert.equal(fileScope('services/billing/sandbox/keys.ts', { fixture: ['sandbox'] }), 'fixture');
  });
});

describe('matchesGlob', () => {
  const match = (glob: string, path: string) => matchesGlob(compileGlob(glob), path);
  it('matches *, ? and ** by segment', () => {
    assert.ok(match('src/**/*.spec.ts', 'src/a/b/c.spec.ts'));
    assert.ok(match('src/**/*.spec.ts', 'src/c.spec.ts'));
    assert.ok(!match('src/*.spec.ts', 'src/a/c.spec.ts'));
    assert.ok(match('qa/?/x.js', 'qa/1/x.js'));
    assert.ok(match('QA/**', 'qa/deep/file.js'));
    assert.ok(!match('qa/**', 'src/qa.js'));
  });

  it('stays fast on a hostile pattern', () => {
    const started = performance.now();
    const glob = `${'**/'.repeat(40)}${'*a'.repeat(40)}b`;
    assert.ok(!match(glob, `${'a/'.repeat(200)}${'a'.repeat(200)}`));
    assert.ok(performance.now() - started < 500);
  });
});

describe('.twelve-factor.json scopes', () => {
  it('reads scopes and passes them to the scan', () => {
    const { config, errors } = parseConfig('{ "scopes": { "test": ["qa/**"] } }', '.twelve-factor.json');
    assert.deepEqual(errors, []);
    assert.deepEqual(toScanOptions(config).scopes, { test: ['qa/**'] });
  });

  it('reports an unknown scope and a wrong type, keeping the rest', () => {
    const { config, errors } = parseConfig('{ "scopes": { "tests": ["a"], "fixture": "b", "docs": ["site/**"] } }', 'c.json');
    assert.deepEqual(
      errors.map((error) => error.message),
      ["unknown scope 'tests' (did you mean 'test'?) (scopes: app, test, fixture, example, docs, locale, vendored, copy)", 'scopes.fixture must be an array of non-empty strings'],
    );
    assert.deepEqual(config.scopes, { docs: ['site/**'] });
  });
});

describe('scope and confidence of credential findings', () => {
  // A generated, format-valid GitHub token: identified by its format wherever it sits.
  const token = `ghp_${'k3Xq9TzR7vLm2Wp8Yc4Nb6Hd1Jf5Gs0Ae3Ui'}`;
  const code = `const config = { password: 'admin123', githubToken: '${token}' };\n`;

  it('in app code both are errors, each with its confidence', () => {
    const findings = scan({ path: 'src/config.js' }, code);
    assert.deepEqual(findings.map((f) => [f.severity, f.confidence, f.scope]), [
      ['error', 'name-only', 'app'],
      ['error', 'format', 'app'],
    ]);
  });

  it('in a test the name guess is info and says so; the token stays an error', () => {
    const findings = scan({ path: 'test/config.test.js' }, code);
    assert.deepEqual(findings.map((f) => [f.severity, f.confidence, f.scope]), [
      ['info', 'name-only', 'test'],
      ['error', 'format', 'test'],
    ]);
    assert.match(findings[0]!.message, /guess from the name in test code, so reported as information/);
    assert.match(findings[1]!.message, /Identified by its format/);
  });

  it("a browser-test runner's config: the test user's chosen password is information, the grid's access key an error", () => {
    // Generated values: a chosen phrase, and a random 20-character access key.
    const source = "exports.config = {\n  user: 'acmeqa_k2v8', key: 'Vq7Lm2XwR9pTz4Kb8NcY',\n  testUser: { password: 'carl-plaintext-pw' },\n};\n";
    const findings = scan({ path: 'wdio.conf.js' }, source);
    assert.deepEqual(findings.map((f) => [f.range.start.line, f.severity]), [[1, 'error'], [2, 'info']]);
  });

  it('a JWT is a token a server signed, not a vendor key: information in a test, an error in the app', () => {
    // Generated: {"alg":"HS256","typ":"JWT"}.{"sub":"42"}.<random signature>
    const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9.Xq2vN8rT4mK9pLw3sZ7yB1cD6fH0jG5aQ';
    const source = `const foreignToken = '${jwt}';\n`;
    assert.deepEqual(scan({ path: 'test/auth.test.js' }, source).map((f) => [f.severity, f.confidence]), [['info', 'name-and-entropy']]);
    assert.deepEqual(scan({ path: 'src/auth.js' }, source).map((f) => [f.severity, f.confidence]), [['error', 'name-and-entropy']]);
  });

  it('in vendored code a name guess is information and a format an error', () => {
    const findings = scan({ path: 'public/vendor/widget.min.js' }, code);
    assert.deepEqual(findings.map((f) => [f.severity, f.scope]), [
      ['info', 'vendored'],
      ['error', 'vendored'],
    ]);
    assert.match(findings[0]!.message, /in vendored third-party code, so reported as information/);
    for (const path of ['gslib/vendored/oauth2client/client.py', 'pip/_vendor/requests/auth.py', 'core/built/admin/assets/chunk.524.9c2366b9ec011d.py']) {
      assert.deepEqual(scan({ path: path.replace(/\.py$/, '.js') }, code).map((f) => f.scope), ['vendored', 'vendored'], path);
    }
  });

  it("in an editor's copy (.history/) a name guess is information, a format an error, and the deployed-app rules are silent", () => {
    const findings = scan({ path: '.history/public/widget_20211130123847.js' }, code);
    assert.deepEqual(findings.map((f) => [f.severity, f.scope]), [
      ['info', 'copy'],
      ['error', 'copy'],
    ]);
    assert.match(findings[0]!.message, /in an editor's saved copy of a file, so reported as information/);
    assert.equal(deployedAppPolicy('.history/app/server_20211130123847.py'), 'skip');
    assert.equal(deployedAppPolicy('.history/app/server_20211130123847.py', { app: ['.history/**'] }), 'report');
  });

  it('the scope path decides, not the display path', () => {
    const findings = scan({ path: 'fixtures/app/src/config.js', scopePath: 'src/config.js' }, code);
    assert.deepEqual(findings.map((f) => f.severity), ['error', 'error']);
  });
});

describe('deployedAppPolicy', () => {
  it('runs in the app, informs in examples, skips tests, fixtures, docs and translations', () => {
    assert.equal(deployedAppPolicy('src/server.ts'), 'report');
    assert.equal(deployedAppPolicy('examples/basic/server.ts'), 'info');
    for (const path of ['test/server.ts', 'spec/app.rb', 'db/seeds.rb', 'docs/setup/app.py', 'src/i18n/app.ts', 'vendor/slim/slim/App.php']) {
      assert.equal(deployedAppPolicy(path), 'skip', path);
    }
  });

  it('skips development-only config unless the config names it app', () => {
    for (const path of ['config/environments/development.rb', 'config/env/development.js', 'lib/tasks/dev.rake', 'development.ini', 'wdio.conf.js', 'tests/wdio.browserstack.conf.ts', '.testcaferc.json', 'wiki/settings/dev.py', 'src/main/resources/application-local.yml', 'config/packages/dev/monolog.yaml', 'config/config.local.js', 'src/config/config.local.ts', 'apps/api/src/environments/environment.ts', 'src/environments/environment.development.ts', 'nodemon.json', '.vscode/launch.json', '.devcontainer/docker-compose.yml', '.devcontainer/devcontainer.json', 'application/config/config.development.php', 'application/config/development/database.php']) {
      assert.equal(deployedAppPolicy(path), 'skip', path);
    }
    assert.equal(deployedAppPolicy('config/environments/development.rb', { app: ['config/environments/development.rb'] }), 'report');
    assert.equal(deployedAppPolicy('config/environments/production.rb'), 'report');
    assert.equal(deployedAppPolicy('config/config.prod.js'), 'report');
    assert.equal(deployedAppPolicy('config/env/production.js'), 'report');
    assert.equal(deployedAppPolicy('apps/api/src/environments/environment.prod.ts'), 'report');
    assert.equal(deployedAppPolicy('application/config/config.production.php'), 'report');
    assert.equal(deployedAppPolicy('application/config/production/database.php'), 'report');
    assert.equal(deployedAppPolicy('environments/dev/common/config/main-local.php'), 'report');
  });

  it('reads a production stage folder under a folder of stages or deploy config as production (issue #9, probe26c 6)', () => {
    for (const path of ['environments/prod/common/config/main-local.php', 'config/prod/app.ini', 'deploy/production/settings.toml', 'k8s/overlays/prod/config.yaml', 'envs/production/values.yaml', 'application/config/production/database.php']) {
      assert.equal(isProductionOnly(path), true, path);
    }
    // A namespace named production, a development stage, a file named prod outside a stage folder: not production.
    for (const path of ['app/models/production/line.rb', 'environments/dev/common/config/main-local.php', 'src/prod/handler.go', 'prod/README.md', 'overlays/production-notes.md']) {
      assert.equal(isProductionOnly(path), false, path);
    }
    // The config's scopes still win: a file they name is the user's word, not the folder's.
    assert.equal(isProductionOnly('environments/prod/common/config/main-local.php', { example: ['environments/**'] }), false);
  });

  it("lets the config's scopes overrule every guess from a file's name: a dev compose stack, Dockerfile.dev", () => {
    const reported = (path: string, code: string, scopes?: Record<string, string[]>) =>
      scan({ path }, code, scopes ? { scopes } : {}).filter((finding) => finding.severity !== 'info').map((finding) => finding.ruleId);
    const compose = 'services:\n  worker:\n    build: .\n    stop_signal: SIGKILL\n    command: ["sh", "-c", "npm install && exec node src/worker.js"]\n    environment:\n      ADMIN_PASSWORD: kiwi-orchard-pass\n';
    const everyRule = ['hardcoded-credential', 'no-graceful-shutdown', 'runtime-build-step'];
    for (const path of ['docker-compose.dev.yml', 'deploy/compose.local.yaml', 'docker-compose.override.yml']) {
      assert.deepEqual(reported(path, compose), [], path);
      assert.deepEqual([...new Set(reported(path, compose, { app: [path] }))].sort(), everyRule, path);
      // A glob over a folder scopes what is in it; it does not say what each file is.
      assert.deepEqual(reported(path, compose, { app: ['**'] }), [], path);
    }
    const dockerfile = 'FROM node:20\nCOPY . .\nCMD ["sh", "-c", "npm install && exec node server.js"]\n';
    assert.deepEqual(reported('Dockerfile.dev', dockerfile).filter((id) => id === 'runtime-build-step'), []);
    assert.deepEqual(reported('Dockerfile.dev', dockerfile, { app: ['Dockerfile.dev'] }).filter((id) => id === 'runtime-build-step'), ['runtime-build-step']);
  });
});

describe('template suffixes', () => {
  it('gives every suffix the .env check reads as a template the example scope too (one list, two readers)', () => {
    for (const suffix of EXAMPLE_SUFFIXES) assert.equal(fileScope(`config/.env.${suffix}`), 'example', suffix);
  });
});
