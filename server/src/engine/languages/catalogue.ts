// THE catalogue of languages. Every per-language fact lives here once; file detection, the
// editor ids the server accepts, the grammars the build copies, the client's document selector,
// package.json's activationEvents, the "Ignore on this line" comment and the env-read advice all
// derive from it (test/unit/catalogue.test.ts fails on drift). Each record is complete: a new
// LanguageId does not type-check until every slot below is filled. Pure data, no imports beyond
// types, so the client bundle and the build script can read it too.
import type { LanguageId } from '../types';

/** How a file of this language is recognised by its name (case-insensitive). */
export interface FileNames {
  /** Whole base names: `Dockerfile`, `Gemfile`, `.env`; or a name with its folder: `.bundle/config`. */
  readonly names: readonly string[];
  /** Name starts: `Dockerfile.` (Dockerfile.prod), `.env.` (.env.local). */
  readonly prefixes: readonly string[];
  /** Name ends, extensions included: `.ts`, `.dockerfile`. */
  readonly suffixes: readonly string[];
  /**
   * Families named by their start and end together, where either alone says too little:
   * `spring` + `.xml` (spring-mybatis.xml, springmvc.xml), while `spring-boot.md` is no config.
   */
  readonly framed?: readonly Framed[];
  /**
   * Paths by their last folders, where the name says nothing: Tomcat's per-app context descriptors
   * `conf/Catalina/<host>/<app>.xml`. `*` stands for one folder's or name's characters.
   */
  readonly paths?: readonly string[];
  /**
   * Config whose backup copies (BACKUP_ENDINGS: `database.php.bak`, `parameters.yml.orig`, `main-local.php~`) are
   * read as the file itself: committed beside it, deployed with it and served as plain text by a web server.
   */
  readonly backedUp?: boolean;
}

/** What an editor, a patch or an admin appends to a file it keeps a copy of. */
export const BACKUP_ENDINGS = ['.bak', '.orig', '.old', '.save', '.backup', '~'] as const;

/**
 * Endings of another format put after a config file's whole name (`database.yml.sql`, `settings.yml.txt`): a copy saved
 * under a name a file manager or an upload form accepts, its content the config's (issue #9, probe26c 8). A dump is
 * named `.sql` alone, a note `.txt` alone: only a backed-up config's name before the ending makes it a copy.
 */
export const COPY_ENDINGS = ['.sql', '.txt'] as const;

/** A name start and a name end that together mark a file (the glob `<start>*<end>` in any folder). */
export interface Framed {
  readonly start: string;
  readonly end: string;
}

/**
 * Where a comment can go. `line`: a comment to the end of the line (`#`, `//`, `;`); `block`:
 * delimited (`<!-- -->`); `none`: the format has no comments (JSON).
 */
export type CommentSyntax = { readonly line: string } | { readonly block: { readonly open: string; readonly close: string } } | 'none';

/**
 * The `.env` dialects of the loaders our languages use, which differ in what a value may
 * contain literally: see DOTENV_DIALECTS, and fixes/envDialect.ts for how a value is written in each.
 */
export type DotenvDialect = 'node-dotenv' | 'python-dotenv' | 'godotenv' | 'ruby-dotenv' | 'phpdotenv' | 'dotenv-java' | 'compose';

export interface DotenvDialectFacts {
  /** The loader, for messages and docs. */
  readonly loader: string;
  /** Variable references it expands in unquoted and double-quoted values (single quotes stay literal in all of them). */
  readonly expands: 'nothing' | '${VAR}' | '$VAR and ${VAR}';
  /** Runs `$(command)` in unquoted and double-quoted values. */
  readonly commandSubstitution: boolean;
}

export const DOTENV_DIALECTS: Readonly<Record<DotenvDialect, DotenvDialectFacts>> = {
  'node-dotenv': { loader: 'dotenv (npm)', expands: 'nothing', commandSubstitution: false },
  'python-dotenv': { loader: 'python-dotenv', expands: '${VAR}', commandSubstitution: false },
  godotenv: { loader: 'godotenv', expands: '$VAR and ${VAR}', commandSubstitution: false },
  'ruby-dotenv': { loader: 'dotenv (gem)', expands: '$VAR and ${VAR}', commandSubstitution: true },
  phpdotenv: { loader: 'vlucas/phpdotenv', expands: '${VAR}', commandSubstitution: false },
  'dotenv-java': { loader: 'dotenv-java', expands: 'nothing', commandSubstitution: false },
  // Compose reads `.env` for interpolation and escapes a literal dollar as `$$`.
  compose: { loader: 'Docker Compose', expands: '$VAR and ${VAR}', commandSubstitution: false },
};

/** How code reads environment variable `name`: `process.env.NAME`, `ENV.fetch("NAME")`, `${NAME}`. */
export type EnvReadSpelling = (name: string) => string;

/**
 * How a tree-sitter grammar writes a local, as node types: read by languages/locals.ts for "the single value this local
 * is given in its scope" (hardcoded-port's `port = 5000` then `app.run(port=port)`, hardcoded-credential's `pw = "…"`
 * then `connect(password=pw)`).
 */
export interface LocalWrites {
  /** Nodes that hold locals of their own: a name is read in the nearest one around its use. */
  readonly scopes: readonly string[];
  /** Whether a nested scope's writes are the enclosing scope's too: a Go closure's are, a Python `def`'s are not. */
  readonly nestedWritesShared: boolean;
  /** Writes that can give a name its value: `port = 5000`, `port := ":8080"`, `var port = ":8080"`. */
  readonly assignments: readonly string[];
  /** Writes that change a name in place: `port += 1`, `port++`, Go's `port = v` after its declaration. */
  readonly updates: readonly string[];
  /** Other writes that bind a name: a `for` target, `with … as port`, `(port := …)`, `global port`, Go's `&port` handed out. */
  readonly rebinds: readonly string[];
}

export interface LanguageRecord {
  /** For docs and messages: "JavaScript", "INI". */
  readonly name: string;
  /**
   * Where the language is many tools' files (INI): the ones a rule page names after it by default, "INI (php.ini, my.cnf)".
   * A rule that reads only some says which (RuleMeta.reads).
   */
  readonly namedFiles?: string;
  readonly files: FileNames;
  /** VS Code (and other LSP clients') language ids whose documents are this language. */
  readonly editorIds: readonly string[];
  /** The tree-sitter grammar's wasm, as a node_modules path; null where another parser reads it. */
  readonly grammar: string | null;
  readonly comment: CommentSyntax;
  /**
   * How this language's code (or config) reads environment variable `name`, as messages and
   * fixes spell it; null where the format cannot read one (JSON, .env itself).
   */
  readonly envRead: EnvReadSpelling | null;
  /** The `.env` dialect that apps written in this language load. */
  readonly dotenvDialect: DotenvDialect;
  /**
   * A container of another language's code (a notebook's cells are Python): the checks, the
   * grammar and the prefilter are that language's, run on the code taken out of the container.
   */
  readonly code?: LanguageId;
  /** How the grammar writes a local, where a rule reads a local's single value (languages/locals.ts). */
  readonly locals?: LocalWrites;
}

const none: FileNames = { names: [], prefixes: [], suffixes: [] };
const interpolated = (name: string) => `\${${name}}`;

export const LANGUAGES = {
  javascript: {
    name: 'JavaScript',
    files: { ...none, suffixes: ['.js', '.cjs', '.mjs', '.jsx'] },
    editorIds: ['javascript', 'javascriptreact'],
    grammar: null,
    comment: { line: '//' },
    envRead: (name) => `process.env.${name}`,
    dotenvDialect: 'node-dotenv',
  },
  typescript: {
    name: 'TypeScript',
    files: { ...none, suffixes: ['.ts', '.cts', '.mts', '.tsx'] },
    editorIds: ['typescript', 'typescriptreact'],
    grammar: null,
    comment: { line: '//' },
    // The fix adds `!` (see fixes/envRead.ts); the advice names the read itself.
    envRead: (name) => `process.env.${name}`,
    dotenvDialect: 'node-dotenv',
  },
  json: {
    name: 'JSON',
    // env-cmd's `.env-cmdrc` is JSON (environments of variables), not a .env file; a VS Code
    // `.code-workspace` is JSON with comments, its `settings` those of `.vscode/settings.json`; an HTTP
    // Archive (`.har`: a browser's export, Polly.js' recordings) is JSON whose headers hold what was sent.
    files: { ...none, names: ['.env-cmdrc', '.env-cmdrc.json'], suffixes: ['.json', '.jsonc', '.code-workspace', '.har'] },
    editorIds: ['json', 'jsonc'],
    grammar: null,
    comment: 'none',
    envRead: null,
    dotenvDialect: 'node-dotenv',
  },
  yaml: {
    name: 'YAML',
    // Salt's states and pillars (`.sls`) are YAML once their Jinja tags are rendered (see jinja.ts);
    // Nette's `.neon` configs once their indenting tabs are read as spaces (see yaml.ts).
    // Credential stores in YAML named by their folder: Bundler's `.bundle/config` (`BUNDLE_<HOST>: user:pass`),
    // RubyGems' `.gem/credentials` (`:rubygems_api_key:`), kubectl's `.kube/config`; conda's `.condarc` (a channel URL with
    // its `/t/<token>/`) and RubyGems' `.gemrc` (a source URL with its login), YAML under a dotfile's name.
    files: { ...none, names: ['.bundle/config', '.gem/credentials', '.kube/config', '.condarc', '.gemrc'], suffixes: ['.yaml', '.yml', '.sls', '.neon'], backedUp: true },
    editorIds: ['yaml', 'dockercompose'],
    grammar: null,
    comment: { line: '#' },
    // Compose, Spring and most YAML loaders interpolate `${NAME}`.
    envRead: interpolated,
    dotenvDialect: 'compose',
  },
  dockerfile: {
    name: 'Dockerfile',
    files: { names: ['Dockerfile', 'Containerfile'], prefixes: ['Dockerfile.', 'Dockerfile-', 'Dockerfile_', 'Containerfile.'], suffixes: ['.dockerfile'] },
    editorIds: ['dockerfile'],
    grammar: null,
    comment: { line: '#' },
    envRead: interpolated,
    dotenvDialect: 'compose',
  },
  procfile: {
    name: 'Procfile',
    files: { names: ['Procfile'], prefixes: ['Procfile.'], suffixes: [] },
    editorIds: [],
    grammar: null,
    comment: { line: '#' },
    // Procfile commands run in a shell.
    envRead: (name) => `$${name}`,
    dotenvDialect: 'node-dotenv',
  },
  dotenv: {
    name: '.env',
    // Cloudflare's wrangler reads `.dev.vars` (and `.dev.vars.<environment>`) as a .env file;
    // `.env-prod`, Superset's `docker/.env-non-dev`: the same file with a dash (env-cmd's JSON
    // `.env-cmdrc` is named under JSON, and a whole name wins); Kamal's `.kamal/secrets` and
    // `.kamal/secrets-common`, read by its dotenv at deploy time. Laravel installers' `env.blade.php`: the app's
    // `.env` as a Blade view an artisan command renders and writes out, a `.env` in all but its `{{ … }}` slots.
    files: { names: ['.env', '.dev.vars', 'secrets', 'secrets-common', 'env.blade.php', '.env.blade.php'], prefixes: ['.env.', '.env-', '.dev.vars.'], suffixes: ['.env'] },
    editorIds: ['dotenv'],
    grammar: null,
    comment: { line: '#' },
    envRead: null,
    dotenvDialect: 'node-dotenv',
  },
  properties: {
    name: '.properties',
    // Flyway's `flyway.conf` is a properties file (`flyway.password=…`) under another extension; so are, line
    // by line, Bruno's API collections (`*.bru`: `key: value` lines inside `vars { }`, `headers { }`, `auth:basic { }`).
    files: { ...none, names: ['flyway.conf'], suffixes: ['.properties', '.bru'], backedUp: true },
    editorIds: ['properties'],
    grammar: null,
    comment: { line: '#' },
    // Spring resolves `${NAME}` from the environment.
    envRead: interpolated,
    dotenvDialect: 'dotenv-java',
  },
  python: {
    name: 'Python',
    // Python files by name: Buildbot's `master.cfg` (worker and web passwords), SCons' and waf's build files, and
    // gunicorn's old default config module `gunicorn.conf` (`gunicorn -c gunicorn.conf`).
    files: { ...none, names: ['master.cfg', 'SConstruct', 'SConscript', 'wscript', 'gunicorn.conf'], suffixes: ['.py'] },
    editorIds: ['python'],
    grammar: '@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm',
    comment: { line: '#' },
    // Fails at the read, with the name, when the variable is missing.
    envRead: (name) => `os.environ["${name}"]`,
    dotenvDialect: 'python-dotenv',
    locals: {
      // The module too: a name written once at the top, outside every function, is the module's.
      scopes: ['function_definition', 'lambda', 'class_definition', 'module'],
      nestedWritesShared: false,
      assignments: ['assignment'],
      updates: ['augmented_assignment'],
      rebinds: ['for_statement', 'named_expression', 'with_item', 'global_statement', 'nonlocal_statement'],
    },
  },
  go: {
    name: 'Go',
    files: { ...none, suffixes: ['.go'] },
    editorIds: ['go'],
    grammar: '@vscode/tree-sitter-wasm/wasm/tree-sitter-go.wasm',
    comment: { line: '//' },
    envRead: (name) => `os.Getenv("${name}")`,
    dotenvDialect: 'godotenv',
    locals: {
      scopes: ['function_declaration', 'method_declaration', 'func_literal'],
      nestedWritesShared: true,
      assignments: ['short_var_declaration', 'var_spec'],
      updates: ['assignment_statement', 'inc_statement'],
      // `flag.StringVar(&addr, …)`: whoever holds the address writes the local.
      rebinds: ['unary_expression'],
    },
  },
  java: {
    name: 'Java',
    files: { ...none, suffixes: ['.java'] },
    editorIds: ['java'],
    grammar: '@vscode/tree-sitter-wasm/wasm/tree-sitter-java.wasm',
    comment: { line: '//' },
    envRead: (name) => `System.getenv("${name}")`,
    dotenvDialect: 'dotenv-java',
  },
  kotlin: {
    name: 'Kotlin',
    files: { ...none, suffixes: ['.kt', '.kts'] },
    editorIds: ['kotlin'],
    grammar: 'tree-sitter-wasms/out/tree-sitter-kotlin.wasm',
    comment: { line: '//' },
    envRead: (name) => `System.getenv("${name}")`,
    dotenvDialect: 'dotenv-java',
  },
  ruby: {
    name: 'Ruby',
    // Ruby DSL files without an extension: Bundler, Rake, Rack, Vagrant, Capistrano, Guard,
    // CocoaPods, Berkshelf, Danger, Thor, and fastlane's Fastfile and its configuration files.
    files: {
      names: [
        'Gemfile', 'Rakefile', 'config.ru', 'Vagrantfile', 'Capfile', 'Guardfile', 'Podfile', 'Berksfile', 'Dangerfile',
        'Thorfile', 'Fastfile', 'Appfile', 'Matchfile', 'Pluginfile', 'Deliverfile', 'Snapfile', 'Gymfile', 'Scanfile',
      ],
      prefixes: [],
      suffixes: ['.rb', '.rake'],
    },
    editorIds: ['ruby'],
    grammar: '@vscode/tree-sitter-wasm/wasm/tree-sitter-ruby.wasm',
    comment: { line: '#' },
    // Raises KeyError at boot when the variable is missing.
    envRead: (name) => `ENV.fetch("${name}")`,
    dotenvDialect: 'ruby-dotenv',
    locals: { scopes: ['method', 'singleton_method'], nestedWritesShared: false, assignments: ['assignment'], updates: ['operator_assignment'], rebinds: [] },
  },
  php: {
    name: 'PHP',
    // Drupal's and Backdrop's modules, install files, themes and includes are PHP under other extensions;
    // `.phtml`: Zend Framework, Laminas and Magento view scripts (PHP inside HTML, which the grammar reads as text).
    files: { ...none, suffixes: ['.php', '.module', '.install', '.theme', '.inc', '.phtml'], backedUp: true },
    editorIds: ['php'],
    grammar: '@vscode/tree-sitter-wasm/wasm/tree-sitter-php.wasm',
    comment: { line: '//' },
    // Laravel config files read `env('X')`: fixes/envRead-php.ts picks per file.
    envRead: (name) => `getenv('${name}')`,
    dotenvDialect: 'phpdotenv',
  },
  xml: {
    name: 'XML config',
    // Config files by name only (Android layouts are not ours): logging
    // configs; JPA, Hibernate, Tomcat and Maven files; Spring bean files (applicationContext.xml,
    // root-context.xml, dispatcher-servlet.xml); .NET web.config and app.config.
    files: {
      names: [
        ...['logback', 'logback-spring', 'logback-test', 'log4j', 'log4j-spring', 'log4j-test', 'log4j2', 'log4j2-spring', 'log4j2-test'].map((n) => `${n}.xml`),
        // web.xml: a servlet app's deployment descriptor, whose context and init params hold keys.
        ...['persistence', 'server', 'tomcat-users', 'settings', 'settings-security', 'beans', 'web'].map((n) => `${n}.xml`),
        // MyBatis' and MyBatis Generator's conventional config files (a dataSource's password, a jdbcConnection's), iBATIS' older one.
        ...['mybatis-config', 'generatorConfig', 'sqlMapConfig'].map((n) => `${n}.xml`),
        // WildFly/JBoss server configs, which hold the datasources.
        ...['standalone', 'standalone-full', 'standalone-ha', 'standalone-full-ha', 'domain'].map((n) => `${n}.xml`),
        // GlassFish's and Payara's application-scoped resources (a JDBC pool's `Password` property, a mail resource's).
        ...['glassfish-resources', 'payara-resources', 'sun-resources'].map((n) => `${n}.xml`),
        // Magento 1's app/etc/local.xml: the database connection and the crypt key, in CDATA; a Magento 2 module's
        // etc/config.xml, whose `<default>` section holds the module's settings (a payment API key, a webhook secret).
        'local.xml', 'etc/config.xml',
        // Android value resources that keys are kept in: `res/values/strings.xml` (`google_maps_key`),
        // Android Studio's `google_maps_api.xml`, and the `secrets.xml`/`keys.xml` apps split off.
        ...['strings', 'google_maps_api', 'secrets', 'keys', 'api_keys'].map((n) => `${n}.xml`),
        // The manifest's `<meta-data android:name="io.fabric.ApiKey" android:value="…"/>`: SDK keys shipped in the app.
        'AndroidManifest.xml',
        // Maven's pom.xml: plugin configurations (Flyway's, Liquibase's `<password>`) and `<properties>` hold credentials too.
        'pom.xml',
        // Symfony's container in XML: `<parameter key="mailer.password">…</parameter>` (config/services.xml, parameters.xml).
        ...['services', 'parameters'].map((n) => `${n}.xml`),
        // Jetty's server configs (`<Set name="KeyStorePassword">…</Set>`) and ActiveMQ's broker (`<authenticationUser password="…"/>`).
        ...['jetty', 'jetty-ssl', 'jetty-https', 'jetty-env', 'jetty-web', 'activemq'].map((n) => `${n}.xml`),
        // Jira's dbconfig.xml (`<jdbc-datasource><password>`), c3p0's pool config (`<property name="password">`).
        ...['dbconfig', 'c3p0-config'].map((n) => `${n}.xml`),
        // Ant's and Phing's build files (`<sql password="…">`, `<scp password="…">`, `<property name="db.password" value="…"/>`)
        // and Ivy's settings (`<credentials passwd="…"/>`).
        ...['build', 'ivysettings'].map((n) => `${n}.xml`),
        // MyCat 1.x's schema.xml: each `<writeHost>`/`<readHost>` logs in to a backend MySQL (`user="…" password="…"`);
        // its server.xml (`<user><property name="password">`) is read as server.xml already.
        'schema.xml',
      ],
      prefixes: [],
      // Spring bean files split by concern (spring-mybatis.xml, spring-redis.xml, springmvc.xml,
      // applicationContext-dao.xml), DataSource bean files, and Hazelcast's member and client configs
      // (`<group><password>`, an SSL `keyStorePassword` property).
      framed: ['spring', 'applicationContext', 'datasource', 'dataSource', 'hazelcast'].map((start) => ({ start, end: '.xml' })),
      // Both spellings: detection ignores case, the client's globs do not (applicationContext.xml, root-context.xml).
      // Hadoop, Hive and HBase configs: core-site.xml, hive-site.xml (`<name>…</name><value>…</value>` pairs).
      // Maven settings kept for CI under another name: ci-settings.xml, ci_settings.xml, maven-settings.xml.
      // JBoss' datasource deployments: mysql-ds.xml, app-ds.xml (`<password>` in a `<local-tx-datasource>`).
      // Tomcat's context descriptors, one per deployed app and named for it (`conf/Catalina/localhost/shop.xml`).
      paths: ['conf/Catalina/*/*.xml'],
      suffixes: ['context.xml', 'Context.xml', '-servlet.xml', '-beans.xml', '.cfg.xml', '.config', '-site.xml', '-settings.xml', '_settings.xml', '-ds.xml'],
    },
    editorIds: [],
    grammar: null,
    comment: { block: { open: '<!--', close: '-->' } },
    // Logback and Log4j 2 substitute `${NAME}` (Log4j 2 spells it `${env:NAME}`, which logback does not read).
    envRead: interpolated,
    dotenvDialect: 'dotenv-java',
  },
  ini: {
    name: 'INI',
    namedFiles: 'php.ini, my.cnf, .npmrc, .pypirc',
    // php.ini and conf.d/*.ini; the INI files of other tools: alembic.ini, odbc.ini, MySQL option
    // files, npm's and PyPI's login files (npm reads them with the `ini` package), supervisord.conf;
    // the INI files cloud CLIs keep keys in: the AWS CLI's `credentials`, s3cmd's `.s3cfg`, boto's
    // `.boto`, rclone's `rclone.conf`, and pip's `pip.conf` (an index URL with its login); Odoo's
    // server config (`odoo.conf`, `.odoorc`), which holds the master password and the database's;
    // Beego's and Revel's `conf/app.conf` (`key = value` under `[sections]`); Matomo's `config.ini.php`, an
    // INI file behind a `; <?php exit; ?>` first line so the web server never serves it; Airflow's
    // `airflow.cfg` (its Fernet key, webserver secret and metadata database URL); Luigi's `luigi.cfg`
    // (and its older name `client.cfg`: database, SMTP and AWS sections) and Scrapy's `scrapy.cfg`
    // (a `[deploy]` target's login).
    files: {
      names: [
        '.npmrc', '.pypirc', '.my.cnf', 'supervisord.conf', 'credentials', '.s3cfg', '.boto', 'pip.conf', 'rclone.conf', 'odoo.conf',
        '.odoorc', 'openerp-server.conf', 'app.conf',
        // DVC's `.dvc/config` (and its `config.local`: a remote's keys), the Databricks CLI's `.databrickscfg`; Apache's
        // `.htaccess` (`SetEnv DB_PASSWORD …`); mail clients' dotfiles, `key value` lines: msmtp's `.msmtprc` (`password …`),
        // isync's `.mbsyncrc` (`Pass …`), mutt's `.muttrc` (`set imap_pass = …`); yarn 1's `.yarnrc` (`"//host/:_authToken" "…"`).
        '.dvc/config', '.dvc/config.local', '.databrickscfg', '.htaccess', '.msmtprc', 'msmtprc', '.mbsyncrc', '.muttrc', 'muttrc', '.yarnrc',
        // sentry-cli's `.sentryclirc` (`[auth]` `token = …`, the token that uploads releases and source maps).
        '.sentryclirc',
      ],
      prefixes: [],
      // `.conf`: supervisor's conf.d programs, Pulsar's client.conf, PHP-FPM pools, Python's logging.conf,
      // Fluentd's fluent.conf; `.cfg`: what Python's configparser reads (airflow.cfg, luigi.cfg and its
      // older client.cfg, scrapy.cfg, setup.cfg, Sopel's default.cfg, buildout.cfg); `key = value` lines
      // (and Fluentd's `key value`), other lines skipped.
      // `.service`: systemd units (`[Service]` `ExecStart=`, `Environment=`), the same `key=value` lines; `.upstart`:
      // upstart jobs (as `/etc/init/*.conf` are), whose `exec` stanza the port rule reads.
      suffixes: ['.ini', '.cnf', '.ini.php', '.conf', '.cfg', '.service', '.upstart'],
      backedUp: true,
    },
    editorIds: ['ini'],
    grammar: null,
    // PHP 7 removed `#` comments from ini files; `;` is a comment in all of them.
    comment: { line: ';' },
    // PHP's ini reader (and npm's) expands `${NAME}` from the environment.
    envRead: interpolated,
    dotenvDialect: 'phpdotenv',
  },
  shell: {
    name: 'Shell script',
    // Entrypoint scripts are often committed without a suffix (Rails 7.1 generates bin/docker-entrypoint);
    // an audit also reads any file without a suffix whose `#!` line runs a shell (detect.ts, languageOfScript).
    // direnv's `.envrc` is a bash script of `export NAME=value` lines, loaded on `cd`.
    files: { names: ['docker-entrypoint', 'entrypoint', '.envrc'], prefixes: [], suffixes: ['.sh', '.bash', '.zsh', '.ksh'] },
    editorIds: ['shellscript'],
    grammar: null,
    comment: { line: '#' },
    envRead: (name) => `"\${${name}}"`,
    // A script that sources .env (`set -a; . ./.env`) reads compose's literal forms alike.
    dotenvDialect: 'compose',
  },
  makefile: {
    name: 'Makefile',
    // GNU make's names (`makefile` too: names are matched case-insensitively) and included fragments. Not
    // `Makefile.PL` (Perl) nor automake's `Makefile.am`/`.in` templates. Only credentials are read: a
    // `migrate` target is the one-off admin task Factor XII asks for, and a local `docker run` is no app config.
    files: { names: ['Makefile', 'GNUmakefile'], prefixes: [], suffixes: ['.mk', '.mak'] },
    editorIds: ['makefile'],
    grammar: null,
    comment: { line: '#' },
    // Make reads every environment variable as a make variable of the same name.
    envRead: (name) => `$(${name})`,
    // Recipes run in a shell, which reads a sourced .env (`set -a; . ./.env`) as compose reads it.
    dotenvDialect: 'compose',
  },
  batch: {
    name: 'Batch file',
    // cmd scripts: Tomcat's `setenv.bat`, build and run scripts beside Java, Go and PHP apps on Windows. Credentials only.
    files: { names: [], prefixes: [], suffixes: ['.bat', '.cmd'] },
    editorIds: ['bat'],
    grammar: null,
    comment: { line: 'rem' },
    envRead: (name) => `%${name}%`,
    // `for /f "tokens=1,* delims==" %%a in (.env) do set %%a=%%b` reads each line literally.
    dotenvDialect: 'node-dotenv',
  },
  powershell: {
    name: 'PowerShell',
    // Deploy, install and backup scripts (`*.ps1`) and modules (`*.psm1`). Credentials only.
    files: { names: [], prefixes: [], suffixes: ['.ps1', '.psm1'] },
    editorIds: ['powershell'],
    grammar: null,
    comment: { line: '#' },
    envRead: (name) => `$env:${name}`,
    // Loaders such as `Get-Content .env | ForEach-Object { … }` take each value literally.
    dotenvDialect: 'node-dotenv',
  },
  keyfile: {
    name: 'Key file',
    // SSH keys are named by convention, without an extension; .netrc, .pgpass and .git-credentials are
    // the login stores of curl/git/ftp, PostgreSQL and git's `store` helper.
    // Postfix's sasl_passwd and rsync's secrets file hold `user:password` lines. `keys.txt` is where
    // age-keygen and SOPS keep age identities (`~/.config/sops/age/keys.txt`).
    files: {
      names: ['keys.txt', 'id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk', '.netrc', '_netrc', '.pgpass', '.git-credentials', 'sasl_passwd', 'rsyncd.secrets', 'rsync.secrets'],
      prefixes: [],
      suffixes: ['.key', '.pem', '.p8'],
    },
    editorIds: [],
    grammar: null,
    // PEM has no comments: a key file is never edited to silence a finding, it is removed.
    comment: 'none',
    envRead: null,
    dotenvDialect: 'node-dotenv',
  },
  hocon: {
    name: 'HOCON',
    // Typesafe Config's application.conf (Akka, Play, Ktor), also per environment.
    files: {
      names: ['application', 'application.dev', 'application.local', 'application.prod', 'application.production', 'application.staging', 'application.test'].map((n) => `${n}.conf`),
      prefixes: [],
      suffixes: ['.hocon'],
      backedUp: true,
    },
    editorIds: ['hocon'],
    grammar: null,
    comment: { line: '#' },
    // `${?NAME}` reads the environment variable when it is set.
    envRead: (name) => `\${?${name}}`,
    dotenvDialect: 'dotenv-java',
  },
  toml: {
    name: 'TOML',
    // Go and Rust service configs, Streamlit's secrets.toml, fly.toml, netlify.toml, pyproject.toml;
    // Pipenv's `Pipfile` (a `[[source]]` index URL with its login).
    files: { ...none, names: ['Pipfile'], suffixes: ['.toml'], backedUp: true },
    editorIds: ['toml'],
    grammar: null,
    comment: { line: '#' },
    // TOML has no interpolation: the program that loads the file reads the environment.
    envRead: null,
    dotenvDialect: 'node-dotenv',
  },
  tfvars: {
    name: 'Terraform (.tf, .tfvars), HCL configs and Prisma schemas',
    // terraform.tfvars, *.auto.tfvars: HCL assignments (`key = "value"`, `{ }` maps, `[ ]` lists), which
    // the TOML reader reads; *.tf alike: its block headers (`resource "aws_db_instance" "main" {`) open
    // tables, and references (`var.db_password`) and `${…}` interpolations are no literal values.
    // Prisma's schema.prisma is written the same way (`datasource db { url = "…" }`, `env("X")` a call).
    // The Terraform CLI's own config, `.terraformrc` (`terraform.rc` on Windows): `credentials "app.terraform.io" { token = "…" }`.
    // HashiCorp's other tools are configured in the same HCL: Nomad jobs (`*.nomad.hcl`: a task's `env { }`,
    // a registry `auth { }`; `*.nomad`, their older name), Consul and Vault agents (`encrypt`, ACL tokens), Packer templates, Atlas.
    files: { ...none, names: ['.terraformrc', 'terraform.rc'], suffixes: ['.tfvars', '.tf', '.prisma', '.hcl', '.nomad'] },
    editorIds: ['terraform-vars', 'terraform', 'prisma', 'hcl'],
    grammar: null,
    comment: { line: '#' },
    // Terraform reads a variable from TF_VAR_<name>; the file itself cannot read the environment.
    envRead: null,
    dotenvDialect: 'node-dotenv',
  },
  groovy: {
    name: 'Groovy (Gradle, Jenkinsfile)',
    // Gradle's Groovy DSL (build.gradle, settings.gradle, init scripts), Jenkins pipelines, Grails'
    // application.groovy: read by a small tokenizer for the statements that hold values.
    // Nextflow's nextflow.config is Groovy too (`aws { secretKey = '…' }`, `tower { accessToken = '…' }`).
    // A repository with several pipelines names them `Jenkinsfile.release`, `Jenkinsfile_build`, `Jenkinsfile-deploy-prod`
    // or `deploy.jenkinsfile`.
    files: { names: ['Jenkinsfile', 'nextflow.config'], prefixes: ['Jenkinsfile.', 'Jenkinsfile_', 'Jenkinsfile-'], suffixes: ['.gradle', '.groovy', '.jenkinsfile'] },
    editorIds: ['groovy', 'jenkinsfile'],
    grammar: null,
    comment: { line: '//' },
    envRead: (name) => `System.getenv('${name}')`,
    dotenvDialect: 'dotenv-java',
  },
  sql: {
    name: 'SQL scripts',
    // Scripts committed beside an app: `docker-entrypoint-initdb.d/*.sql` that create the app's roles,
    // seeds, migrations. Their statements give logins passwords (`CREATE ROLE … PASSWORD '…'`, `IDENTIFIED BY`).
    // Cassandra's `.cql` too (`CREATE ROLE … WITH PASSWORD = '…'`).
    files: { ...none, suffixes: ['.sql', '.cql'] },
    editorIds: ['sql'],
    grammar: null,
    comment: { line: '--' },
    // A script has no environment read of its own: psql passes a variable (`:'password'`), a runner a parameter.
    envRead: null,
    dotenvDialect: 'node-dotenv',
  },
  http: {
    name: 'HTTP request files (.http, .rest)',
    // The request files of VS Code's REST Client and JetBrains' HTTP Client, committed to try an API:
    // `@token = …` variables, `Authorization: Bearer …` headers.
    files: { ...none, suffixes: ['.http', '.rest'] },
    editorIds: ['http'],
    grammar: null,
    comment: { line: '#' },
    // REST Client reads `{{$processEnv NAME}}`, JetBrains `{{$env.NAME}}`: no one spelling, so no fix.
    envRead: null,
    dotenvDialect: 'node-dotenv',
  },
  jupyter: {
    name: 'Jupyter notebooks',
    // Data-science repos commit keys in cells (`openai.api_key = "sk-…"`, a MongoClient URL with its password).
    // The code cells are read as Python (languages/notebook.ts); outputs, markdown and raw cells are not.
    // VS Code opens a notebook's cells as Python documents of their own, so no editor id here.
    files: { ...none, suffixes: ['.ipynb'] },
    editorIds: [],
    grammar: null,
    comment: { line: '#' },
    envRead: (name) => `os.environ["${name}"]`,
    dotenvDialect: 'python-dotenv',
    code: 'python',
  },
  component: {
    name: 'Vue, Svelte and Astro components',
    // Their `<script>` blocks (and an Astro page's server-side frontmatter) are JavaScript or TypeScript
    // (languages/components.ts): a key written there ships to every browser or sits in server code.
    files: { ...none, suffixes: ['.vue', '.svelte', '.astro'] },
    editorIds: ['vue', 'svelte', 'astro'],
    grammar: null,
    comment: { line: '//' },
    // Vite, which all three build with, exposes the environment as import.meta.env.
    envRead: (name) => `import.meta.env.${name}`,
    dotenvDialect: 'node-dotenv',
    code: 'javascript',
  },
  jsp: {
    name: 'JavaServer Pages',
    // Legacy Java web apps open their database connection in a page (`<% DriverManager.getConnection(url, "root", "…") %>`).
    // The Java of its scriptlets, declarations and expressions is read as Java (languages/jsp.ts); markup, directives and EL are not.
    files: { ...none, suffixes: ['.jsp', '.jspf', '.jspx'] },
    editorIds: ['jsp'],
    grammar: null,
    comment: { line: '//' },
    envRead: (name) => `System.getenv("${name}")`,
    dotenvDialect: 'dotenv-java',
    code: 'java',
  },
  requirements: {
    name: 'pip requirements files',
    // pip's requirements and constraints files (requirements.txt, requirements-dev.txt, test-requirements.txt,
    // constraints.txt) and pip-tools' inputs (requirements.in, requirements-dev.in): one requirement or option a
    // line. Read for the folders they install from (Factor I); Factor II reads them beside the code (dependencyFacts.ts).
    files: {
      names: [],
      prefixes: [],
      suffixes: ['-requirements.txt', '_requirements.txt', '-constraints.txt'],
      framed: [
        { start: 'requirements', end: '.txt' },
        { start: 'requirements', end: '.in' },
        { start: 'constraints', end: '.txt' },
      ],
    },
    // The Python extension's id for them.
    editorIds: ['pip-requirements'],
    grammar: null,
    comment: { line: '#' },
    // pip expands `${NAME}` from the environment in a requirements file.
    envRead: interpolated,
    dotenvDialect: 'python-dotenv',
  },
  gomod: {
    name: 'Go module files (go.mod, go.work)',
    // The Go module and workspace files: `replace … => ../x`, `use ../x` name folders the build takes code from.
    files: { names: ['go.mod', 'go.work'], prefixes: [], suffixes: [] },
    // The Go extension's ids for them.
    editorIds: ['go.mod', 'go.work'],
    grammar: null,
    comment: { line: '//' },
    envRead: null,
    dotenvDialect: 'godotenv',
  },
} as const satisfies Readonly<Record<LanguageId, LanguageRecord>>;

/** Every language, in catalogue order (the docs list them in this order). */
export const LANGUAGE_IDS = Object.keys(LANGUAGES) as LanguageId[];

export function languageRecord(language: LanguageId): LanguageRecord {
  return LANGUAGES[language];
}

/** Languages read with a tree-sitter grammar (the others have a parser in this folder). */
export type TreeSitterLanguage = { [K in LanguageId]: (typeof LANGUAGES)[K]['grammar'] extends string ? K : never }[LanguageId];

export const TREE_SITTER_LANGUAGES = LANGUAGE_IDS.filter((id) => LANGUAGES[id].grammar !== null) as TreeSitterLanguage[];

/** The language whose checks and grammar read a file of `language`: its own, or its cells' (a notebook's Python). */
export function codeLanguage(language: LanguageId): LanguageId {
  const record: LanguageRecord = LANGUAGES[language];
  return record.code ?? language;
}

export function isTreeSitterLanguage(language: LanguageId): language is TreeSitterLanguage {
  return LANGUAGES[language].grammar !== null;
}

/** The web-tree-sitter runtime every grammar needs. */
export const TREE_SITTER_RUNTIME = 'web-tree-sitter/tree-sitter.wasm';

/** Every wasm file the build copies into dist/grammars/ (the runtime first). */
export function grammarFiles(): string[] {
  return [TREE_SITTER_RUNTIME, ...TREE_SITTER_LANGUAGES.map((id) => LANGUAGES[id].grammar)];
}

/** Our language for an editor's language id. */
export function languageOfEditorId(editorId: string): LanguageId | undefined {
  return LANGUAGE_IDS.find((id) => (LANGUAGES[id].editorIds as readonly string[]).includes(editorId));
}

/** Glob patterns (VS Code's syntax) for the files of one language, from its file names. */
export function fileGlobs(language: LanguageId): string[] {
  const files: FileNames = LANGUAGES[language].files;
  const { names, prefixes, suffixes, framed = [], paths = [] } = files;
  const backups = files.backedUp ? `{,${BACKUP_ENDINGS.join(',')}}` : '';
  return [
    ...names.map((n) => `**/${n}${backups}`),
    ...prefixes.map((p) => `**/${p}*`),
    ...suffixes.map((s) => `**/*${s}${backups}`),
    ...framed.map(({ start, end }) => `**/${start}*${end}${backups}`),
    ...paths.map((path) => `**/${path}${backups}`),
  ];
}
