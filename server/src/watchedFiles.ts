// The files whose change changes findings in other files: the server registers them with every client that offers
// dynamic registration (VS Code, Neovim 0.9+, Emacs' lsp-mode and eglot), and its workspace/didChangeWatchedFiles handler
// drops the caches they feed. One table, here: the VS Code client no longer watches a list of its own (it would drift,
// and each change would arrive twice).
import { docsFolderWatchGlobs } from './docsFolderMarkers';

/** Globs, relative to any workspace folder, in the LSP's glob syntax (`**`, `*`, `{a,b}`). */
export const WATCHED_FILES: readonly string[] = [
  // The config file, the baseline, git's ignore rules: any file's findings.
  '**/.twelve-factor.json',
  '**/.twelve-factor-baseline.json',
  '**/.gitignore',
  // Dependency manifests (Factor II), and the apps' roots they mark.
  '**/{package.json,tsconfig.json,jsconfig.json,pyproject.toml,setup.py,setup.cfg,Pipfile,Aptfile}',
  '**/requirements*.txt',
  '**/requirements/*.txt',
  '**/{go.mod,pom.xml,build.gradle,build.gradle.kts,Gemfile,composer.json}',
  // The aliases an import may use for the app's own folders (dependencyFacts/npm.ts): not a package to declare.
  '**/{.babelrc,.babelrc.*,babel.config.*,webpack.config.*,vite.config.*,vitest.config.*,rollup.config.*,jest.config.*}',
  // What an image installs (a system program called from code, Factor II) and how it starts (Factor XII).
  '**/{Dockerfile,Dockerfile.*,*.dockerfile,Containerfile}',
  // Production configs a local compose file is compared with (Factor X), and the manifests that mark an app's root.
  '**/{knexfile.*,database.yml,database.yaml,schema.prisma,database.php,app.json,render.yaml,.env.production}',
  '**/config/{config,database}.json',
  '**/application-prod{,uction}.{properties,yml,yaml}',
  '**/{settings.py,settings/*.py}',
  // Where a Rails app keeps its sessions, read for its production environment file (Factor VI).
  '**/config/{application.rb,initializers/session_store.rb}',
  '**/{k8s,kubernetes,deploy,manifests}/**/*.{yml,yaml}',
  // The app's own commands a start script beside it runs (`python manage.py create_db`, `make migrate` and the files
  // a Makefile includes, `php artisan migrate`: Factor XII; migrationFacts/startScripts.ts reads them).
  '**/manage.py',
  '**/{GNUmakefile,makefile,Makefile,*.mk,artisan}',
  // What says a docs-named folder holds an app (a Django project in `website/`): its files are then the app's.
  ...docsFolderWatchGlobs(),
];
