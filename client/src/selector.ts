import type { DocumentSelector } from 'vscode-languageclient/node';
import { LANGUAGE_IDS, LANGUAGES, fileGlobs } from '../../server/src/engine/languages/catalogue';
import { HEAD_DETECTED_GLOBS } from '../../server/src/engine/languages/detect';
import { docsFolderWatchGlobs } from '../../server/src/docsFolderMarkers';

/**
 * Files the server checks, from the engine's catalogue of languages: by editor language id (on
 * disk and unsaved) and by file name, for files an editor may not know (Procfile, logback.xml) or
 * may name differently (a `.env.local` shown as plain text).
 */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  ...LANGUAGE_IDS.flatMap((id) => [
    ...LANGUAGES[id].editorIds.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    ...fileGlobs(id).map((pattern) => ({ scheme: 'file', pattern })),
  ]),
  // Files whose start says what they are (a Spring bean file under any name): the server reads the start.
  ...HEAD_DETECTED_GLOBS.map((pattern) => ({ scheme: 'file', pattern })),
];

/** Files whose changes change findings elsewhere: the config file, the baseline, git's ignore rules, dependency manifests, production configs, session stores, docs folders' app markers. */
export const WATCHED_FILES = [
  '**/.twelve-factor.json',
  '**/.twelve-factor-baseline.json',
  '**/.gitignore',
  '**/{package.json,tsconfig.json,jsconfig.json,pyproject.toml,setup.py,setup.cfg,Pipfile,Aptfile}',
  '**/requirements*.txt',
  '**/{Dockerfile,Dockerfile.*,*.dockerfile,Containerfile}',
  // Production configs a local compose file is compared with (Factor X), and the manifests that mark an app's root.
  '**/{knexfile.*,database.yml,database.yaml,schema.prisma,database.php,app.json,render.yaml,.env.production}',
  '**/config/{config,database}.json',
  '**/application-prod{,uction}.{properties,yml,yaml}',
  '**/{settings.py,settings/*.py}',
  // Where a Rails app keeps its sessions, read for its production environment file (Factor VI).
  '**/config/{application.rb,initializers/session_store.rb}',
  '**/{k8s,kubernetes,deploy,manifests}/**/*.{yml,yaml}',
  '**/{go.mod,pom.xml,build.gradle,build.gradle.kts,Gemfile,composer.json}',
  // The app's own commands a start script beside it runs (`python manage.py create_db`: Factor XII).
  '**/manage.py',
  // What says a docs-named folder holds an app (a Django project in `website/`): its files are then the app's.
  ...docsFolderWatchGlobs(),
];
