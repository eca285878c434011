// Groovy examples: Gradle build scripts, a Jenkinsfile, Grails config. Generated values.
import type { Examples } from '../../rule';

export const groovyExamples: Examples = {
  valid: [
    {
      name: "Gradle's Property API and providers given reads, a user name, an empty or placeholder fallback, a setting that names no credential",
      path: 'build.gradle',
      code: "publishing {\n    repositories {\n        maven {\n            credentials {\n                username.set('mirror-ci')\n                password.set(providers.environmentVariable('MIRROR_PASSWORD'))\n            }\n        }\n    }\n}\ndef publishSecret = providers.environmentVariable('GRADLE_PUBLISH_SECRET').getOrElse('')\ndef notes = providers.gradleProperty('notesPassword').orElse('changeme')\nproject.ext.set('releaseChannel', '#releases')\n",
    },
    {
      name: "a Maven coordinate under a signature's name: the animal-sniffer API signature Spring's build checks against",
      path: 'build.gradle',
      code: `dependencies {
    javaApiSignature("org.codehaus.mojo.signature:java16:1.1@signature")
}
`,
    },
    {
      name: "options whose default is read elsewhere: picocli's ${env:…}, a CliBuilder option without a default, an elvis to an env read",
      path: 'scripts/tag-release.groovy',
      code: "@Option(names = '--jira-password', defaultValue = '${env:JIRA_PASSWORD}', description = 'Jira password')\n@Field String jiraPassword\ncli.with {\n    p longOpt: 'password', args: 1, 'Deploy password'\n    r longOpt: 'region', args: 1, defaultValue: 'eu-west-1', 'Region'\n}\ndef password = options.p ?: System.getenv('NEXUS_PASSWORD')\ndef label = options.l ?: 'Nexus password'\n",
    },
    {
      name: 'in-memory PGP keys and a command line whose password comes from a property or the environment',
      path: 'build.gradle',
      code: "signing {\n    useInMemoryPgpKeys(findProperty('signingKey'), findProperty('signingPassword'))\n}\ntasks.register('pushChart', Exec) {\n    commandLine 'helm', 'push', 'chart.tgz', '--password', System.getenv('HELM_PASSWORD')\n}\n",
    },
    {
      name: 'repository credentials and signing passwords read from Gradle properties or the environment; a GString that interpolates',
      path: 'build.gradle',
      code: [
        'allprojects {',
        '    repositories {',
        '        maven {',
        "            url 'https://maven.pkg.github.com/acme/sdk'",
        '            credentials {',
        "                username = project.findProperty('gpr.user') ?: System.getenv('GITHUB_ACTOR')",
        "                password = project.findProperty('gpr.key') ?: System.getenv('GITHUB_TOKEN')",
        '            }',
        '        }',
        '    }',
        '}',
        'android {',
        '    signingConfigs {',
        '        release {',
        "            storePassword System.getenv('KEYSTORE_PASSWORD')",
        '            keyPassword "${keystoreProperties[\'keyPassword\']}"',
        '        }',
        '    }',
        '    defaultConfig {',
        "        buildConfigField 'String', 'API_BASE_URL', '\"https://api.example.com/\"'",
        "        buildConfigField 'String', 'MAPS_KEY', '\"\"'",
        '    }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'connect calls given the password from the environment, or given a URL that is no JDBC URL',
      path: 'scripts/ImportVehicles.groovy',
      code: [
        "def db = Sql.newInstance('jdbc:postgresql://fleet-db.internal:5432/fleet', 'fleet_import', System.getenv('FLEET_IMPORT_PASSWORD'), 'org.postgresql.Driver')",
        "def pool = Pool.newInstance('workers', 'queue', 'default-lane')",
        "def map = Sql.newInstance(url: 'jdbc:postgresql://fleet-db.internal/fleet', user: 'fleet', password: System.getenv('DB_PASSWORD'))",
        '',
      ].join('\n'),
    },
    {
      name: 'a Jenkinsfile binding its secrets from the credentials store',
      path: 'Jenkinsfile',
      code: [
        'pipeline {',
        '    environment {',
        "        NEXUS = credentials('nexus-deploy')",
        "        SLACK_CHANNEL = '#builds'",
        '    }',
        '    stages {',
        "        stage('Publish') {",
        '            steps {',
        "                withCredentials([usernamePassword(credentialsId: 'registry', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')]) {",
        "                    sh 'docker login -u $REG_USER -p $REG_PASS registry.example.com'",
        '                }',
        '            }',
        '        }',
        '    }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: "an ops script: a header that is no credential, a token read from the environment, a command list handed the environment, labels in a map",
      path: 'scripts/nightly-export.groovy',
      code: `def conn = new URL('https://api.example.com/v2/uploads').openConnection()
conn.setRequestProperty('Content-Type', 'application/json')
conn.setRequestProperty('Authorization', "Bearer \${System.getenv('PARTNER_TOKEN')}")
["curl", "-s", "-H", "Content-Type: application/json", System.getenv('SLACK_WEBHOOK_URL')].execute()
"git rev-parse --short HEAD".execute().text.trim()
def labels = [password: 'Password', token: 'API token']
`,
    },
    {
      name: "Job DSL parameters and steps, HTTPBuilder auth and headers that read the environment or hold no secret",
      path: 'jobs/seed.groovy',
      code: "pipelineJob('deploy') {\n    parameters {\n        stringParam('IMAGE_TAG', 'latest', 'Image tag to deploy')\n        nonStoredPasswordParam('DB_PASSWORD', 'Database password')\n    }\n}\njob('backup') {\n    steps {\n        shell('pg_dump -U \"$PGUSER\" shop | gzip > shop.sql.gz')\n    }\n}\ndef api = configure {\n    request.headers['Accept'] = 'application/json'\n    request.auth.basic System.getenv('API_USER'), System.getenv('API_PASSWORD')\n}\n",
    },
  ],
  invalid: [
    {
      name: "Gradle's Property API set from a literal, a provider's fallback, a value set on ext under a credential's name",
      path: 'build.gradle',
      code: "publishing {\n    repositories {\n        maven {\n            credentials {\n                username.set('mirror-ci')\n                password.set(⟦'e3gNJaNxRq5AGfcFC3gU'⟧)\n            }\n        }\n    }\n}\ndef publishKey = providers.gradleProperty('gradle.publish.key').getOrElse(⟦'tuPa2cBsxkEdmxQKYzkS'⟧)\nproject.ext.set('gpgPassphrase', ⟦'kxXPjgZ8nMRKsJKM2EJP'⟧)\n",
    },
    {
      name: "Job DSL: a string parameter's default named by the parameter, a shell step's curl login; HTTPBuilder: a header put by index, request.auth.basic's password",
      path: 'jobs/seed.groovy',
      code: "pipelineJob('deploy') {\n    parameters {\n        stringParam('DATADOG_API_KEY', ⟦'a3f9c1e07d5b48b2a6e4c8d0f2b7a9e1'⟧, 'Deploy marker key')\n    }\n}\njob('backup') {\n    steps {\n        shell('curl -fsS -u backup:⟦Km4tWq9RzX2nLv7pHc5bJd8F⟧ -T shop.sql.gz https://nexus.example/backups/')\n    }\n}\ndef api = configure {\n    request.headers['X-Api-Key'] = ⟦'Hn6tRq2WzK9mXv4pLc7bJd3F'⟧\n    request.auth.basic 'reports-svc', ⟦'Tm3kNw8QvR5xZp2cLb7hJs4E'⟧\n}\n",
    },
    {
      name: "an option's default named by the option (CliBuilder's longOpt, picocli's names), an elvis fallback under the declared name, a token in an annotation",
      path: 'scripts/publish.groovy',
      code: "cli.with {\n    t longOpt: 'slack-token', args: 1, defaultValue: ⟦'uxYG79meDicFdtjSM66pnk5Hbv'⟧, 'Slack bot token'\n}\n@Option(names = ['-k', '--api-key'], defaultValue = ⟦'NhjbzlcBZwOSiQpwKTb7UZDOq1'⟧)\n@Field String apiKey\ndef signingPassphrase = options.'signing-passphrase' ?: ⟦'AgNAshkTUMsmmbH7vmhuTtg4'⟧\n@Command(name = 'tag', description = ⟦'glpat-AgNAshkTUMsmmbH7vmhu'⟧)\n",
      messageIncludes: ['Factor III'],
    },
    {
      name: "an ops script: a map's last entry, a request header's value, a command line run by String.execute()",
      path: 'scripts/nexus-cleanup.groovy',
      code: `def ldap = [host: 'ldap.example.com', bindPassword: ⟦'Kp4nWx8zTq2vLc6M'⟧]
def conn = new URL('https://api.example.com/v2/uploads').openConnection()
conn.setRequestProperty('Authorization', ⟦'Bearer pbk_5Hq2Vx9Lt4Wz6Nc1Rb8Km3PdYt7'⟧)
"curl -fsS -u ops:⟦Gx2dLs7vNq4pRk9w⟧ https://nexus.example.com/service/rest/v1/status".execute().waitFor()
`,
    },
    {
      name: "the password of Gradle's in-memory PGP keys, and the string after a credential's flag in a command line",
      path: 'build.gradle',
      code: "signing {\n    useInMemoryPgpKeys(signingKey, ⟦'Pf7Tk3Wy9Bq5Hm2C'⟧)\n}\ntasks.register('pushChart', Exec) {\n    commandLine 'helm', 'push', 'chart.tgz', '--username', 'ci', '--password', ⟦'Jx2Vr6Ns8Gc4Ld1P'⟧\n}\n",
    },
    {
      name: "the Android debug keystore's stock password: information",
      path: 'app/build.gradle',
      code: [
        'android {',
        '    signingConfigs {',
        '        debug {',
        "            storePassword ⟦'android'⟧",
        "            keyAlias 'androiddebugkey'",
        "            keyPassword ⟦'android'⟧",
        '        }',
        '    }',
        '}',
        '',
      ].join('\n'),
      severity: 'info',
    },
    {
      name: 'signing passwords, repository credentials and keys compiled into the app (buildConfigField, resValue)',
      path: 'app/build.gradle',
      code: [
        'android {',
        '    defaultConfig {',
        "        buildConfigField 'String', 'WEATHER_API_KEY', ⟦'\"9b8a8567aa110266924253f9e9c71779\"'⟧",
        "        resValue 'string', 'facebook_client_token', ⟦'e528f5c49180031b92a94a85b0e4c0a7'⟧",
        '    }',
        '    signingConfigs {',
        '        release {',
        "            storePassword ⟦'UBz5KGeUc3iDTGz4'⟧",
        "            keyPassword = ⟦\"rfYpS6fqx3d7zpjr\"⟧",
        '        }',
        '    }',
        '}',
        'repositories {',
        '    maven {',
        "        credentials(username: 'ci', password: ⟦'pVZp8yWOYzcYbRmZCn'⟧)",
        '    }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['Gradle property'],
    },
    {
      name: "a Jenkinsfile's environment token, and a fallback after an environment read",
      path: 'Jenkinsfile',
      code: [
        'pipeline {',
        '    environment {',
        "        SONAR_TOKEN = ⟦'squ_32b50394ab0974b3534d558dc2975a3f50aec89b'⟧",
        "        SIGNING_KEY = System.getenv('SIGNING_KEY') ?: ⟦'5NsKlNQBpEgREMf7ujUvd9f5'⟧",
        '    }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['Jenkins credentials store'],
    },
    {
      name: "a Groovy class's constant named for a key, and Grails' dotted settings (the remember-me cookie key)",
      path: 'grails-app/services/library/IsbnService.groovy',
      code: [
        'class IsbnService {',
        "    static final String ISBNDB_KEY = ⟦'Ny4nU4P0SgFvBHR3dTHok7p4c5kYS0Odis5On7bW'⟧",
        "    static final String HEADER = 'Authorization'",
        '}',
        "grails.plugin.springsecurity.rememberMe.key = ⟦'Y72OcuUe80jOLFTSoSiXFmdKmnwhyK1E'⟧",
        "grails.plugin.springsecurity.password.algorithm = 'bcrypt'",
        '',
      ].join('\n'),
      messageIncludes: ["System.getenv('NAME')"],
    },
    {
      name: "Grails' application.groovy: a data source password",
      path: 'grails-app/conf/application.groovy',
      code: [
        'environments {',
        '    production {',
        '        dataSource {',
        "            url = 'jdbc:postgresql://db.internal:5432/shop'",
        "            password = ⟦'tgoeHbXjz1fZ8OIRr3'⟧",
        '        }',
        '    }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: "a pipeline's sh steps: a registry login's -p, curl's -u user:password and a bearer header",
      path: 'Jenkinsfile',
      code: [
        'pipeline {',
        '    stages {',
        "        stage('Release') {",
        '            steps {',
        "                sh 'docker login -u ci-mobile -p ⟦Wq8-zLm3VxT7kR2p⟧ registry.acme.example'",
        '                sh "curl -fsS -u release-bot:⟦Hn4xQ9vLm2TzK7wP⟧ -X POST https://status.acme.example/api/releases -d version=${env.BUILD_NUMBER}"',
        "                sh(script: 'curl -fsS -H \"Authorization: Bearer ⟦Zx7Qw2Lm9Vn4Tp8Rk3Yc6Hs1Jd5Fg0Ua2Eb4Wm8⟧\" https://api.acme.example/health', returnStdout: true)",
        '            }',
        '        }',
        '    }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['Jenkins credentials store'],
    },
    {
      name: "Groovy's Sql.newInstance and JDBC's getConnection given a jdbc: URL, a user and a literal password",
      path: 'grails-app/services/fleet/WarrantyService.groovy',
      code: [
        'class WarrantyService {',
        '    void sync() {',
        "        def sql = Sql.newInstance('jdbc:mysql://warranty-db.internal:3306/warranty', 'fleet_sync', ⟦'Gx7-qLm2Vz9RkTp4'⟧, 'com.mysql.cj.jdbc.Driver')",
        "        def conn = DriverManager.getConnection('jdbc:postgresql://fleet-db.internal/fleet', 'fleet', ⟦'Wn3xPq8LzR2vKm7T'⟧)",
        '    }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: "a script's @Field declaration named for a token",
      path: 'scripts/publish.groovy',
      code: "import groovy.transform.Field\n\n@Field final String API_TOKEN = ⟦'Vq8xLm2TzK7wRp4NcY9bHs3JdF6gA1eUq0Wm5Zr2'⟧\n@Field final String API_URL = 'https://gallery.acme.example/api'\n",
    },
  ],
};
