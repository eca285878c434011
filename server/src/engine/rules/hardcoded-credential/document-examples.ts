// A settings file (YAML, INI, env lines) written as one multi-line literal under a name: each
// credential-named setting line is a value under its own name, in every language. A literal kept as
// documentation (`EXAMPLES`, `usage`), one under no name, one setting line in a message, or a block of
// code stay silent. Values are made up.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const DOCUMENT_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  go: {
    valid: [
      {
        name: 'a settings file printed, not read: no name holds it and no reader takes it',
        path: 'cmd/tool/main.go',
        code: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println(`\nuser: app\npassword: Hq8rT2vLx9KmP4zN\n`)\n}\n',
      },
      {
        name: "a usage text and an example config (documentation), placeholders and references in the built-in defaults",
        path: 'internal/settings/settings.go',
        code: 'package settings\n\nconst usage = `\nlisten: :8081\nbind_password: Hq8rT2vLx9KmP4zN\n`\n\nconst exampleConfig = `\n[ldap]\nbind_dn = cn=svc\nbind_password = Hq8rT2vLx9KmP4zN\n`\n\nconst defaults = `\nlisten: :8081\nbind_password: ${BIND_PASSWORD}\napi_token: <your token>\n`\n',
      },
      {
        name: 'one setting line in a message is no file',
        path: 'internal/settings/errors.go',
        code: 'package settings\n\nconst hint = `set the bind password in conf/app.ini:\nbind_password: Hq8rT2vLx9KmP4zN`\n',
      },
    ],
    invalid: [
      {
        name: 'YAML under no name, handed to a settings reader (yaml.Unmarshal)',
        path: 'internal/appconfig/thresholds.go',
        code: 'package appconfig\n\nimport "gopkg.in/yaml.v3"\n\nfunc load(cfg *Config) error {\n\treturn yaml.Unmarshal([]byte(`\nuser: app\npassword: ⟦Hq8rT2vLx9KmP4zN⟧\n`), cfg)\n}\n',
      },
      {
        name: 'default YAML and INI compiled into the binary as raw strings',
        path: 'internal/settings/defaults.go',
        code: 'package settings\n\nconst builtin = `\npoll_interval: 60s\nnotify:\n  pagerduty_routing_key: ⟦M5NyH3gTXbZu4MsbhmmWUx⟧\n`\n\nvar defaults = `\n[ldap]\nurl = ldaps://ldap.example:636\nbind_password = ⟦y6n7cY2pv2tFtTua⟧\n`\n',
      },
    ],
  },
  java: {
    valid: [
      {
        name: 'property lines whose secret is a placeholder, or whose name is a header\'s',
        path: 'src/main/java/com/acme/App.java',
        code: 'package com.acme;\n\nclass App {\n    static Object cloud() {\n        return new SpringApplicationBuilder(App.class).properties("spring.datasource.password=${DB_PASSWORD}", "kiosk.api-key-header=X-Kiosk-Key", "spring.mail.password=changeme");\n    }\n}\n',
      },
      {
        name: "a text block of sample config in a help constant",
        path: 'src/main/java/com/acme/Help.java',
        code: 'package com.acme;\n\nclass Help {\n    static final String SAMPLE_CONFIG = """\n        db.user: app\n        db.password: Vx8kLq2mRt7PzW4n\n        """;\n}\n',
      },
    ],
    invalid: [
      {
        name: 'a text block of properties loaded through a StringReader, and a property line handed to SpringApplicationBuilder',
        path: 'src/main/java/com/acme/App.java',
        code: 'package com.acme;\n\nclass App {\n    static void start(java.util.Properties props, String[] args) throws Exception {\n        props.load(new java.io.StringReader("""\n            user=app\n            password=⟦Vx8kLq2mRt7PzW4n⟧\n            """));\n        new SpringApplicationBuilder(App.class).properties("spring.datasource.username=app", "spring.datasource.password=⟦Pz3nQ8wLx5TkR2vM⟧").run(args);\n    }\n}\n',
        messageIncludes: ['Factor III'],
      },
      {
        name: 'a text block of default YAML',
        path: 'src/main/java/com/acme/Defaults.java',
        code: 'package com.acme;\n\nclass Defaults {\n    static final String DEFAULTS = """\n        broker: tcp://mq.acme.internal:1883\n        client_secret: ⟦Vx8kLq2mRt7PzW4n⟧\n        """;\n}\n',
      },
    ],
  },
  kotlin: {
    valid: [
      {
        name: 'a property line whose secret reads the environment',
        path: 'src/main/kotlin/com/acme/App.kt',
        code: 'package com.acme\n\nfun cloud() = SpringApplicationBuilder(App::class.java).properties("spring.datasource.password=\\${DB_PASSWORD}")\n',
      },
      {
        name: 'a raw string of YAML whose secret reads the environment, and a usage text',
        path: 'src/main/kotlin/com/acme/Defaults.kt',
        code: 'package com.acme\n\nval defaults = """\n    user: app\n    password: ${System.getenv("DB_PASSWORD")}\n""".trimIndent()\n\nval usage = """\n    user: app\n    password: Vx8kLq2mRt7PzW4n\n""".trimIndent()\n',
      },
    ],
    invalid: [
      {
        name: 'a raw string of properties loaded through a StringReader, and a property line handed to SpringApplicationBuilder',
        path: 'src/main/kotlin/com/acme/Mailer.kt',
        code: 'package com.acme\n\nval smtp = java.util.Properties().apply {\n    load(java.io.StringReader("""\n        mail.smtp.host=smtp.acme.io\n        mail.smtp.password=⟦Vx8kLq2mRt7PzW4n⟧\n    """.trimIndent()))\n}\n\nfun legacy(args: Array<String>) = SpringApplicationBuilder(App::class.java).properties("spring.datasource.password=⟦Pz3nQ8wLx5TkR2vM⟧").run(*args)\n',
      },
      {
        name: 'a raw string of default YAML',
        path: 'src/main/kotlin/com/acme/Defaults.kt',
        code: 'package com.acme\n\nval defaults = """\n    user: app\n    password: ⟦Vx8kLq2mRt7PzW4n⟧\n""".trimIndent()\n',
      },
    ],
  },
  php: {
    valid: [
      {
        name: 'a heredoc under no name that is printed, not read',
        path: 'bin/show-config.php',
        code: "<?php\necho <<<'INI'\n[partner]\nclient_id = freightly-sdk\nclient_secret = pbGIcmVhVxdpXvkbUvUs\nINI;\n",
      },
      {
        name: 'a nowdoc of example settings',
        path: 'src/Install/Help.php',
        code: "<?php\n$example = <<<'INI'\n[database]\nuser = app\npassword = Vx8kLq2mRt7PzW4n\nINI;\n",
      },
    ],
    invalid: [
      {
        name: 'a heredoc under no name handed to parse_ini_string',
        path: 'src/Config/Defaults.php',
        code: "<?php\nfunction defaults(): array {\n    return parse_ini_string(<<<'INI'\n        [partner]\n        client_id = freightly-sdk\n        client_secret = ⟦pbGIcmVhVxdpXvkbUvUs⟧\n        INI, true);\n}\n",
      },
      {
        name: 'a nowdoc of default INI settings parsed with parse_ini_string',
        path: 'src/Config/Defaults.php',
        code: "<?php\n$defaults = <<<'INI'\n[database]\nuser = app\npassword = ⟦Vx8kLq2mRt7PzW4n⟧\nINI;\n$settings = parse_ini_string($defaults, true);\n",
      },
    ],
  },
  python: {
    valid: [
      {
        name: "an Ansible module's EXAMPLES, and a docstring",
        path: 'plugins/modules/acme_user.py',
        code: 'EXAMPLES = r"""\n- name: Create a user\n  acme_user:\n    username: admin\n    password: S3cretP4ssw0rdX\n"""\n\n\ndef main():\n    """Reads a file like:\n\n    user: app\n    password: S3cretP4ssw0rdX\n    """\n',
      },
    ],
    invalid: [
      {
        name: 'a triple-quoted INI file of defaults read by configparser',
        path: 'app/settings.py',
        code: 'import configparser\n\nDEFAULTS = """\n[smtp]\nhost = smtp.acme.internal\npassword = ⟦Vx8kLq2mRt7PzW4n⟧\n"""\n\nconfig = configparser.ConfigParser()\nconfig.read_string(DEFAULTS)\n',
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'a heredoc of help text',
        path: 'lib/tasks/help.rb',
        code: "USAGE = <<~YAML\n  user: app\n  password: Vx8kLq2mRt7PzW4n\nYAML\n",
      },
    ],
    invalid: [
      {
        name: 'a heredoc of default YAML',
        path: 'config/defaults.rb',
        code: "DEFAULTS = <<~YAML\n  user: app\n  password: ⟦Vx8kLq2mRt7PzW4n⟧\nYAML\n",
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'a template literal of example config in a help text',
        path: 'src/help.js',
        code: 'export const exampleConfig = `\nuser: app\npassword: Vx8kLq2mRt7PzW4n\n`;\n',
      },
    ],
    invalid: [
      {
        name: 'a template literal of default YAML',
        path: 'src/defaults.js',
        code: 'export const defaults = `\nuser: app\npassword: ⟦Vx8kLq2mRt7PzW4n⟧\n`;\n',
      },
    ],
  },
};
