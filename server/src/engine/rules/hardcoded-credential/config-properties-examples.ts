import type { Examples } from '../../rule';

export const propertiesExamples: Examples = {
  valid: [
    {
      name: "messages that quote the code they are about, in another script (a bundle outside a locale's naming)",
      path: 'src/main/resources/org/acme/realm/ErrorStrings.properties',
      code: `combinedRealm.getPassword=getPassword() メソッドを呼び出してはいけません。
cookie.invalidToken=Cookie属性名[{0}]はトークンではないため無効です
ajp.noSecret=AJP连接器配置secretRequired="true",但是属性secret确实空或者空字符串
`,
    },
    {
      name: "Confluent's user info read from the environment, and its credentials source (a mode)",
      path: 'src/main/resources/kafka.properties',
      code: 'basic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=${SR_API_KEY}:${SR_API_SECRET}\n',
    },
    {
      name: 'placeholders resolved from the environment',
      path: 'src/main/resources/application.properties',
      code: [
        '# datasource',
        'spring.datasource.url=jdbc:postgresql://db:5432/shop',
        'spring.datasource.username=shop',
        'spring.datasource.password=${DB_PASSWORD}',
        'jwt.signing.key = ${JWT_SIGNING_KEY:}',
        'stripe.api.key:',
        '! security.token=lZnRpaoWb9yDM-oX',
        '',
      ].join('\n'),
    },
    {
      name: 'placeholder defaults that are empty, a placeholder word, or a non-credential setting',
      path: 'src/main/resources/application-docker.properties',
      code: [
        'spring.datasource.password=${DB_PASSWORD:}',
        'app.jwt.secret=${JWT_SECRET:changeme}',
        'spring.datasource.username=${DB_USER:shop}',
        'server.port=${PORT:8080}',
        'spring.mail.password=${MAIL_PASSWORD:${SMTP_PASSWORD}}',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "Flyway's flyway.conf, and Confluent's basic.auth.user.info (key:secret in one value)",
      path: 'conf/flyway.conf',
      code: 'flyway.url=jdbc:postgresql://db:5432/app\nflyway.user=migrator\nflyway.password=⟦dJbgfphNSaGpodhIj44B⟧\nschema.registry.basic.auth.user.info=⟦eBQ5oCNZskxpNIFA:P4aI04BYsqy7e4h1NEt8sICtw7LsEZYGavMVUQ3z⟧\n',
      messageIncludes: ['Factor III'],
    },
    {
      name: 'a datasource password',
      path: 'src/main/resources/application.properties',
      code: 'spring.datasource.username=shop\nspring.datasource.password=⟦WtfYQCdWn-c_vb!U⟧\n',
      messageIncludes: ['"spring.datasource.password"', '${NAME}'],
      fix: { kind: 'move-to-env', envName: 'DATASOURCE_PASSWORD', value: 'WtfYQCdWn-c_vb!U' },
    },
    {
      name: 'a signing key in `key: value` form, continued on the next line',
      path: 'config/app.properties',
      code: 'jwt.signing.key: ⟦3soOqK49pmq*\\\r\n    sPNJ⟧\r\n',
      fix: { kind: 'move-to-env', envName: 'SIGNING_KEY', value: '3soOqK49pmq*sPNJ' },
    },
    {
      name: 'a client secret in `key value` form',
      path: 'gradle.properties',
      code: 'oauth.client-secret ⟦gp66O8UCgB!mQNyK⟧\n',
    },
    {
      name: 'the default of a placeholder is the value the app runs with when the variable is unset',
      path: 'src/main/resources/application.properties',
      code: 'spring.datasource.password=${DB_PASSWORD:⟦Wv4waMvkJOGiO7⟧}\nbilling.webhook=${WEBHOOK_SECRET:⟦bAZk9RYg81vyPZjBsjanjZnt⟧}\n',
      messageIncludes: ['remove the default and set', 'in the environment'],
    },
    {
      name: 'a JAAS login configuration with its password, under a key that names no credential',
      path: 'src/main/resources/application.properties',
      code: 'kafka.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="fleet" password="⟦2JtpxVRMkDa4D0⟧";\nkafka.sasl.mechanism=PLAIN\n',
      messageIncludes: ['JAAS'],
    },
    {
      name: 'a Quarkus test profile password is information, as in application-test.properties',
      path: 'src/main/resources/application.properties',
      code: '%test.quarkus.datasource.password=⟦NnzJVBG2ESTMUB⟧\n',
      severity: 'info',
      messageIncludes: ['test profile'],
    },
    {
      name: 'the prod profile is the deployed one, and a generated dev-profile password keeps its severity (a live one may be copied in); a dotted random password',
      path: 'src/main/resources/application.properties',
      code: '%prod.quarkus.datasource.password=⟦EigqGW4.zlL2U⟧\n%dev.quarkus.datasource.password=⟦5qJZPVv6o1KVq9⟧\n',
      severity: 'error',
    },
    {
      name: "a chosen word in Quarkus' dev profile, which only quarkus dev loads, is information as in application-dev.properties",
      path: 'src/main/resources/application.properties',
      code: 'quarkus.datasource.password=${DB_PASSWORD}\n%dev.quarkus.datasource.password=⟦claims-dev⟧\n%dev.quarkus.oidc.credentials.secret=⟦local-oidc-secret⟧\n',
      severity: 'info',
      messageIncludes: ['only local development loads'],
    },
    {
      name: 'a password that is the user name beside it (also through a profile) is a local-development default: information',
      path: 'src/main/resources/application.properties',
      code: 'quarkus.datasource.username=payroll\n%dev.quarkus.datasource.password=⟦payroll⟧\nspring.rabbitmq.username=booking\nspring.rabbitmq.password=⟦booking⟧\n',
      severity: 'info',
      messageIncludes: ['user name beside it'],
    },
  ],
};
