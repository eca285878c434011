// Secrets handed to what builds a client rather than written under a credential's name (batch M: Go,
// Java, Kotlin, PHP): a map of tokens under a struct field, a vendor package's `New`, a named `pass:`
// beside a `user:`, the arguments a container constructs a PDO with, an account number and its
// licence key, a command-line option's default, Gradle's in-memory signing key passphrase (batch M);
// a data source's named property, basic-auth classes and middlewares, DokuWiki's `bindpw` (batch N);
// Bedrock's `Config::define`, an SDK factory given an app id and its key, URL queries in Go and PHP (batch O);
// scoped writers (Nextcloud's `setAppValue`), Casdoor's `InitConfig` (batch P); Kotlin's collection builders.
// Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const HANDED_OVER_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  go: {
    valid: [
      {
        name: "maps of tokens read from the environment, the standard library's and vendors' New with names, not keys",
        path: 'cmd/ledgerd/main.go',
        code: 'package main\n\nimport (\n\t"errors"\n\t"os"\n\t"text/template"\n\n\t"github.com/Masterminds/semver/v3"\n\t"github.com/gregdel/pushover"\n)\n\nvar cfg = Config{ServiceTokens: map[string]string{"reports": os.Getenv("REPORTS_TOKEN")}, Labels: map[string]string{"team": "ledger-platform-2024"}}\nvar errMissing = errors.New("missingServiceTokenHeaderValue")\nvar page = template.New("ledgerSummaryPage")\nvar minimum = semver.New("1.22.4")\nvar app = pushover.New(os.Getenv("PUSHOVER_TOKEN"))\n',
      },
      {
        name: 'a guarded handler whose password is read from the environment, and three literals that are no login',
        path: 'main.go',
        code: 'package main\n\nimport "os"\n\nfunc routes(r *router.Router) {\n\tr.GET("/admin/stats", BasicAuth(stats, "ops", os.Getenv("STATS_PASSWORD")))\n\t_ = Credentials("tenant-a", "reader", "session-token")\n}\n',
      },
    ],
    invalid: [
      {
        name: "a map of service tokens under a config field, and a vendor package's New given its app token",
        path: 'cmd/notifier/main.go',
        code: 'package main\n\nimport "github.com/gregdel/pushover"\n\nvar cfg = auth.Config{ServiceTokens: map[string]string{"billing": ⟦"xBJr8MJvZtpVWsYwLo83SVxVrYkhMVnciw1HOmPF"⟧}}\nvar app = pushover.New(⟦"c47suowc79t9a90o56cwlae0qr1c4s"⟧)\n',
        messageIncludes: ['os.Getenv('],
      },
      {
        name: "Casdoor's SDK initialised with its client secret",
        path: 'internal/sso/sso.go',
        code: 'package sso\n\nimport casdoorsdk "github.com/casdoor/casdoor-go-sdk/casdoorsdk"\n\nfunc init() {\n\tcasdoorsdk.InitConfig("https://sso.acme.example", "e35d478d1b7d2ac862f9", ⟦"8b23c06a5324d6a82061bfca3a7ca29522ec7cd1"⟧, cert, "acme", "console")\n}\n',
        messageIncludes: ['CASDOOR_CLIENT_SECRET'],
      },
      {
        name: "a key in a URL's query",
        path: 'internal/search/client.go',
        code: 'package search\n\nimport "net/http"\n\nfunc Query() (*http.Response, error) {\n\treturn http.Get("https://api.example.com/v1/search?q=shoes&api_key=⟦75ee41c5906031de874abce571c025ce⟧")\n}\n',
        messageIncludes: ['api_key'],
      },
      {
        name: 'a user and password last, after the handler a basic-auth middleware guards',
        path: 'main.go',
        code: 'package main\n\nfunc routes(r *router.Router) {\n\tr.GET("/admin/stats", BasicAuth(stats, "ops", ⟦"F0Q7knY3IuQ!66"⟧))\n}\n',
      },
    ],
  },
  java: {
    valid: [
      {
        name: "picocli defaults read from the environment, and options that are no credential",
        path: 'src/main/java/com/acme/cli/SyncCommand.java',
        code: 'package com.acme.cli;\n\nimport picocli.CommandLine.Option;\n\nclass SyncCommand {\n    @Option(names = "--api-token", defaultValue = "${env:SHOPIFY_API_TOKEN}")\n    String apiToken;\n\n    @Option(names = "--db-user", defaultValue = "inventory")\n    String dbUser;\n\n    @Option(names = "--password-file", defaultValue = "/run/secrets/db-password")\n    String passwordFile;\n}\n',
      },
      {
        name: 'named properties that are no credential, a basic-auth class given the environment',
        path: 'src/main/java/com/acme/reports/Warehouse.java',
        code: 'package com.acme.reports;\n\nclass Warehouse {\n    void configure(HikariConfig config) {\n        config.addDataSourceProperty("sslmode", "require");\n        config.addDataSourceProperty("password", System.getenv("DB_PASSWORD"));\n    }\n\n    BasicAuthRequestInterceptor legacyAuth() {\n        return new BasicAuthRequestInterceptor("partner-gw", System.getenv("PARTNER_PASSWORD"));\n    }\n}\n',
      },
    ],
    invalid: [
      {
        name: "a picocli option's default named for a password, and one whose names are a list",
        path: 'src/main/java/com/acme/cli/InventoryCommand.java',
        code: 'package com.acme.cli;\n\nimport picocli.CommandLine.Option;\n\nclass InventoryCommand {\n    @Option(names = "--db-password", defaultValue = "⟦6fXEKvFUvusg#⟧")\n    String dbPassword;\n\n    @Option(names = {"-k", "--signing-key"}, defaultValue = "⟦i97QsTRsYXASJy4tGFUMlwbrbbNvpMk4YnwY71qa⟧")\n    String signingKey;\n}\n',
        messageIncludes: ['remove the default'],
      },
      {
        name: "a data source's password set as a named property, a basic-auth class's password",
        path: 'src/main/java/com/acme/reports/Warehouse.java',
        code: 'package com.acme.reports;\n\nclass Warehouse {\n    void configure(HikariConfig config) {\n        config.addDataSourceProperty("password", ⟦"00BTRKzGKLf!76"⟧);\n    }\n\n    BasicAuthRequestInterceptor legacyAuth() {\n        return new BasicAuthRequestInterceptor("partner-gw", ⟦"pUbuu8CLfYX!34"⟧);\n    }\n}\n',
      },
    ],
  },
  kotlin: {
    valid: [
      {
        name: 'collections of names, and a map of tokens read from the environment',
        path: 'src/main/kotlin/com/acme/Partners.kt',
        code: 'package com.acme\n\nobject Partners {\n    val fields = listOf("id", "email", "created_at")\n    val partnerTokens = mapOf("acme" to System.getenv("ACME_TOKEN"), "northwind" to "")\n    val headers = mapOf("Accept" to "application/json")\n    val columnKeys = mapOf("customer_id" to 1, "order_id" to 2)\n}\n',
      },
      {
        name: "Gradle's in-memory signing keys read from properties",
        path: 'build.gradle.kts',
        code: 'signing {\n    useInMemoryPgpKeys(findProperty("signingKey") as String?, findProperty("signingPassword") as String?)\n    sign(publishing.publications)\n}\n',
      },
    ],
    invalid: [
      {
        name: "Gradle's in-memory signing key passphrase written in the build script",
        path: 'build.gradle.kts',
        code: 'signing {\n    useInMemoryPgpKeys(findProperty("signingKey") as String?, ⟦"QvzTLUpCUI!"⟧)\n    sign(publishing.publications)\n}\n',
        messageIncludes: ['SIGNING_PASSWORD'],
      },
      {
        name: "a list's element goes where the list goes, a map's value under a name for tokens in the plural",
        path: 'src/main/kotlin/com/acme/Partners.kt',
        code: 'package com.acme\n\nobject Partners {\n    val apiKeys = listOf(⟦"ylI8xpBkVXeJUq32vgYUywsvm54y"⟧)\n    val partnerTokens = mapOf("acme" to ⟦"e9686d3ae3eaebaac53836c3a75a5334"⟧)\n}\n',
      },
      {
        name: 'a lookup from the keys partners send to who they are: the map keys are the secrets',
        path: 'src/main/kotlin/com/acme/PartnerKeys.kt',
        code: 'package com.acme\n\nclass PartnerKeys {\n    private val keys = mapOf(\n        "pk_partner_acme" to "acme",\n        ⟦"3c1f9e7a2b8d4c6e0f5a9b1d7e3c8a2f"⟧ to "northwind",\n    )\n}\n',
      },
    ],
  },
  php: {
    valid: [
      {
        name: "named arguments read from the environment, a `pass` without a user, a container's PDO built from the environment",
        path: 'src/Feed/NatsBridge.php',
        code: "<?php\n\n$nats = new Configuration(host: getenv('NATS_HOST'), user: 'feed', pass: getenv('NATS_PASSWORD'));\n$stage = new Pipeline(name: 'resize', pass: 'second');\nFlight::register('db', PDO::class, [getenv('DB_DSN'), getenv('DB_USER'), getenv('DB_PASSWORD')]);\nFlight::register('view', Smarty::class, ['templates', 'cache', 'compiled']);\n$geo = new Client(734215, getenv('MAXMIND_LICENSE_KEY'));\n",
      },
      {
        name: "Bedrock's Config::define of env reads and flags, factories given names, URLs whose query holds no credential",
        path: 'config/application.php',
        code: "<?php\n\nConfig::define('DB_PASSWORD', env('DB_PASSWORD'));\nConfig::define('DISALLOW_FILE_EDIT', true);\nConfig::define('WP_ENV', 'production');\n$queue = Queue::create('emails', 'high-priority');\n$client = SearchClient::create(env('ALGOLIA_APP_ID'), env('ALGOLIA_ADMIN_KEY'));\n$url = 'https://api.pipedrive.example/v1/persons?api_token=' . getenv('PIPEDRIVE_TOKEN');\n$search = 'https://example.com/search?q=password+reset&page=2';\n",
      },
      {
        name: "a tool named like a password run together: PostfixAdmin's dovecotpw command",
        path: 'functions.inc.php',
        code: "<?php\n\n$dovecotpw = \"doveadm pw\";\nif (!empty($CONF['dovecotpw'])) {\n    $dovecotpw = $CONF['dovecotpw'];\n}\n",
      },
      {
        name: 'scoped writers of values that are no credential, or under keys that name none',
        path: 'lib/Service/CrmClient.php',
        code: "<?php\n\n$this->config->setAppValue('acmesync', 'webhook_secret', getenv('WEBHOOK_SECRET'));\n$this->config->setAppValue('acmesync', 'sync_interval', '3600');\nupdate_user_meta($userId, 'password_reset_notice', 'dismissed');\n",
      },
    ],
    invalid: [
      {
        name: "a named `pass:` beside a `user:`, a PDO's password among a container's arguments, an account number's licence key",
        path: 'bootstrap.php',
        code: "<?php\n\n$nats = new Configuration(host: getenv('NATS_HOST'), user: 'feed', pass: ⟦'VBPWYXCCV2vk5z$'⟧);\nFlight::register('db', PDO::class, [getenv('DB_DSN'), getenv('DB_USER'), ⟦'6fXEKvFUvusg#'⟧]);\n$geo = new Client(734215, ⟦'gn7qpfzPop98U4r9'⟧, ['en'], ['host' => 'geolite.info']);\n",
        messageIncludes: ['getenv('],
      },
      {
        name: "Bedrock's Config::define of WordPress salts and a mail password, Algolia's factory given an app id and its admin key",
        path: 'config/application.php',
        code: "<?php\n\nuse Roots\\WPConfig\\Config;\n\nConfig::define('SECURE_AUTH_KEY', ⟦'cbeRVDMdX42BOy0o0Fp5X#8d*ns3-8ccGy8HzPqb'⟧);\nConfig::define('WP_MAIL_SMTP_PASS', ⟦'mf0B8PwojrA!63'⟧);\n$client = SearchClient::create('03QY0Q1UMM', ⟦'a8a8a4604eef3f5e4d61a98885552c0c'⟧);\n",
      },
      {
        name: "a token in a URL's query, in a Drupal/Backdrop .module file",
        path: 'modules/acme_crm/acme_crm.module',
        code: "<?php\n\nfunction acme_crm_node_insert($node) {\n  backdrop_http_request('https://api.pipedrive.example/v1/persons?api_token=⟦42f5a2d007d359cb27e68665524271d0557cff22⟧', ['method' => 'POST']);\n}\n",
        messageIncludes: ['api_token'],
      },
      {
        name: "a scoped writer's value under a credential key: Nextcloud's setAppValue, WordPress' update_user_meta",
        path: 'lib/Service/CrmClient.php',
        code: "<?php\n\n$this->config->setAppValue('acmesync', 'webhook_secret', ⟦'BgQMTCVJ5Yo10RnMxRXIxgjFl9gAMMk9PAu9vsU4'⟧);\nupdate_user_meta($userId, 'crm_api_key', ⟦'1ef29013ace2b14d6e2032854f8f47fd'⟧);\n",
      },
      {
        name: "DokuWiki's LDAP bind password, spelled short and run together",
        path: 'conf/local.php',
        code: "<?php\n$conf['plugin']['authldap']['binddn'] = 'cn=dokuwiki,ou=services,dc=acme,dc=internal';\n$conf['plugin']['authldap']['bindpw'] = ⟦'HxBT5GdqPQE!70'⟧;\n",
      },
    ],
  },
};
