// Each example names where the manifest sits in its repository (`repositoryPath`), as the node layer
// does from the nearest `.git`; without it only an absolute path can be judged.
import { at } from './example-place';
import type { Examples, InvalidExample, ValidExample } from '../../rule';


const pkg = (body: string): string => `{\n  "name": "storefront",\n  "private": true,\n${body}\n}\n`;

const valid: ValidExample[] = [
  {
    name: 'registry ranges, tags, npm aliases, git and GitHub specs pinned to a tag, tarball URLs: no folder',
    ...at('package.json'),
    code: pkg(
      '  "dependencies": {\n    "react": "^18.2.0",\n    "date-utils": "github:acme/date-utils#v1.2.0",\n' +
        '    "left-pad": "git+https://github.com/acme/left-pad.git#v1.3.1",\n    "reports": "npm:@acme-public/reports@^2",\n' +
        '    "billing-sdk": "https://registry.example.com/billing-sdk-3.1.0.tgz",\n    "next": "latest"\n  }',
    ),
  },
  {
    name: 'a monorepo: workspace protocol, and file:/link: paths that stay inside the repository',
    ...at('apps/web/package.json'),
    code: pkg(
      '  "dependencies": {\n    "@fleet/ui": "workspace:*",\n    "@fleet/config": "file:../../packages/config",\n' +
        '    "fleet-mocks": "link:../../packages/mocks",\n    "shared": "../../libs/shared"\n  }',
    ),
  },
  {
    name: 'workspaces globs below the root, and a tarball committed inside the repository',
    ...at('package.json'),
    code: pkg('  "workspaces": ["apps/*", "packages/**", "!packages/legacy"],\n  "dependencies": { "metrics": "file:vendor/metrics-1.0.4.tgz" }'),
  },
  {
    name: "Phoenix's assets/package.json takes its JS from the app's own deps/ folder: inside the repository",
    ...at('assets/package.json'),
    code: pkg('  "dependencies": {\n    "phoenix": "file:../deps/phoenix",\n    "phoenix_html": "file:../deps/phoenix_html"\n  }'),
  },
  {
    name: 'an example app that installs the package it documents from the repository root',
    ...at('examples/embed/package.json'),
    code: pkg('  "dependencies": { "storefront": "file:../.." }'),
  },
  {
    name: 'a test fixture manifest pointing anywhere is not how this app is built (fixture scope)',
    ...at('test/fixtures/legacy-app/package.json'),
    code: pkg('  "dependencies": { "old-widgets": "file:../../../../old-widgets" }'),
  },
  {
    name: "where the manifest sits in its repository is unknown: a relative path cannot be judged",
    path: 'package.json',
    code: pkg('  "dependencies": { "ui-kit": "file:../ui-kit" }'),
  },
  {
    name: 'a path built from a variable the engine cannot resolve',
    ...at('package.json'),
    code: pkg('  "dependencies": { "ui-kit": "file:$HOME_SRC/ui-kit" }'),
  },
  {
    name: 'fields that are not dependency specs: a bin, a main, scripts that cd ..',
    ...at('package.json'),
    code: pkg('  "main": "../dist/index.js",\n  "bin": { "shop": "../bin/shop.js" },\n  "scripts": { "build": "cd .. && make" }'),
  },
  {
    name: "a library installed under Composer's vendor/ keeps its author's manifest: vendored code, not this app's",
    ...at('vendor/acme/billing/composer.json'),
    code: '{\n  "repositories": [{ "type": "path", "url": "../../../../billing-core" }]\n}\n',
  },
  {
    name: 'Composer: vcs and composer repositories, and a path repository inside the repository',
    ...at('plugins/reporting/composer.json'),
    code:
      '{\n  "repositories": [\n    { "type": "path", "url": "../../packages/utils" },\n    { "type": "path", "url": "packages/*" },\n' +
      '    { "type": "vcs", "url": "https://github.com/acme/shop-theme" },\n    { "type": "composer", "url": "https://repo.packagist.com/acme/" }\n  ]\n}\n',
  },
  {
    name: 'Poetry and uv: git sources pinned to a tag, workspace members, paths inside the repository',
    ...at('services/ingest/pyproject.toml'),
    code:
      '[tool.poetry.dependencies]\npython = "^3.11"\nacme-models = { path = "libs/acme-models" }\n' +
      'acme-client = { git = "https://github.com/acme/acme-client.git", tag = "v2.1.0" }\n\n' +
      '[tool.uv.sources]\ningest-core = { path = "../../libs/ingest-core", editable = true }\ntelemetry = { workspace = true }\n\n' +
      '[tool.uv.workspace]\nmembers = ["../../libs/*"]\n',
  },
  {
    name: 'PEP 508 references: git and https URLs, and PDM project-relative paths inside the repository',
    ...at('services/reports/pyproject.toml'),
    code:
      '[project]\ndependencies = [\n  "schemas @ git+https://github.com/acme/schemas.git@v3.0.1",\n' +
      '  "ingest-core @ file:///${PROJECT_ROOT}/../../libs/ingest-core",\n  "scoring-utils @ {root:uri}/../../libs/scoring-utils",\n  "jinja2>=3.1",\n]\n',
  },
  {
    name: 'Pipfile: the project itself, a vendored folder, a git source',
    ...at('Pipfile'),
    code:
      '[packages]\nworker = {path = ".", editable = true}\nourlib = {path = "./vendor/ourlib"}\n' +
      'pdf-render = {git = "https://github.com/acme/pdf-render.git", ref = "v0.4.2"}\n\n[scripts]\nserve = "python -m worker ../x"\n',
  },
  {
    name: 'pnpm workspace: package globs inside the repository, a negated glob, catalog entries and registry overrides',
    ...at('pnpm-workspace.yaml'),
    code: "packages:\n  - 'apps/*'\n  - packages/*\n  - '!**/test/**'\ncatalog:\n  react: ^18.3.1\noverrides:\n  semver@<7.5.2: ^7.5.2\n  foo: link:./patches/foo\n",
  },
  {
    name: 'a YAML file that is not pnpm-workspace.yaml',
    ...at('config/packages.yaml'),
    code: 'packages:\n  - ../shared\n',
  },
  {
    name: 'lerna.json: package globs inside the repository',
    ...at('lerna.json'),
    code: '{\n  "version": "independent",\n  "packages": ["packages/*", "tools/eslint-config"]\n}\n',
  },
  {
    name: 'a TOML file that is not a dependency manifest',
    ...at('config.toml'),
    code: '[tool.poetry.dependencies]\nacme-auth = { path = "../acme-auth" }\n',
  },
];

const invalid: InvalidExample[] = [
  {
    name: 'file:, link:, portal: and bare paths that climb above the repository root',
    ...at('package.json'),
    code: pkg(
      '  "dependencies": {\n    "@acme/ui-kit": ⟦"file:../acme-ui-kit"⟧,\n    "shared-types": ⟦"link:../../platform/shared-types"⟧,\n' +
        '    "maps": ⟦"portal:../yarn-plugin-maps"⟧,\n    "react": "^18.2.0"\n  },\n  "optionalDependencies": { "image-tools": ⟦"../image-tools"⟧ }',
    ),
    messageIncludes: ['Factor I', 'outside this repository', 'versioned package'],
    severity: 'warning',
  },
  {
    name: 'an absolute path leaves the repository and the machine, wherever the manifest is',
    path: 'package.json',
    code: pkg('  "devDependencies": { "eslint-config-acme": ⟦"file:/home/dev/src/eslint-config-acme"⟧, "w": ⟦"C:\\\\src\\\\w"⟧ }'),
    messageIncludes: ['absolute path'],
  },
  {
    name: 'a monorepo app reaching past the monorepo root',
    ...at('apps/web/package.json'),
    code: pkg('  "dependencies": {\n    "@fleet/config": "file:../../packages/config",\n    "legacy-auth": ⟦"file:../../../legacy-auth"⟧\n  }'),
  },
  {
    name: 'a workspace outside the root, yarn resolutions, npm overrides (nested) and pnpm overrides',
    ...at('package.json'),
    code: pkg(
      '  "workspaces": { "packages": ["apps/*", ⟦"../design-tokens"⟧, ⟦"../shared/*"⟧] },\n  "resolutions": { "react-native-svg": ⟦"link:../forks/svg"⟧ },\n' +
        '  "overrides": { "chart-lib": { "d3-shape": ⟦"file:../d3-shape-fork"⟧ } },\n  "pnpm": { "overrides": { "axios": ⟦"link:../axios-patched"⟧ } }',
    ),
  },
  {
    name: 'a package.json in an example app is reported as information',
    ...at('examples/embed/package.json'),
    code: pkg('  "dependencies": { "ui-kit": ⟦"file:../../../ui-kit"⟧ }'),
    severity: 'info',
  },
  {
    name: 'Composer path and artifact repositories outside the repository, as a list and as an object',
    ...at('composer.json'),
    code:
      '{\n  "repositories": [\n    { "type": "path", "url": ⟦"../shop-billing"⟧, "options": { "symlink": true } },\n' +
      '    { "type": "artifact", "url": ⟦"/var/composer/artifacts"⟧ }\n  ]\n}\n',
    messageIncludes: ['Composer'],
  },
  {
    name: 'Composer repositories keyed by name',
    ...at('api/composer.json'),
    code: '{\n  "repositories": {\n    "order-domain": { "type": "path", "url": ⟦"../../order-domain"⟧ }\n  }\n}\n',
  },
  {
    name: 'Poetry path dependencies (main and group) outside the repository',
    ...at('pyproject.toml'),
    code:
      '[tool.poetry.dependencies]\npython = "^3.11"\nacme-auth = { path = ⟦"../acme-auth"⟧, develop = true }\n' +
      'claims-rules = { path = ⟦"/srv/shared/claims-rules"⟧ }\n\n[tool.poetry.group.dev.dependencies]\nacme-testkit = { path = ⟦\'../shared/testkit\'⟧ }\n\n' +
      '[tool.poetry.dev-dependencies.legacy-kit]\npath = ⟦"../legacy-kit"⟧\n',
    messageIncludes: ['Poetry'],
  },
  {
    name: 'uv sources, PEP 508 file references, PEP 735 groups and PDM editable paths outside the repository',
    ...at('services/ingest/pyproject.toml'),
    code:
      '[project]\ndependencies = [\n  ⟦"parquet-tools @ file:///opt/wheels/parquet_tools-0.9.0-py3-none-any.whl"⟧,\n' +
      '  ⟦"chart-kit[svg] @ file:///${PROJECT_ROOT}/../../../chart-kit ; python_version >= \'3.11\'"⟧,\n]\n\n' +
      '[dependency-groups]\ndev = [⟦"fixtures @ file:../../../fixtures"⟧]\n\n' +
      '[tool.pdm.dev-dependencies]\ntest = [⟦"-e file:///${PROJECT_ROOT}/../../../report-fixtures#egg=report-fixtures"⟧]\n\n' +
      '[tool.uv.sources]\nvendor-sdk = { path = ⟦"../../../vendor-sdk"⟧, editable = true }\n',
  },
  {
    name: "Hatch's project-relative references: {root:uri} and {root:parent:uri}, in the project and in a Hatch environment",
    ...at('pyproject.toml'),
    code:
      '[project]\ndependencies = [⟦"feature-store @ {root:uri}/../feature-store"⟧, ⟦"registry @ {root:parent:uri}/model-registry"⟧]\n\n' +
      '[tool.hatch.envs.default]\ndependencies = ["pytest", ⟦"ml-fixtures @ {root:uri}/../ml-fixtures"⟧]\n',
    messageIncludes: ['outside this repository'],
  },
  {
    name: 'pnpm workspace: package folders outside the repository (quoted or plain), and an override linking a folder outside',
    ...at('pnpm-workspace.yaml'),
    code: "packages:\n  - 'apps/*'\n  - ⟦'../design-tokens'⟧\n  - ⟦../acme-shared/packages/*⟧\noverrides:\n  axios: ⟦link:../axios-patched⟧\n",
    messageIncludes: ['pnpm'],
  },
  {
    name: 'lerna.json: package folders outside the repository',
    ...at('lerna.json'),
    code: '{\n  "version": "independent",\n  "packages": ["packages/*", ⟦"../widgets-charts"⟧, ⟦"../../acme-shared/widgets/*"⟧]\n}\n',
    messageIncludes: ['Lerna'],
  },
  {
    name: 'Pipfile path dependencies in any package category',
    ...at('worker/Pipfile'),
    code:
      '[packages]\nworker-common = {path = ⟦"../../worker-common"⟧, editable = true}\n\n' +
      '[dev-packages]\nops-fixtures = {path = ⟦"/opt/ops/fixtures-pkg"⟧}\n\n[docs]\nsphinx-theme = {path = ⟦"../../sphinx-theme"⟧}\n',
    messageIncludes: ['Pipfile'],
  },
];

/** pyproject.toml and Pipfile are read as TOML, pnpm-workspace.yaml as YAML; package.json, composer.json and lerna.json as JSON. */
const isToml = (example: { path: string }): boolean => /(?:\.toml|(?:^|\/)Pipfile)$/.test(example.path);
const isYaml = (example: { path: string }): boolean => example.path.endsWith('.yaml');
const isJson = (example: { path: string }): boolean => !isToml(example) && !isYaml(example);

const pick = (keep: (example: { path: string }) => boolean): Examples => ({ valid: valid.filter(keep), invalid: invalid.filter(keep) });

export const jsonExamples: Examples = pick(isJson);
export const tomlExamples: Examples = pick(isToml);
export const yamlExamples: Examples = pick(isYaml);
