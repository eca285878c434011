// The node layer's reading of declared dependencies: package.json chains and workspaces,
// tsconfig aliases, Python manifests of every kind, system packages from Dockerfile and Aptfile.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { aliasPrefix, composeStartedScripts, DependencyFacts, installedPackages, procfileStartedScripts, pythonDistributionsIn, readsDependencies, startedScripts } from '../../server/src/dependencyFacts';
import { runsPackageStart } from '../../server/src/engine/rules/runtime-build-step/dev-servers';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tfl-deps-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('declared dependencies', () => {
  it('unions the package.json files up to the root, with workspace package names and tsconfig aliases', async () => {
    const root = tree({
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'], devDependencies: { typescript: '5' } }),
      'packages/api/package.json': JSON.stringify({ name: '@shop/api', dependencies: { express: '4' }, peerDependencies: { pg: '8' } }),
      'packages/api/tsconfig.json': '{ // comments allowed\n "compilerOptions": { "baseUrl": "src", "paths": { "@lib/*": ["lib/*"] } } }',
      'packages/api/src/routes/index.ts': '',
      'packages/api/src/models.ts': '',
      'packages/web/package.json': JSON.stringify({ name: '@shop/web', engines: { vscode: '^1.90.0' } }),
    });
    const facts = await new DependencyFacts().forFile(join(root, 'packages/api/src/server.ts'), root, root);
    assert.equal(facts.npm?.manifest, 'packages/api/package.json');
    assert.deepEqual([...facts.npm!.packages].sort(), ['@shop/api', '@shop/web', 'express', 'mono', 'pg', 'typescript']);
    assert.deepEqual([...facts.npm!.localPrefixes].sort(), ['@lib', 'models', 'routes']);
    assert.equal(facts.python, undefined, 'no Python manifest: nothing known');
  });

  it("reads babel-plugin-module-resolver's aliases, in a JS or a JSON Babel config, as the app's own prefixes", async () => {
    const root = tree({
      'package.json': JSON.stringify({ name: 'gobarber', dependencies: { express: '4' }, devDependencies: { 'babel-plugin-module-resolver': '5' } }),
      'babel.config.js': "module.exports = {\n  presets: [['@babel/preset-env', { targets: { node: 'current' } }]],\n  plugins: [\n    ['module-resolver', {\n      alias: {\n        '@modules': './src/modules',\n        \"@config\": './src/config',\n        '@shared/*': './src/shared/*',\n      },\n    }],\n  ],\n};\n",
      'api/.babelrc': '{ "plugins": [["module-resolver", { "root": ["./src"], "alias": { "~utils": "./src/utils", "^@app/(.*)$": "./src/\\\\1" } }]] }',
      'api/package.json': JSON.stringify({ name: 'api' }),
    });
    const facts = await new DependencyFacts().forFile(join(root, 'src/server.ts'), root, root);
    assert.deepEqual([...facts.npm!.localPrefixes].sort(), ['@config', '@modules', '@shared']);
    const api = await new DependencyFacts().forFile(join(root, 'api/src/index.js'), root, root);
    assert.ok(['~utils', '@app'].every((prefix) => api.npm!.localPrefixes.includes(prefix)), [...api.npm!.localPrefixes].join());
  });

  it("reads the bundlers', Jest's and module-alias's aliases as the app's own prefixes, and no pattern on file types", async () => {
    const root = tree({
      'package.json': JSON.stringify({ name: 'shop', dependencies: { 'module-alias': '2' }, _moduleAliases: { '@root': '.', '@models': 'src/models' }, jest: { moduleNameMapper: { '^@fixtures/(.*)$': '<rootDir>/test/fixtures/$1' } } }),
      'webpack.config.js': "module.exports = { target: 'node', resolve: { alias: { '@common': path.resolve(__dirname, 'src/common'), Users: path.resolve(__dirname, 'src/users/') } } };\n",
      'jest.config.ts': "export default { moduleNameMapper: { '^~test/(.*)$': '<rootDir>/test/$1', '\\\\.(css|less)$': 'identity-obj-proxy' } };\n",
      'web/package.json': JSON.stringify({ name: 'web' }),
      'web/vite.config.mts': "export default defineConfig({ resolve: { alias: [{ find: '@', replacement: src }, { find: 'stores', replacement: stores }] } });\n",
      'web/rollup.config.js': 'export default { input: "src/main.js" };\n',
    });
    const facts = await new DependencyFacts().forFile(join(root, 'src/server.js'), root, root);
    assert.deepEqual([...facts.npm!.localPrefixes].sort(), ['@common', '@fixtures', '@models', '@root', 'Users', '~test']);
    const web = await new DependencyFacts().forFile(join(root, 'web/src/main.js'), root, root);
    assert.ok(['@', 'stores'].every((prefix) => web.npm!.localPrefixes.includes(prefix)), [...web.npm!.localPrefixes].join());
  });

  it('turns an alias key into the prefix it maps, whatever its notation', () => {
    assert.equal(aliasPrefix('@shared/*'), '@shared');
    assert.equal(aliasPrefix('^@app/(.*)$'), '@app');
    assert.equal(aliasPrefix('^~/(.*)$'), '~');
    assert.equal(aliasPrefix('Utilities/'), 'Utilities');
    assert.equal(aliasPrefix('\\.(css|less)$'), undefined);
    assert.equal(aliasPrefix('^.+\\.svg$'), undefined);
  });

  it("stops at a generator's templated manifest: the package it makes declares its own dependencies", async () => {
    const root = tree({
      'package.json': JSON.stringify({ name: '@acme/create-app', dependencies: { handlebars: '4' } }),
      'templates/default-app/packages/app/package.json.hbs': '{ "name": "{{name}}", "dependencies": { "react": "18" } }',
      'templates/default-app/packages/app/src/App.tsx': '',
      'templates/plain/_package.json': '{}',
    });
    const inTemplate = await new DependencyFacts().forFile(join(root, 'templates/default-app/packages/app/src/App.tsx'), root, root);
    assert.equal(inTemplate.npm, undefined);
    const yeoman = await new DependencyFacts().forFile(join(root, 'templates/plain/index.js'), root, root);
    assert.equal(yeoman.npm, undefined);
    const generator = await new DependencyFacts().forFile(join(root, 'src/index.ts'), root, root);
    assert.equal(generator.npm?.manifest, 'package.json', "the generator's own code is judged against its manifest");
  });

  it("reads an example's imports against its own manifest only, not the generator's", async () => {
    const root = tree({
      'package.json': JSON.stringify({ name: 'create-acme-app', dependencies: { prompts: '2' } }),
      'dist/templates/app/js/app/page.js': '',
      'examples/blog/package.json': JSON.stringify({ name: 'blog', dependencies: { next: '15' } }),
      'examples/blog/pages/index.js': '',
      'examples/react/src/App.test.js': '',
    });
    const testInExample = await new DependencyFacts().forFile(join(root, 'examples/react/src/App.test.js'), root, root);
    assert.equal(testInExample.npm, undefined, 'a test inside an example is in the example');
    const template = await new DependencyFacts().forFile(join(root, 'dist/templates/app/js/app/page.js'), root, root);
    assert.equal(template.npm, undefined, "the generator's manifest does not speak for its template");
    const example = await new DependencyFacts().forFile(join(root, 'examples/blog/pages/index.js'), root, root);
    assert.equal(example.npm?.manifest, 'examples/blog/package.json');
    const own = await new DependencyFacts().forFile(join(root, 'src/index.js'), root, root);
    assert.equal(own.npm?.manifest, 'package.json');
  });

  it("takes a framework's module aliases from its package (Docusaurus' @theme, @site)", async () => {
    const root = tree({ 'package.json': JSON.stringify({ name: 'docs', dependencies: { '@docusaurus/core': '3', react: '18' } }) });
    const facts = await new DependencyFacts().forFile(join(root, 'src/components/Example.jsx'), root, root);
    assert.deepEqual([...facts.npm!.localPrefixes].sort(), ['@generated', '@site', '@theme', '@theme-init', '@theme-original']);
  });

  it('reads requirements files (includes, extras, markers, eggs), pyproject, setup.cfg and Pipfile', () => {
    assert.deepEqual(
      pythonDistributionsIn('requirements.txt', '# web\nFlask[async]>=2.0 ; python_version > "3.8"\n-r base.txt\n-e git+https://example.invalid/x.git#egg=shop-core\npsycopg2-binary==2.9\n'),
      ['Flask', 'async', 'shop-core', 'psycopg2-binary'],
    );
    assert.deepEqual(
      pythonDistributionsIn('requirements.txt', 'connexion[flask, swagger-ui]>=3\ncelery[redis]\n'),
      ['connexion', 'flask', 'swagger-ui', 'celery', 'redis'],
      'an extra named after a distribution installs it',
    );
    assert.deepEqual(
      pythonDistributionsIn(
        'requirements.txt',
        'https://files.example.invalid/wheels/opencv_python_headless-4.9.0.80-cp37-abi3-manylinux_2_17_x86_64.whl\n./wheels/numpy-1.26.4-cp311-cp311-linux_x86_64.whl\n' +
          'vendor/django-environ-0.11.2.tar.gz#sha256=0a1b\n-e ../billing-common[pdf]\n--editable=./libs/acme_auth\n-e .\n-r ../common/requirements.txt\n-e git+https://example.invalid/tools.git\n',
      ),
      ['opencv_python_headless', 'numpy', 'django-environ', 'billing-common', 'acme_auth'],
      "a wheel or an sdist by path or URL declares the distribution its file name names; a local folder, the folder's",
    );
    const pyproject = '[project]\ndependencies = ["requests>=2", "PyYAML"]\n[project.optional-dependencies]\ndev = ["pytest"]\n[tool.poetry.dependencies]\npython = "^3.11"\ncelery = "^5"\n[tool.poetry.group.test.dependencies]\nfactory-boy = "*"\n';
    assert.deepEqual(pythonDistributionsIn('pyproject.toml', pyproject).sort(), ['PyYAML', 'celery', 'factory-boy', 'pytest', 'requests']);
    assert.deepEqual(pythonDistributionsIn('setup.cfg', '[options]\ninstall_requires =\n    click>=8\n    rich\n'), ['click', 'rich']);
    assert.deepEqual(pythonDistributionsIn('Pipfile', '[packages]\ndjango = "*"\n[dev-packages]\nblack = "*"\n').sort(), ['black', 'django']);
    assert.deepEqual(pythonDistributionsIn('pyproject.toml', 'not = [toml'), [], 'a broken file declares nothing');
    const managers =
      '[tool.uv]\ndev-dependencies = ["pytest>=8"]\n[tool.rye]\ndev-dependencies = ["ruff"]\n[tool.pdm.dev-dependencies]\ntest = ["httpx"]\n' +
      '[tool.hatch.envs.default]\ndependencies = ["coverage[toml]"]\n[tool.hatch.envs.docs]\nextra-dependencies = ["mkdocs"]\n[tool.hatch.envs.prod]\ndetached = true\n';
    assert.deepEqual(
      pythonDistributionsIn('pyproject.toml', managers).sort(),
      ['coverage', 'httpx', 'mkdocs', 'pytest', 'ruff', 'toml'],
      "project managers' development requirements (uv, rye, PDM, hatch environments) are declared",
    );
  });

  it("reads the nearest composer.json's require (not require-dev, not a composer.json further up)", async () => {
    const root = tree({
      'composer.json': JSON.stringify({ require: { 'laravel/octane': '^2' } }),
      'app/composer.json': JSON.stringify({ require: { php: '^8.3', 'laravel/framework': '^11' }, 'require-dev': { 'phpunit/phpunit': '^11' } }),
    });
    const facts = await new DependencyFacts().forFile(join(root, 'app/Http/Controllers/SeatController.php'), root, root);
    assert.deepEqual(facts.composer, { manifest: 'app/composer.json', packages: ['php', 'laravel/framework'] });
    const none = await new DependencyFacts().forFile(join(tree({}), 'index.php'), root, root);
    assert.equal(none.composer, undefined, 'no composer.json: the runtime is unknown');
  });

  it('lists the scripts a Dockerfile starts, by base name, for the scripts below it', async () => {
    assert.deepEqual(startedScripts('FROM node:20\nENTRYPOINT ["./develop.sh"]\n'), ['develop.sh']);
    assert.deepEqual(startedScripts('CMD ["/app/docker/web.sh"]\nENTRYPOINT ["bash", "docker/app.sh"]\n'), ['web.sh', 'app.sh']);
    assert.deepEqual(startedScripts('RUN ./build.sh\nCMD gunicorn app:app\n'), [], 'a RUN step and a plain command start no script');
    const root = tree({ Dockerfile: 'FROM php:8.3-fpm\nENTRYPOINT ["bash", "docker/app.sh"]\n', 'docker/app.sh': 'php artisan migrate --force\nphp-fpm\n' });
    const facts = await new DependencyFacts().forFile(join(root, 'docker/app.sh'), root, root);
    assert.deepEqual(facts.containerScripts, ['app.sh']);
  });

  it('lists the Python scripts an image or a Procfile runs, and the scripts only a development image runs', async () => {
    assert.deepEqual(startedScripts('FROM python:3.12-slim\nENTRYPOINT ["python3", "entrypoint.py"]\n'), ['entrypoint.py']);
    assert.deepEqual(procfileStartedScripts('web: python run.py\nworker: python3 -m app.worker\n'), ['run.py'], '`-m` names a module, no script');
    const root = tree({
      Dockerfile: 'FROM php:8.3-cli\nCMD ["/app/docker-point.sh"]\n',
      'Dockerfile.dev': 'FROM php:8.3-cli\nCMD ["/app/dev-point.sh"]\n',
      'docker-point.sh': 'php artisan serve\n',
    });
    const facts = await new DependencyFacts().forFile(join(root, 'docker-point.sh'), root, root);
    assert.deepEqual([[...(facts.containerScripts ?? [])].sort(), facts.devImageScripts], [['dev-point.sh', 'docker-point.sh'], ['dev-point.sh']]);
  });

  it("lists the scripts a Procfile's processes run, not the release phase's, apart from an image's", async () => {
    assert.deepEqual(
      procfileStartedScripts('release: bash scripts/release.sh\nweb: bash Procfile.sh\nworker: ./bin/worker\nclock: sh scripts/clock.sh --tz UTC\nbeat: celery -A app beat\napi: bin/web --port $PORT\n'),
      // `bin/web` names a path as compose's `command: docker/startup.sh` does; `celery` is a command on the PATH.
      ['Procfile.sh', 'worker', 'clock.sh', 'web'],
    );
    const root = tree({ Procfile: 'web: bash Procfile.sh\n', 'Procfile.sh': 'python manage.py migrate\ngunicorn app.wsgi\n' });
    const facts = await new DependencyFacts().forFile(join(root, 'Procfile.sh'), root, root);
    assert.deepEqual([facts.procfileScripts, facts.containerScripts], [['Procfile.sh'], []]);
  });

  it('lists the scripts a compose service starts as its process (not a dev-only compose file, not a shell script given inline)', async () => {
    assert.deepEqual(
      composeStartedScripts('services:\n  app:\n    build: .\n    command: contrib/docker/startup.sh\n  worker:\n    entrypoint: ["/app/bin/worker.sh", "--queue", "mail"]\n  cron:\n    command: bash docker/cron.sh  # every minute\n  web:\n    command: sh -c "./manage.py migrate && gunicorn app.wsgi"\n  api:\n    command: gunicorn app.wsgi --config /etc/gunicorn.py\n'),
      ['startup.sh', 'worker.sh', 'cron.sh'],
    );
    const root = tree({
      'docker-compose.yml': 'services:\n  app:\n    build: .\n    command: docker/startup.sh\n',
      'docker-compose.override.yml': 'services:\n  app:\n    command: docker/dev.sh\n',
      'docker/startup.sh': 'php artisan config:cache\nphp-fpm\n',
      'docker/dev.sh': 'php artisan serve\n',
    });
    const facts = await new DependencyFacts().forFile(join(root, 'docker/startup.sh'), root, root);
    assert.deepEqual(facts.containerScripts, ['startup.sh']);
  });

  it("says which Dockerfile or Procfile beside a package.json runs its start script (the last CMD; not a Dockerfile.dev, not a folder above)", async () => {
    assert.equal(runsPackageStart('Dockerfile', 'FROM node:20\nCMD ["npm", "start"]\n'), true);
    assert.equal(runsPackageStart('Dockerfile', 'FROM node:20\nCMD yarn run start\n'), true);
    assert.equal(runsPackageStart('Dockerfile', 'FROM node:20 AS dev\nCMD ["npm", "start"]\nFROM node:20\nCMD ["node", "server.js"]\n'), false);
    assert.equal(runsPackageStart('Dockerfile', 'CMD ["npm", "run", "start:prod"]\n'), false);
    assert.equal(runsPackageStart('Procfile', 'release: npm run migrate\nweb: npm start\n'), true);
    const root = tree({ 'api/package.json': '{"scripts":{"start":"nodemon ."}}', 'api/Dockerfile': 'CMD ["npm", "start"]\n', 'web/package.json': '{}', 'web/Dockerfile.dev': 'CMD ["npm", "start"]\n', Procfile: 'web: npm start\n' });
    assert.equal((await new DependencyFacts().forFile(join(root, 'api/package.json'), root, root)).packageStartRunBy, 'api/Dockerfile');
    assert.equal((await new DependencyFacts().forFile(join(root, 'web/package.json'), root, root)).packageStartRunBy, undefined);
    assert.equal(readsDependencies('json', 'api/package.json'), true);
    assert.equal(readsDependencies('json', 'tsconfig.json'), false);
  });

  it("reads the artifacts of a JVM module's build and the builds above it (pom.xml, Gradle, the version catalog)", async () => {
    const root = tree({
      'pom.xml': '<project><modules><module>web</module></modules><dependencies><dependency><groupId>org.springframework.session</groupId><artifactId>spring-session-jdbc</artifactId></dependency></dependencies></project>',
      'web/pom.xml': '<project><dependencies><dependency><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>',
      'gym/build.gradle.kts': 'dependencies {\n  implementation("org.springframework.boot:spring-boot-starter-web")\n  implementation(libs.session.redis)\n}\n',
      'gym/gradle/libs.versions.toml': '[libraries]\nsession-redis = { module = "org.springframework.session:spring-session-data-redis" }\nhazel = { group = "com.hazelcast", name = "hazelcast", version = "5.3.6" }\n',
    });
    const web = await new DependencyFacts().forFile(join(root, 'web/src/main/java/a/LoginController.java'), root, root);
    assert.equal(web.jvm?.manifest, 'web/pom.xml');
    assert.deepEqual([...(web.jvm?.artifacts ?? [])].sort(), ['spring-boot-starter-web', 'spring-session-jdbc'], "the parent pom's dependencies count");
    const gym = await new DependencyFacts().forFile(join(root, 'gym/src/main/kotlin/a/MemberController.kt'), root, root);
    assert.deepEqual([...(gym.jvm?.artifacts ?? [])].filter((name) => name !== 'spring-session-jdbc').sort(), ['hazelcast', 'spring-boot-starter-web', 'spring-session-data-redis']);
    const none = await new DependencyFacts().forFile(join(tree({}), 'Main.java'), root, root);
    assert.equal(none.jvm, undefined, 'no build: unknown');
  });

  it('gives Python files their nearest manifest and the project\'s own modules', async () => {
    const root = tree({
      'requirements.txt': 'flask\n',
      'requirements/dev.txt': 'pytest\n',
      'shop/__init__.py': '',
      'manage.py': '',
    });
    const facts = await new DependencyFacts().forFile(join(root, 'shop/views.py'), root, root);
    assert.equal(facts.python?.manifest, 'requirements.txt');
    assert.deepEqual([...facts.python!.distributions].sort(), ['flask', 'pytest']);
    assert.ok(facts.python!.localModules.includes('shop') && facts.python!.localModules.includes('manage'));
  });

  it('takes system packages from Dockerfile installs and an Aptfile', async () => {
    assert.deepEqual(installedPackages('FROM node:20\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n    imagemagick ghostscript=9.5 && rm -rf /var/lib/apt/lists/*\nRUN apk add --no-cache ffmpeg\n'), ['imagemagick', 'ghostscript', 'ffmpeg']);
    const root = tree({ 'Aptfile': 'pdftk\n# comment\n', 'package.json': '{}' });
    const facts = await new DependencyFacts().forFile(join(root, 'index.js'), root, root);
    assert.deepEqual(facts.systemPackages, ['pdftk']);
  });

  it('reads nothing above the root and follows no link', async () => {
    const outside = tree({ 'package.json': JSON.stringify({ dependencies: { leaked: '1' } }) });
    const root = tree({ 'app/index.js': '' });
    symlinkSync(join(outside, 'package.json'), join(root, 'app', 'package.json'));
    const facts = await new DependencyFacts().forFile(join(root, 'app/index.js'), join(root, 'app'), root);
    assert.equal(facts.npm, undefined, 'a symlinked package.json is not read');
  });
});
