import type { DocumentSelector } from 'vscode-languageclient/node';

const LANGUAGES = [
  'javascript',
  'javascriptreact',
  'typescript',
  'typescriptreact',
  'json',
  'jsonc',
  'yaml',
  'dockercompose',
  'dockerfile',
  'properties',
  'dotenv',
  'python',
  'go',
  'java',
  'kotlin',
  'ruby',
  'php',
];

/** Files the server checks: the engine's languages, on disk and unsaved. */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  ...LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  { scheme: 'file', pattern: '**/Procfile' },
  { scheme: 'file', pattern: '**/Procfile.*' },
  { scheme: 'file', pattern: '**/.env' },
  { scheme: 'file', pattern: '**/.env.*' },
  { scheme: 'file', pattern: '**/{logback,logback-spring,log4j2,log4j2-spring}.xml' },
  { scheme: 'file', pattern: '**/php.ini' },
  { scheme: 'file', pattern: '**/{Gemfile,Rakefile,config.ru}' },
];

/** Files whose changes change findings elsewhere: the config file, the baseline, git's ignore rules, dependency manifests. */
export const WATCHED_FILES = [
  '**/.twelve-factor.json',
  '**/.twelve-factor-baseline.json',
  '**/.gitignore',
  '**/{package.json,tsconfig.json,jsconfig.json,pyproject.toml,setup.py,setup.cfg,Pipfile,Aptfile}',
  '**/requirements*.txt',
  '**/{Dockerfile,Dockerfile.*,*.dockerfile,Containerfile}',
];
