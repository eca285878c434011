// Which part of a project a file belongs to, from the conventions of each ecosystem: the folder
// names and file names that JS/TS, Python, Go, Java/Kotlin, Ruby and PHP projects use for tests,
// fixtures, seed data, examples, docs and translations.

/**
 * The last word of a settings file that is a template, committed so that each checkout fills in its own
 * copy: `.env.example`, `config.yml.sample`, `.env.dist`; and in the team's own language (1,753 repositories
 * of the index hold a `.env.exemplo`, 549 a `.env.ejemplo`): pt `exemplo`/`modelo`, es `ejemplo`/`plantilla`,
 * fr `exemple`, it `esempio`, de `beispiel`/`vorlage`.
 */
export const EXAMPLE_SUFFIXES = [
  'example', 'sample', 'dist', 'template', 'tmpl', 'exemplo', 'modelo', 'ejemplo', 'plantilla', 'exemple', 'esempio', 'beispiel', 'vorlage',
] as const;

/** Folder names, lowercase. A file under any of them has that scope. */
export const SCOPE_FOLDERS = {
  fixture: [
    'fixtures', 'fixture', '__fixtures__', 'testdata', 'test-data', 'test_data', '__mocks__', 'mocks', 'mock',
    'populate', // a seed command's package: Go's cmd/populate/ beside cmd/seed/
    'seeds', 'seed', 'seeders', 'seeder', 'seed-data', 'seed_data', 'cassettes', 'vcr_cassettes', '__snapshots__',
    'stubs', 'dummy', 'datafixtures', // Doctrine's src/DataFixtures
    'fakes', 'fake', // test doubles: OpenStack's and counterfeiter's fakes/, client-go's kubernetes/fake/
    // Canned records a front end or a test renders instead of the API's: src/mockData/, mock-data/, sample_data/.
    'mockdata', 'mock-data', 'mock_data', 'fakedata', 'fake-data', 'fake_data', 'dummydata', 'dummy-data', 'dummy_data',
    'sampledata', 'sample-data', 'sample_data', 'demodata', 'demo-data', 'demo_data',
  ],
  test: [
    'test', 'tests', '__tests__', '__test__', 'spec', 'specs', '__specs__', 'e2e', 'cypress', 'playwright',
    'androidtest', 'integration-tests', 'integration_tests', 'integrationtest', 'unittest', 'unit-tests', 'unit_tests',
    'test-utils', 'test_utils', 'testutils', 'testhelpers', 'test-helpers', 'test_helpers', 'testing',
    '_test', '_tests', // DokuWiki's and its plugins' tests
    // Helpers only tests import: Go's internal/testutil/, a JVM test-support module, a test kit.
    'testutil', 'testhelper', 'testsupport', 'test-support', 'test_support', 'testkit',
    'molecule', // Ansible's Molecule scenarios: converge and verify playbooks run against throwaway hosts
    // Acceptance suites run against a live deployment: gophercloud's and Terraform providers' acceptance/.
    'acceptance', 'acceptance-tests', 'acceptance_tests',
    // Servers started for a test run (rclone's fstest/testserver/ with its init.d scripts and images).
    'testserver', 'testservers', 'test-server', 'test-servers',
  ],
  // And a generator's skeletons (express-generator's templates/, create-t3-app's template/): the app they
  // make declares its own dependencies and config, not the generator.
  example: [
    'examples', 'example', 'samples', 'sample', 'demo', 'demos', 'playground', 'quickstart', 'tutorial', 'tutorials',
    '_examples', '_example', // Go's: the go tool skips folders that start with `_` (go-chi's and gorilla's _examples/)
    'template', 'templates', 'skeleton', 'skeletons', 'boilerplate', 'scaffold', 'scaffolds', 'blueprints',
    // SimpleSAMLphp's config-templates/ (and its modules'): the files an admin copies into config/ and fills in.
    'config-templates', 'config-template', 'config_templates', 'config-dist',
  ],
  // Release notes too: Ansible collections' changelogs/ (changelog.yaml, fragments/) quote the examples they changed.
  docs: ['docs', 'doc', 'documentation', 'website', 'docusaurus', 'mkdocs', 'guides', 'changelogs'],
  // Not `messages` or `languages`: app code uses those names for queues and parsers.
  locale: ['i18n', 'l10n', 'locales', 'locale', 'lang', 'langs', 'translations', 'translation', 'intl'],
  // Other people's code copied in: Composer's and Go's vendor/, Rails' vendor/, a web app's public/vendor/ and
  // static/vendor/, Bower's folder, Python's vendored packages (pip/_vendor, botocore/vendored, gsutil's
  // gslib/vendored). Its names are the library's (and a minifier's), not this app's decisions.
  vendored: ['vendor', 'vendors', 'vendored', '_vendor', 'third_party', 'third-party', 'thirdparty', 'bower_components', 'jspm_packages', 'web_modules'],
  // An editor's snapshots of the project's files: VS Code's Local History extension keeps one per save under `.history/`
  // (`.history/app/db_20211130123847.py`). Neither the app nor its tests: committed all the same, so a value known by its
  // format is still an error there, and a guess from a name information (probe30c note 3).
  copy: ['.history'],
} as const;

/** File names (linear-time patterns) that give a scope wherever the file is. Case matters only for Java/Kotlin/PHP classes. */
export const SCOPE_FILES = {
  fixture: [
    /^seeds?\.(?:rb|rake|js|ts|mjs|cjs|py|php|go|sql)$/i, // db/seeds.rb, prisma/seed.ts
    /^seed[-_]\w+\.(?:rb|rake|js|ts|mjs|cjs|py|php|go|sql)$/i, // scripts/seed_demo.py, seed-users.ts
    // Scripts that fill a fresh database with demo accounts, named for it in every ecosystem: the Rails tutorial's
    // lib/tasks/sample_data.rake, `populate.rake`, a Django command `populate_demo.py`, `create_demo_users.py`,
    // FastAPI's `initial_data.py`, `populate-db.ts`, and a reset script that loads them again (`db-reset.js`).
    /^(?:(?:create|load|make|generate|insert|add)[-_])?(?:sample|demo|fake|dummy|initial)[-_](?:data|users?|accounts?|content|records)(?:[-_](?:loader|seeder|creator|generator))?\.(?:rb|rake|js|ts|mjs|cjs|py|php|go|sql)$/i,
    /^(?:pre)?populate(?:[-_]\w+)?\.(?:rb|rake|js|ts|mjs|cjs|py|php|go|sql)$/i,
    // Pyramid's cookiecutters: `scripts/initialize_db.py` (`initializedb.py` before 1.10) fills a fresh database with
    // the tutorial's sample pages and users (`setup_models`), run by hand as `initialize_<app>_db development.ini`.
    /^initiali[sz]e_?db\.py$/i,
    // A command named for loading demo records of any kind: Django's `load_demo_queue.py`, `make-fake-orders.ts`,
    // `generate_dummy_invoices.rb`. A verb first: `demo_mode.py` alone is the app's own feature.
    /^(?:create|load|make|generate|insert|add)[-_](?:sample|demo|fake|dummy)[-_]\w+\.(?:rb|rake|js|ts|mjs|cjs|py|php|go|sql)$/i,
    /^(?:(?:db|database)[-_]reset|reset[-_](?:db|database))\.(?:rb|rake|js|ts|mjs|cjs|py|php|go|sql)$/i,
    // A Rake file of demo-data tasks, named for them alone: lib/tasks/demo.rake (`rake demo:rides`), sample.rake, fake.rake.
    /^(?:demo|sample|fake|dummy)s?\.rake$/i,
    /\.seed\.(?:js|ts|mjs|cjs)$/i,
    /[a-z0-9]Seeder\.(?:php|java|kt|cs|[cm]?[jt]s)$/, // Laravel's DatabaseSeeder.php, a Spring DemoUserSeeder.java
    // The same in camel case: an artisan command `SeedDemoAccounts.php`, `seedDatabase.js`, a Spring runner
    // `SampleDataLoader.kt`, a component's `sampleData.ts`. Not `seedPhrase.ts`: a wallet's, not a database's.
    /^(?:[Ss]eed|[Pp]opulate)(?:[A-Z][a-z]+)*(?:Data|Users?|Accounts?|Database|Db|DB)\.(?:php|java|kt|cs|[cm]?[jt]s|py|rb|go)$/,
    /^(?:[Dd]emo|[Ss]ample|[Ff]ake|[Mm]ock|[Dd]ummy|Initial)Data(?:Loader|Seeder|Initializer|Creator|Generator)?\.(?:php|java|kt|cs|[cm]?[jt]sx?|go|py|rb)$/,
    // A console command that seeds, by the framework's naming: Yii's `commands/SeedController.php` (`./yii seed`),
    // a Symfony or Laravel `SeedDemoCommand.php`.
    /^Seed(?:[A-Z][a-z]+)*(?:Controller|Command)\.php$/,
    /^fixtures?\.\w+$/i,
    /\.fixtures?\.\w+$/i,
    /\.stories\.(?:[cm]?[jt]sx?|mdx|svelte|vue)$/i, // Storybook stories: sample props a component is rendered with
    // Test doubles named as such: OpenStack's `fakes.py` and `fake_keystoneclient.py`, `mock_server.js`, `stub_gateway.go`.
    /^(?:fake|mock|stub)s?(?:[-_]\w+)?\.(?:py|go|rb|php|[cm]?[jt]s)$/i,
  ],
  test: [
    /\.(?:test|spec|e2e-spec|e2e|cy|it)\.[cm]?[jt]sx?$/i, // Jest, Vitest, Mocha, Cypress, Nest
    /_tests?\.go$/i, // and a suite run as its own program: minio-go's functional_tests.go
    /^test_\w+\.py$/i, /_tests?\.py$/i, /^tests?\.py$/i, // Django's app/tests.py and settings/test.py
    /^conftest\.py$/i, /^test_settings\.py$/i,
    /_spec\.rb$/i, /_test\.rb$/i, /^(?:spec|rails|test)_helper\.rb$/i,
    /[a-z0-9](?:Test|Tests|IT|Spec)\.(?:java|kt|kts|groovy|scala)$/, // FooTest.java, FooIT.java, FooSpec.groovy
    /[a-z0-9]Test\.php$/, /\.test\.php$/i, /^phpunit\.xml(?:\.dist)?$/i, /^pest\.php$/i,
    /^(?:jest|vitest|playwright|cypress|karma|mocha)\.(?:setup|config)\.[cm]?[jt]s$/i, /^setuptests\.[jt]sx?$/i, /^\.mocharc\./i,
    // The env a test runner loads: `.env.test`, and the CI run's and the browser suites' own (Laravel apps' `.env.ci`,
    // `.env.cypress`, `.env.playwright`), which their workflow copies to `.env` before the tests.
    /^\.env\.(?:test|testing|e2e|ci|cypress|playwright|integration)(?:\.local)?$/i,
    /^\.env\.dusk(?:\.\w+)?$/i, // Laravel Dusk's `.env.dusk.{environment}`, swapped in for the browser tests
    /^cypress\.env\.json$/i, // what Cypress.env() reads in the specs
    /^application-(?:test|it)\.(?:ya?ml|properties)$/i, // Spring's test profile
    // A compose file named for a test run: `compose.test.yml`, Redash's `.ci/docker-compose.ci.yml` (its server's command
    // is `tests`) and `docker-compose.cypress.yml`, `docker-compose.e2e.yml`, `-integration`, `-testing`, `-test`.
    // Not `docker-compose.ci-build.yml` or a deploy's (`.production.yml`): only the whole name's last word.
    /^(?:docker-)?compose[.-](?:tests?|testing|e2e|ci|cypress|playwright|integration|it|acceptance)\.ya?ml$/i,
    /^(?:tox|pytest)\.ini$/i, // what tox and pytest read to run the tests (setenv, env)
    /^testing\.py$/i, // a package's test helpers (pyramid.testing's DummyRequest and DummySession), a Flask app's testing config
    // A settings module named for the test run: NetBox's `configuration_testing.py`, `settings_testing.py`,
    // `config.testing.js`, `test-config.yml` (`settings_test.py` and `config.test.js` are matched above).
    /^(?:(?:config|configuration|settings|conf)[-_.]testing|(?:tests?|testing)[-_.](?:config|configuration|settings|conf))\.(?:py|rb|php|[cm]?[jt]s|json5?|ya?ml|toml|ini|cfg|conf|properties)$/i,
    /^ci\.rake$/i, // Rails apps' CI tasks (Redmine's lib/tasks/ci.rake: the CI database's config and build steps)
    /^noxfile\.py$/i, // nox's sessions set the env the test run gets (session.env)
    /^test(?:ing)?\.ini$/i, // Pyramid's and Pylons' testing.ini beside development.ini and production.ini
    /^wp-tests-config(?:-sample)?\.php$/i, // the WordPress PHPUnit suite's database config (it drops every table)
    // Shell scripts that run a suite or probe a test server: `test-auth-negative.sh`, `e2e_login.sh`, `smoke-test.sh`.
    /^(?:test|tests|e2e)[-_][\w.-]+\.(?:sh|bash|zsh)$/i, /[-_]tests?\.(?:sh|bash|zsh)$/i,
    /^logback-test\.(?:xml|groovy)$/i, /^log4j2?-test\.(?:xml|json|ya?ml|properties)$/i, // what Logback and Log4j load first in tests
  ],
  example: [
    // .env.example, config.yml.sample, .env.dist, .env.exemplo: EXAMPLE_SUFFIXES (test/unit/scope.test.ts holds the two together).
    /\.(?:example|sample|dist|template|tmpl|exemplo|modelo|ejemplo|plantilla|exemple|esempio|beispiel|vorlage)$/i,
    /\.(?:example|sample|template|exemplo|ejemplo|exemple|esempio|beispiel)\.\w+$/i, // config.example.json, config.exemplo.php
    /\.dist\.(?:php|ini|ya?ml|json|xml|conf|cfg|toml|properties)$/i, // phpIPAM's config.dist.php (not a bundle's app.dist.js)
    /^example[-_.]/, // example-config.yml (lowercase: `Example.tsx` is a component named so, not an example)
    // MeshCentral's sample-config-advanced.json, sample.env, sample_settings.py: a settings file named a sample. Not
    // code that samples (`sample_rate.go`, `sample-size.ts`): only settings' extensions, or a settings word in the name.
    /^sample(?:[-_.][\w.-]*)?\.(?:json|jsonc|ya?ml|toml|ini|cfg|conf|env|properties|xml)$/i,
    /^sample[-_.][\w.-]*(?:config|settings)[\w.-]*\.(?:py|[cm]?[jt]s|rb|php)$/i,
    /[a-z0-9][-_](?:sample|example)\.\w+$/i, // wp-config-sample.php, local_settings_example.py
    /^__[a-z@]+__(?:\.[\w-]+)+\.[cm]?[jt]sx?$/, // a schematic's file: __name__.controller.ts (not Python's __init__.py)
  ],
  docs: [/\.(?:md|mdx|markdown|rst|adoc)$/i],
  locale: [
    /\.(?:po|pot|xliff|xlf|arb|ftl)$/i, // gettext, XLIFF, Flutter, Fluent
    /[a-z0-9]_lang\.php$/i, // CodeIgniter's application/language/<language>/auth_lang.php
    /^messages(?:_[a-z]{2}(?:_[a-z]{2})?)?\.properties$/i, // Java resource bundles
    // Any bundle's translations, by the locale after its base name: Tomcat's LocalStrings_ja.properties, Messages_zh_CN, Bundle_sr_Latn.
    // Two letters (three only before a country): `config_dev.properties` names an environment, as `_qa`, `_ci` do.
    /^[A-Za-z]\w*_(?:(?!qa|ci|pr|ut|db|ui)[a-z]{2}|[a-z]{3}(?=_))(?:_[A-Z]{2}|_[A-Z][a-z]{3})?\.properties$/,
    /^strings\.xml$/i, /^localizable\.strings$/i,
  ],
  // Minified scripts: a library's build (jquery-3.7.1.min.js, chart.umd.min.js), whose names a minifier chose.
  // Minified scripts, and a bundler's chunks named by a hex content hash of 8 digits or more
  // (`chunk.524.9c2366b9ec011d.js`, `main.3f2a9c1b.js`), a name no hand-written module has.
  vendored: [/[.-]min\.[cm]?js$/i, /[.-][0-9a-f]{8,}\.[cm]?js$/],
  copy: [],
} as const;

/** Some paths only mean a scope together: Rails and Laravel test environments, Go's testdata, Yii's message catalogues. */
export const SCOPE_PATHS: readonly { scope: 'test' | 'fixture' | 'locale'; pattern: RegExp }[] = [
  // Yii's `messages/<language>/<category>.php` (`messages/fr/app.php`, `messages/pt-BR/app.php`): `messages`
  // alone names queues too, so only with a language folder under it.
  { scope: 'locale', pattern: /(?:^|\/)messages\/[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\/[^/]+\.php$/ },
  // NodeBB's `public/language/<language>/<namespace>.json`: `language` alone names parsers too.
  { scope: 'locale', pattern: /(?:^|\/)languages?\/[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?\/[^/]+\.(?:json|ya?ml|php|js)$/ },
  { scope: 'test', pattern: /(?:^|\/)config\/environments\/test\.rb$/i },
  // Yii2's test-run configs, merged only by the Codeception suite: `common/config/test.php`, `test-local.php`,
  // `codeception-local.php` (a `test.php` elsewhere, a web root's scratch page, is the app's).
  { scope: 'test', pattern: /(?:^|\/)config\/(?:test|codeception)(?:-local)?\.php$/i },
  // A test bed's folder: `tools/oidc-test-env/` (an identity provider stood up for the suite), `test_environment/`.
  { scope: 'test', pattern: /(?:^|\/)(?:[\w.]+[-_])?test[-_]?env(?:ironment)?s?\//i },
  { scope: 'test', pattern: /(?:^|\/)src\/(?:test|it|integrationtest|androidtest|testfixtures)\//i },
  // Gradle source sets are camelCase: src/functionalTest/, src/e2eTest/, src/integrationTestKotlin/.
  { scope: 'test', pattern: /(?:^|\/)src\/(?:[a-z0-9]+Test|integration[A-Z]\w*)\// },
  // Cucumber's step definitions and support (Ruby, cucumber-js), behave's steps/ and environment.py, Behat's bootstrap/.
  // Not a front end's feature folders (`src/features/support/` is a customer-support feature in a Redux layout).
  { scope: 'test', pattern: /(?:^|\/)(?<!(?:^|\/)(?:src|app|lib|client|web|frontend)\/)features\/(?:step_definitions|steps|support|bootstrap)\/(?:[^/]+\/)*[^/]+\.(?:rb|py|php|[cm]?[jt]s)$/i },
  { scope: 'test', pattern: /(?:^|\/)features\/environment\.py$/i },
  // .NET test projects are folders named for the project they test: `ClaimsPortal.Tests/`, `Fleet.Api.IntegrationTests/`,
  // `Orders.UnitTests/`, `Shop.Specs/` (PascalCase, as `dotnet new xunit` names them; not `latest.tests/`).
  { scope: 'test', pattern: /(?:^|\/)[\w.]+\.(?:Tests?|UnitTests?|IntegrationTests?|FunctionalTests?|AcceptanceTests?|E2ETests?|Specs)\// },
  // Maven's extra test source roots (build-helper's add-test-source): src/integration-test/java/, src/it-test/.
  { scope: 'test', pattern: /(?:^|\/)src\/(?:integration|functional|acceptance|system|component|e2e)[-_]tests?\//i },
  // Go's test-helper packages are named `<package>test` (net/http/httptest, slack-go's slacktest, iotest):
  // fakes and servers for other packages' tests, never built into the app.
  // Not the words that end so: latest/, contest/, attest/, protest/, detest/.
  { scope: 'test', pattern: /(?:^|\/)(?!(?:la|con|at|pro|de)test\/)[a-z][a-z0-9]*test\/[^/]+\.go$/ },
  { scope: 'test', pattern: /(?:^|\/)config\/packages\/test\/[^/]+\.(?:ya?ml|php|xml)$/i }, // Symfony < 5.3 per-environment config
  // node-config's NODE_ENV=test file, and the environments a suite names for its kind of test (`e2e`, `e2e_test`, `integration-test`).
  { scope: 'test', pattern: /(?:^|\/)config\/(?:(?:[a-z0-9]+[-_])?(?:test|testing)|e2e)\.(?:json5?|[cm]?js|ts|ya?ml)$/i },
  // MEAN.js's and NodeGoat's `config/env/test.js` (and NodeGoat's `e2e_test.js`), the same per-environment file one folder down.
  { scope: 'test', pattern: /(?:^|\/)config\/(?:env|envs|environments)\/(?:(?:[a-z0-9]+[-_])?(?:test|testing)|e2e)\.(?:json5?|[cm]?[jt]s|ya?ml|php|py)$/i },
  // Egg's and Midway's per-environment config: the `unittest` environment is the one their test runner starts.
  { scope: 'test', pattern: /(?:^|\/)config\/config\.unittest\.[cm]?[jt]s$/i },
  { scope: 'fixture', pattern: /(?:^|\/)(?:db|database|prisma)\/(?:seeds?|seeders|fixtures|factories)(?:\/|\.)/i },
  // TurboGears' `websetup/bootstrap.py`: what `gearbox setup-app` runs once to fill a new database with its first users.
  { scope: 'fixture', pattern: /(?:^|\/)websetup\/bootstrap\.py$/ },
  // Zenstruck Foundry's factories and stories, where `make:factory` and `make:story` put them in a Symfony app.
  { scope: 'fixture', pattern: /(?:^|\/)src\/(?:Factory\/[A-Z]\w*Factory|Story\/[A-Z]\w*Story)\.php$/ },
  // Records under a data/ folder (users.yml, products.json, countries.csv, dump.sql): datasets the
  // app loads or seeds, not its config. Code there (data/loader.ts) keeps its own scope. Not Hiera 5's
  // default hierarchy (`data/common.yaml`, `data/nodes/<certname>.yaml`): Puppet's config for every node.
  // Nor a config file kept in a data/ folder (zigbee2mqtt's and Home Assistant's `data/configuration.yaml`, `secrets.yaml`).
  { scope: 'fixture', pattern: /(?:^|\/)data\/(?!common\.yaml$|nodes\/[^/]+\.yaml$)(?:[^/]+\/)*(?!(?:config|configuration|settings|secrets?|credentials)\.)[^/]+\.(?:ya?ml|json|csv|sql)$/i },
];

/**
 * A Helm chart's templates (`charts/api/templates/deployment.yaml`, `chart/templates/`, `helm/api/templates/`,
 * `deploy/payments-chart/templates/`): the manifests the release deploys, so the app's own scope, not a
 * generator's skeleton as other `templates/` folders are.
 */
export const HELM_CHART_TEMPLATE = /(?:^|\/)(?:\.?helm|charts?|[\w.-]+[-_](?:chart|helm))\/(?:[^/]+\/)?templates\/(?:[^/]+\/)*[^/]+\.(?:ya?ml|tpl)$/i;

/**
 * Config files that only a developer's machine loads, by each framework's convention: the deployed
 * app never reads them, so rules about how it runs leave them alone (a file logger in
 * `config/environments/development.rb` is fine). Not a scope: a credential there is still committed,
 * and only a chosen word there (a local default, as a stock password is) is information.
 */
export const DEVELOPMENT_FILES: readonly RegExp[] = [
  /(?:^|\/)config\/environments\/development\.rb$/i, // Rails
  /(?:^|\/)lib\/tasks\/dev\.rake$/i, // Suspenders' `dev:prime`: sample data for a developer's database
  /(?:^|\/)development\.ini$/i, // Pyramid's and Pylons' development.ini
  // A browser-test runner's config (WebdriverIO, Protractor, Nightwatch, CodeceptJS, TestCafe), which developers and CI
  // load, never the deployed app. Not test scope: beside the test user's chosen password (information here) it holds
  // the cloud grid's issued access key (BrowserStack's, Sauce Labs'), which keeps its severity.
  /(?:^|\/)(?:wdio|protractor|nightwatch|codecept)(?:\.[\w-]+)?\.conf(?:ig)?\.[cm]?[jt]s$/i, /(?:^|\/)\.testcaferc\.(?:json|[cm]?js)$/i,
  /(?:^|\/)config\/(?:env|envs|environments)\/(?:development|dev|local)\.(?:json5?|[cm]?[jt]s|ya?ml)$/i, // MEAN.js, NodeGoat
  /(?:^|\/)settings\/(?:dev|development|local)\.py$/i, /(?:^|\/)(?:dev|development|local)_settings\.py$/i, // Django
  // Spring profiles, a per-concern one too (`application-jdbc-dev.properties`, which a `dev` profile group includes).
  /(?:^|\/)application-(?:[a-z0-9]+[-_])?(?:dev|development|local)\.(?:ya?ml|properties)$/i,
  /(?:^|\/)config\/packages\/dev\/[^/]+\.ya?ml$/i, // Symfony
  /(?:^|\/)config\/(?:development|dev|local)\.(?:[cm]?js|ts|json|ya?ml)$/i, // node-config
  // PHP apps that load `config/config.<APPLICATION_ENV>.php` (panique's MINI and HUGE) and CodeIgniter 3's environment
  // folders (`application/config/development/database.php`, read when ENVIRONMENT is development). Not Yii 2's
  // `environments/dev/`: `php init` copies it into whatever checkout asks for it, a server's included.
  /(?:^|\/)config\/config[.-](?:development|dev|local)\.php$/i, /(?:^|\/)config\/(?:development|dev|local)\/[^/]+\.php$/i,
  // Angular's and Nx's environment files: a production build replaces environment.ts with environment.prod.ts.
  /(?:^|\/)environments\/environment(?:\.(?:dev|development|local))?\.ts$/i,
  /(?:^|\/)config\/config\.local\.[cm]?[jt]s$/i, // Egg and Midway: only `egg-bin dev` / `midway-bin dev` load it
  // EasySwoole's `dev.php` beside `produce.php` (`php easyswoole server start` without `-mode=produce`), and GoFrame's
  // `hack/config.yaml`, which only its CLI reads (`gf gen dao` against a developer's database).
  /^dev\.php$/i, /(?:^|\/)hack\/config\.ya?ml$/i,
  /(?:^|\/)\.env\.(?:development|dev|local)(?:\.local)?$/i,
  // An env file named for development (`.docker/dev.env`, `env/local.env`), which a dev compose's `env_file:` reads (probe20).
  /(?:^|\/)(?:dev|development|local)\.env$/i,
  // A config file's development twin by the name-dot-environment convention of Go and JVM config loaders (Viper's,
  // Kratos', go-admin's `-c config/settings.dev.yml`, Micronaut's and Quarkus' own profiles aside): settings.dev.yml,
  // config.local.yaml, config-dev.toml, app.dev.json.
  /(?:^|\/)(?:settings|config|conf|app)[.-](?:dev|development|local)\.(?:ya?ml|toml|json)$/i,
  // foreman's development process file: Rails 7's `bin/dev` runs `foreman start -f Procfile.dev` (`web: bin/rails server -p 3000`);
  // Heroku's for Windows laptops, `heroku local web -f Procfile.windows` (gunicorn does not run there: `flask run`).
  /(?:^|\/)Procfile\.(?:dev|development|local|windows)$/i,
  // Configs of developer tools the deployed app never runs under: nodemon's watcher, VS Code's launch configurations.
  /(?:^|\/)nodemon\.json$/i, /(?:^|\/)\.vscode\/launch\.json$/i,
  // A dev container (`.devcontainer/docker-compose.yml`, `devcontainer.json`): the editor's development environment.
  /(?:^|\/)\.devcontainer\/[^/]+$/i,
  // The development image's files by folder: BookStack's `dev/docker/Dockerfile` and `entrypoint.app.sh` (its compose
  // file says "for development purposes only"), `docker/dev/`, `docker/development/`, `docker/local/`.
  /(?:^|\/)(?:dev|development)\/docker\//i, /(?:^|\/)docker\/(?:dev|development|local)\//i,
  // A deploy tool's local environment: helmfile's `environments/local/values.yaml`, kustomize's `overlays/local/`.
  /(?:^|\/)(?:environments?|envs?|overlays)\/local\/[^/]+$/i,
];

/**
 * Config that only production loads, by the same conventions: a stock password there (`password: root` in
 * `application-prod.yml`) guards a deployed database, not a developer's machine.
 */
export const PRODUCTION_FILES: readonly RegExp[] = [
  /(?:^|\/)config\/environments\/production\.rb$/i, // Rails
  /(?:^|\/)production\.ini$/i, // Pyramid
  /(?:^|\/)config\/(?:env|envs|environments)\/(?:production|prod)\.(?:json5?|[cm]?[jt]s|ya?ml)$/i,
  /(?:^|\/)settings\/(?:prod|production)\.py$/i, /(?:^|\/)(?:prod|production)_settings\.py$/i, // Django
  /(?:^|\/)application-(?:[a-z0-9]+[-_])?(?:prod|production)\.(?:ya?ml|properties)$/i, // Spring profiles, per concern too (`application-db_prod.yml`)
  /(?:^|\/)config\/packages\/prod\/[^/]+\.ya?ml$/i, // Symfony
  /(?:^|\/)config\/(?:production|prod)\.(?:[cm]?js|ts|json|ya?ml)$/i, // node-config
  /(?:^|\/)environments\/environment\.prod(?:uction)?\.ts$/i, // Angular
  /(?:^|\/)\.env\.(?:production|prod)$/i,
  /(?:^|\/)(?:settings|config|conf|app)[.-](?:prod|production)\.(?:ya?ml|toml|json)$/i, // the same convention's production twin
  // A stage folder named production under a folder of stages or deploy config: Yii2's `environments/prod/` (what `php init
  // --env=Production` copies into place), `config/prod/`, `deploy/production/`, kustomize's `k8s/overlays/prod/`, helmfile's
  // `envs/production/`. Only under such a parent: `app/models/production/` is a namespace, not a stage.
  /(?:^|\/)(?:environments?|envs?|config|conf|configs|deploy|deployment|deployments|overlays|stages?)\/(?:prod|production)\/(?:[^/]+\/)*[^/]+$/i,
];
