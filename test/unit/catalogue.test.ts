// The catalogue of languages is the one source: file detection, the client's selector, the
// manifest's activation events and the rule pages must all say what it says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import picomatch from 'picomatch';
import { DOCUMENT_SELECTOR } from '../../client/src/selector';
import { LANGUAGE_IDS, LANGUAGES, codeLanguage, languageOfEditorId, languageRecord } from '../../server/src/engine/languages/catalogue';
import { languageOf, languageOfScript } from '../../server/src/engine/languages/detect';
import { RULES } from '../../server/src/engine/rules';
import { HEADER_LINE_INDEX, activationEvents, ruleHeaderLine, rulePagePath } from '../../scripts/catalogue';
import type { LanguageId } from '../../server/src/engine/types';

const ROOT = join(__dirname, '..', '..');
const FIX = 'run `npm run catalogue` to regenerate';

/** Typical files of each language, spelled as users spell them. */
const SAMPLES: Readonly<Record<LanguageId, readonly string[]>> = {
  javascript: ['src/app.js', 'server.mjs', 'config.cjs', 'App.jsx'],
  typescript: ['src/app.ts', 'App.tsx', 'vite.config.mts'],
  json: ['package.json', 'config/default.json', '.vscode/settings.jsonc', '.env-cmdrc'],
  yaml: ['docker-compose.yml', 'config/application.yaml', 'app/config/parameters.yml.orig', '.bundle/config', 'app/.gem/credentials', '.kube/config'],
  dockerfile: ['Dockerfile', 'docker/Dockerfile.prod', 'api.dockerfile', 'Containerfile', 'Dockerfile-market', 'docker/Dockerfile_worker', 'Containerfile.api'],
  procfile: ['Procfile', 'Procfile.dev'],
  dotenv: ['.env', '.env.local', 'config/prod.env', '.dev.vars', '.dev.vars.staging', 'docker/.env-non-dev', '.kamal/secrets'],
  properties: ['src/main/resources/application.properties', 'src/main/resources/application.properties.bak'],
  python: ['app/settings.py', 'master.cfg', 'SConstruct'],
  go: ['cmd/api/main.go'],
  java: ['src/main/java/App.java'],
  kotlin: ['src/main/kotlin/App.kt', 'build.gradle.kts'],
  ruby: ['config/initializers/session.rb', 'Gemfile', 'Rakefile', 'config.ru', 'lib/tasks/db.rake', 'Vagrantfile', 'fastlane/Fastfile', 'fastlane/Matchfile'],
  php: ['config/database.php', 'application/config/database.php.bak', 'common/config/main-local.php~', '.env.local.php', 'application/views/scripts/index/index.phtml'],
  xml: ['src/main/resources/logback.xml', 'src/main/resources/log4j2-spring.xml', 'META-INF/persistence.xml', 'WEB-INF/applicationContext.xml', 'conf/server.xml', 'hibernate.cfg.xml', '.mvn/settings.xml', 'Web.config', 'App.config', 'pom.xml', 'config/services.xml', 'app/src/main/AndroidManifest.xml', 'etc/jetty.xml', 'conf/activemq.xml', 'src/main/resources/spring-mybatis.xml', 'WEB-INF/applicationContext-redis.xml', 'jira-home/dbconfig.xml', 'hazelcast-client.xml', 'tomcat/conf/Catalina/localhost/shop.xml'],
  ini: ['php.ini', 'conf/app.conf.old', 'docker/php/conf.d/99-app.ini', 'alembic.ini', 'etc/mysql/my.cnf', '.my.cnf', '.npmrc', '.pypirc', 'supervisord.conf'],
  shell: ['docker-entrypoint.sh', 'bin/boot.bash', '.envrc', 'scripts/dev.zsh'],
  keyfile: ['certs/server.key', 'deploy/jwt.pem', 'AuthKey_ABC123.p8', '.ssh/id_rsa', 'deploy/id_ed25519', '.netrc', 'ops/.pgpass', 'roles/mail/files/sasl_passwd', 'rsyncd.secrets'],
  hocon: ['src/main/resources/application.conf', 'conf/application.prod.conf', 'config/app.hocon'],
  toml: ['configs/config.toml', '.streamlit/secrets.toml', 'fly.toml', 'pyproject.toml'],
  tfvars: ['infra/terraform.tfvars', 'envs/prod.auto.tfvars', 'jobs/api.nomad.hcl', 'consul/agent.hcl'],
  sql: ['db/init/01-roles.sql', 'docker-entrypoint-initdb.d/init.sql', 'docker/mysql/initdb/01-users.sql', 'src/main/resources/db/migration/V1__init.sql', 'cassandra/keyspace.cql'],
  http: ['http/api.http', 'requests/login.rest'],
  batch: ['bin/setenv.bat', 'scripts/run-import.cmd'],
  powershell: ['scripts/deploy.ps1', 'tools/Acme.Deploy.psm1'],
  makefile: ['Makefile', 'tools/GNUmakefile', 'build/ci.mk', 'scripts/deploy.mak'],
  jupyter: ['notebooks/01_explore.ipynb', 'Analysis.ipynb'],
  component: ['src/components/Checkout.vue', 'src/routes/+page.svelte', 'src/pages/index.astro'],
  jsp: ['src/main/webapp/index.jsp', 'WEB-INF/jspf/header.jspf', 'web/login.jspx'],
  groovy: ['app/build.gradle', 'settings.gradle', 'Jenkinsfile', 'grails-app/conf/application.groovy', 'nextflow.config'],
  requirements: ['requirements.txt', 'requirements-dev.txt', 'openstack/test-requirements.txt', 'constraints.txt', 'requirements.in'],
  gomod: ['go.mod', 'services/api/go.mod', 'go.work'],
};

const filters = DOCUMENT_SELECTOR.map((filter) => filter as { language?: string; pattern?: string });
const patterns = filters.flatMap((filter) => (typeof filter.pattern === 'string' ? [filter.pattern] : []));
const editorIds = filters.flatMap((filter) => (filter.language ? [filter.language] : []));

describe('the catalogue of languages', () => {
  for (const id of LANGUAGE_IDS) {
    it(`${id}: detected from its file names, and sent by the client`, () => {
      for (const path of SAMPLES[id]) {
        assert.equal(languageOf(path), id, path);
        assert.ok(patterns.some((glob) => picomatch.isMatch(path, glob, { dot: true })), `no selector pattern matches ${path}`);
      }
      for (const editorId of LANGUAGES[id].editorIds) {
        assert.equal(languageOfEditorId(editorId), id);
        assert.ok(editorIds.includes(editorId), `selector lacks ${editorId}`);
      }
    });
  }

  it('reads no file the client would not send, and no stray XML or type declarations', () => {
    for (const path of ['app/src/main/res/layout/activity_main.xml', 'index.d.ts', 'types.d.mts', 'README.md', 'Makefile.PL', 'Makefile.am', 'environment.ts.bak', 'main.go.orig', '.git/config', 'config', '.ssh/config', 'docs/spring-boot.md', 'spring.xml.bak', 'conf/Catalina/localhost/notes.txt', 'Catalina/localhost/shop.xml', 'go.sum', 'notes.txt', 'requirements.md']) {
      assert.equal(languageOf(path), undefined, path);
    }
  });

  it('knows a script without an extension by its #! line, and only such a script', () => {
    const cases: [string, string, string | undefined][] = [
      ['bin/hubot', '#!/bin/sh\nset -e\n', 'shell'],
      ['bin/deploy', '#! /usr/bin/env bash\n', 'shell'],
      ['bin/console', '#!/usr/bin/env ruby\n', 'ruby'],
      ['script/sync', '#!/usr/bin/env -S PYTHONUNBUFFERED=1 python3.12 -u\n', 'python'],
      ['root/etc/s6-overlay/s6-rc.d/svc-web/run', '#!/command/with-contenv bash\n', 'shell'],
      ['etc/services.d/web/run', '#!/usr/bin/with-contenv sh\n', 'shell'],
      ['bin/www', '#!/usr/bin/env node\n', 'javascript'],
      ['bin/tool', '#!/usr/bin/perl\n', undefined],
      ['bin/notes', 'no shebang here\n', undefined],
      ['deploy.txt', '#!/bin/sh\n', undefined],
      ['app.py', 'print(1)\n', 'python'],
    ];
    for (const [path, head, language] of cases) assert.equal(languageOfScript(path, head), language, path);
  });

  it('knows a Spring bean file under any name by its root element, and leaves other XML to its name', () => {
    const prolog = '<?xml version="1.0" encoding="UTF-8"?>\n<!--\n  Licensed under the team licence.\n-->\n';
    const cases: [string, string, string | undefined][] = [
      ['src/main/resources/mongo-connection.xml', `${prolog}<beans xmlns="http://www.springframework.org/schema/beans">\n`, 'xml'],
      ['META-INF/infrastructure.xml', '<?xml version="1.0"?>\n<!DOCTYPE beans PUBLIC "-//SPRING//DTD BEAN 2.0//EN" "spring-beans-2.0.dtd">\n<beans>\n', 'xml'],
      ['spring/mail.xml', '\uFEFF<beans:beans xmlns:beans="http://www.springframework.org/schema/beans">\n', 'xml'],
      ['res/layout/activity_login.xml', `${prolog}<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android">\n`, undefined],
      ['config/checkstyle.xml', '<?xml version="1.0"?>\n<!DOCTYPE module PUBLIC "-//Checkstyle//DTD//EN" "x.dtd">\n<module name="Checker">\n', undefined],
      ['modules/core-pom.xml', `${prolog}<project xmlns="http://maven.apache.org/POM/4.0.0">\n`, undefined],
      ['config/beansy.xml', '<beansy/>\n', undefined],
      ['notes.xml', 'text before <beans>\n', undefined],
    ];
    for (const [path, head, language] of cases) assert.equal(languageOfScript(path, head), language, path);
  });

  it('reads a dotenv copy under a bare name (`env`, `dotenv`) as .env only when its start is KEY=value lines', () => {
    const cases: [string, string, string | undefined][] = [
      ['env', 'APP_ENV=development\n# storage\nS3_SECRET_KEY=x\n', 'dotenv'],
      ['deploy/dotenv', 'export DATABASE_URL=postgres://db/app\n\nPORT=4000\n', 'dotenv'],
      ['scripts/env', '#!/bin/sh\nexec "$@"\n', 'shell'],
      ['env', 'SECRET="$(pass show app)"\nexec "$@"\n', undefined],
      ['env', 'build:\n\tgo build ./...\n', undefined],
      ['env', '# nothing yet\n', undefined],
    ];
    for (const [path, head, language] of cases) assert.equal(languageOfScript(path, head), language, path);
  });

  it('gives every editor id to one language only', () => {
    const all = LANGUAGE_IDS.flatMap((id) => LANGUAGES[id].editorIds);
    assert.deepEqual(all, [...new Set(all)]);
  });

  it('is checked by at least one rule in every language', () => {
    const checked = new Set(RULES.flatMap((rule) => rule.checks.flatMap((check) => check.languages)));
    assert.deepEqual(LANGUAGE_IDS.filter((id) => !checked.has(codeLanguage(id))), []);
  });
});

describe('files derived from the catalogue', () => {
  it(`package.json activationEvents (${FIX})`, () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { activationEvents: string[] };
    assert.deepEqual(manifest.activationEvents, activationEvents());
  });

  for (const rule of RULES) {
    it(`docs/rules/${rule.meta.id}.md names the rule's factor, severity and languages (${FIX})`, () => {
      const lines = readFileSync(rulePagePath(rule), 'utf8').split('\n');
      assert.equal(lines[0], `# ${rule.meta.id}`);
      assert.equal(lines[HEADER_LINE_INDEX], ruleHeaderLine(rule));
    });
  }

  it("a rule names the files it reads only for a language it checks, and one the catalogue names files for (INI's uWSGI, not php.ini)", () => {
    for (const rule of RULES) {
      const checked = new Set(rule.checks.flatMap((check) => check.languages));
      for (const language of Object.keys(rule.meta.reads ?? {}) as LanguageId[]) {
        assert.ok(checked.has(language), `${rule.meta.id} checks ${language}`);
        assert.ok(languageRecord(language).namedFiles, `${language} is a family of files in the catalogue`);
      }
    }
    const port = RULES.find((rule) => rule.meta.id === 'hardcoded-port')!;
    assert.match(ruleHeaderLine(port), /INI \(uWSGI, systemd units, upstart jobs\)/);
  });
});
