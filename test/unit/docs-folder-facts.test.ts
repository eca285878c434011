// A folder named as a docs site (`website/`, `docs/`) is the app's when it holds an app (docsFolderFacts.ts): each
// ecosystem's marker, and where a docs tool writes the same file (Jekyll's Gemfile, Hugo's go.mod, Docusaurus' package.json,
// Asciidoctor's build.gradle) only with what an app has beside it. The config's `scopes` still win.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { auditPaths } from '../../server/src/auditRun';
import picomatch from 'picomatch';
import { WATCHED_FILES } from '../../server/src/watchedFiles';
import { DocsFolderFacts } from '../../server/src/docsFolderFacts';
import { docsFolderWatchGlobs } from '../../server/src/docsFolderMarkers';
import { fileScope } from '../../server/src/engine/scope';

const APPS: Record<string, Record<string, string>> = {
  'django (manage.py)': { 'website/manage.py': 'import sys\n' },
  'django inner package (wsgi.py)': { 'website/wsgi.py': 'application = None\n' },
  'flask (app.py)': { 'website/app.py': 'from flask import Flask\n' },
  'rack (config.ru)': { 'website/config.ru': 'run App\n' },
  'sinatra (Gemfile)': { 'website/Gemfile': "source 'https://rubygems.org'\ngem 'sinatra'\n" },
  'rails (Gemfile)': { 'website/Gemfile': "gem \"rails\", \"~> 7.1\"\n" },
  'laravel (artisan)': { 'website/artisan': '#!/usr/bin/env php\n' },
  'slim (composer.json)': { 'website/composer.json': '{ "require": { "slim/slim": "^4.12" } }\n' },
  'wordpress (wp-config.php)': { 'website/wp-config.php': '<?php\n' },
  'express (package.json)': { 'website/package.json': '{ "dependencies": { "express": "^4.18.2" } }\n' },
  'go (go.mod and code)': { 'website/go.mod': 'module example.com/site\n', 'website/main.go': 'package main\n' },
  'maven (pom.xml and src/main)': { 'website/pom.xml': '<project/>\n', 'website/src/main/java/App.java': 'class App {}\n' },
  'gradle (build.gradle.kts and src/main)': { 'docs/build.gradle.kts': 'plugins {}\n', 'docs/src/main/kotlin/App.kt': 'fun main() {}\n' },
  'heroku (Procfile)': { 'docs/Procfile': 'web: gunicorn app:app\n' },
};

const DOCS_SITES: Record<string, Record<string, string>> = {
  docusaurus: { 'website/package.json': '{ "dependencies": { "@docusaurus/core": "3.1.0", "react": "18.2.0" } }\n' },
  jekyll: { 'docs/Gemfile': "gem 'github-pages', group: :jekyll_plugins\n" },
  hugo: { 'docs/go.mod': 'module example.com/docs\n\nrequire github.com/google/docsy v0.8.0\n' },
  sphinx: { 'docs/conf.py': "project = 'ledger'\n", 'docs/requirements.txt': 'sphinx\n' },
  asciidoctor: { 'docs/build.gradle': "plugins { id 'org.asciidoctor.jvm.convert' }\n", 'docs/src/docs/asciidoc/index.adoc': '= Docs\n' },
  'an app one folder down': { 'docs/tutorial/manage.py': 'import sys\n' },
};

describe('docs folders decided by what they hold', () => {
  const base = mkdtempSync(join(tmpdir(), 'tfl-docs-folders-'));
  after(() => rmSync(base, { recursive: true, force: true }));
  let count = 0;
  const make = (files: Record<string, string>): string => {
    const root = join(base, String(count++));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  };

  for (const [name, files] of Object.entries(APPS)) {
    it(`an app's folder: ${name}`, async () => {
      const root = make(files);
      const folder = Object.keys(files)[0]!.split('/')[0]!;
      const path = `${folder}/config/settings.py`;
      const appFolders = await new DocsFolderFacts().forFile(path, root);
      assert.deepEqual(appFolders, [folder]);
      assert.equal(fileScope(path, {}, appFolders), 'app');
      assert.equal(fileScope(path, { docs: [`${folder}/**`] }, appFolders), 'docs', 'the config still wins');
    });
  }

  for (const [name, files] of Object.entries(DOCS_SITES)) {
    it(`a docs site stays docs: ${name}`, async () => {
      const root = make(files);
      const folder = Object.keys(files)[0]!.split('/')[0]!;
      const path = `${folder}/snippets/connect.py`;
      const appFolders = await new DocsFolderFacts().forFile(path, root);
      assert.deepEqual(appFolders, []);
      assert.equal(fileScope(path, {}, appFolders), 'docs');
    });
  }

  it('one reader serves several roots, each root resolved on its own', async () => {
    const facts = new DocsFolderFacts();
    const app = make(APPS['django (manage.py)']!);
    const site = make(DOCS_SITES.docusaurus!);
    assert.deepEqual(await facts.forFile('website/config/settings.py', join(base, 'no such root')), []);
    assert.deepEqual(await facts.forFile('website/config/settings.py', app), ['website']);
    assert.deepEqual(await facts.forFile('website/website/urls.py', app), ['website']);
    assert.deepEqual(await facts.forFile('website/config/settings.py', site), []);
  });

  it("the editor watches every file that decides an answer, and no docs page (watchedFiles.ts, registered by the server)", () => {
    const deciding = [...Object.values(APPS).flatMap((files) => Object.keys(files)), 'website/src/main', 'docs/package.json', 'docs/Gemfile', 'docs/go.mod'];
    const watched = (path: string) => WATCHED_FILES.some((glob) => picomatch.isMatch(path, glob, { dot: true }));
    for (const path of deciding.filter((path) => !path.includes('/src/main/'))) assert.ok(watched(path), `${path} is watched`);
    assert.ok(watched('app/website/manage.py'), 'at any depth');
    const pages = ['docs/guide.md', 'website/docs/intro.mdx', 'docs/conf.py', 'docs/_static/site.css'];
    assert.deepEqual(pages.filter((path) => docsFolderWatchGlobs().some((glob) => picomatch.isMatch(path, glob, { dot: true }))), []);
  });

  it("an audit reports a Django project named website (startproject website: website/website/settings.py)", async () => {
    const root = make({
      'website/manage.py': "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'website.settings')\n",
      'website/website/wsgi.py': 'from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n',
      'website/website/settings.py': "DEBUG = False\nEMAIL_HOST_PASSWORD = 'Velvet-Harbor-31'\n",
      'docs/connect.py': "import psycopg2\nconn = psycopg2.connect(host='localhost', user='analyst', password='Quartz-Lantern-77')\n",
    });
    const result = await auditPaths([root], { base: root });
    const credentials = result.files.flatMap((file) => file.findings.filter((finding) => finding.ruleId === 'hardcoded-credential').map((finding) => `${file.path}:${finding.severity}:${finding.scope}`));
    assert.deepEqual(credentials.sort(), ['docs/connect.py:info:docs', 'website/website/settings.py:error:app']);
  });
});
