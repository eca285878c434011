import type { Examples } from '../../rule';

export const propertiesExamples: Examples = {
  valid: [
    { name: "a CMS block's content key is a name, not a generated value", path: 'src/main/resources/application.properties', code: 'cms.home.content-key=homepage_hero\ncms.footer.content-key=footer-links\n' },
    {
      name: "a payment SDK's RSA public key in base64 (no version 0 after its SEQUENCE): public by design",
      path: 'src/main/resources/application.properties',
      code: 'pay.platform-public-key=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8ANPfzjLLk5kgljYwn3YQlERbpt6L59RE4JlVFz0tS8wCTKD45Fx7aAv/havENJ5O3LDSm9Oz37XF/gno33519yjRLrZpngxxeHTV+2a8B33XGt6LmX3akVJdfMISg6vSH4C33xrmFx7qzUe++SpwjJ9bDChu66qSdgABmUzS6S+a7u8fhiBkp3yE2aE2SeHPx7/GHIEofI/fNKqrdvtFVDf9SBbjlaBItfA0qzPwNzPJuc9yk0nIRVuwiHYHb+KHRlk+IThfRG5YuUCuxYawqaDEqxESQ7hnwO/M1mj+/2aQtXiUe08gAs3h9cmtdS2tlvYRLdMS5lVPO1jeq92ON+P8aIRtl6eunMDrCwKld\n',
    },
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
        'spring.datasource.username=${DB_USER:shop}',
        'server.port=${PORT:8080}',
        'spring.mail.password=${MAIL_PASSWORD:${SMTP_PASSWORD}}',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "the admin login the app checks itself falls back to a placeholder word: every deploy that forgets the variable has it (probe20, mongo-express)",
      path: 'src/main/resources/application-docker.properties',
      code: 'app.admin.password=${ADMIN_PASSWORD:⟦changeme⟧}\nspring.mail.password=${MAIL_PASSWORD:changeme}\n',
      severity: 'warning',
    },
    {
      name: "a login repeated as its password, each a placeholder's default (Spring PetClinic's mysql profile): information, as the plain pair is (probe19)",
      path: 'src/main/resources/application-mysql.properties',
      code: 'spring.datasource.url=${MYSQL_URL:jdbc:mysql://localhost/petclinic}\nspring.datasource.username=${MYSQL_USER:petclinic}\nspring.datasource.password=${MYSQL_PASS:⟦petclinic⟧}\n',
      severity: 'info',
    },
    {
      name: "the user's name as its password under a Quarkus %prod. key guards a deployed database, as in a prod-only file (quarkus-super-heroes)",
      path: 'src/main/resources/application.properties',
      code: '%prod.quarkus.datasource.username=superbad\n%prod.quarkus.datasource.password=⟦superbad⟧\n',
      severity: 'warning',
    },
    {
      name: "Alipay's content-key: the generated AES key its gateway encrypts request bodies with (probe18, newbee-mall)",
      path: 'src/main/resources/alipay.properties',
      code: 'pay.sign-type=RSA2\npay.content-key=⟦2+/ooTI/NGM0jqaosZEAvA==⟧\npay.content-encrypt-type=AES\n',
    },
    {
      name: "an RSA private key's DER bytes in base64, no PEM armour, as payment SDKs take it (1,600 characters: longer than any password)",
      path: 'src/main/resources/application-pay.properties',
      code: 'pay.merchant-private-key=⟦MIIEvwIBADANBgkqhkiG9w0BAQEFAASCBKl6CxEPY/uEkeo2UTZf7Stk1+NgkJN7P8Y552NUkcPW6NZ5ElZN2eGVPIfJhupvcu8kbx8Qr0cuGw4LueM7UVPNUkF3pYYTYSu7jhdUvc6Nm+FFHgq918Eh4CzXku7REgN6Gvk07Eh0uaDW11SYbZtIEd6KbuWFSGyqd3hPDiF8j3ur5xaRhNSxiIuZIKHzQi8eGEubARaSfRa1HujWpK5DuF4ew2u2ToUdYo1tnZUf7BYZ39AHIDn2IEP8v8aoFJzHHaykKq+GxPCqslWl+kgHdnxVxTZAuKOWzMdRBRknNGfbvgXkzGM1ShI6xlPJmt6mF+oTsg9/pU8QYENSAyutoqG5TvxMyJ6NYe3N/YBhBsrptrtQH5dyugr+6bECl8OUxnykDYJjRovFLfxQdFk60+Rk2cTARrzzgey+o4Y7In3wgWQCiTG3xDD9COLMEZXiZFCLNVz42q9+hmPHhSWbYP31NLMpNMcjdqii+4lqeOXU7R3BzbCTCbcjcm8GOWxYylQ0sO9YIRjrxXeSgpE+LvS0Y1K/qboVpeCfSpcy4bKs/cttRJV3JS/sFog26Gx+4ucy3vDLTS5u+QjpD8rlRwU96/uK8kk+6Yf5DzyPkc6HzF9fo718Qoq6KQfh2kpiT+0QJsfglCPn1Rz6gncJipKOZ0A2oYsk2N2M6geQBpE+idN0y5MkAqzr+M9AGNsmOyMKJiDUADLXcKqihNC/3d1ZcZ2LmWVMirUpPVHnuJO5t+2NqQjVQl3a3lsR1tOq4+h4TBJfvy9Hr8a4L1XU3BVxZIZQAlb4JCJ4vnsd0gEYD9UZJQ3cU1+WGjteKTYshMl18zpHBO35FU/qaojF4BfVrqdlIgw7lQ+0neS3Aa+SgHpGHy1J71tQ69LRN8FY4lwYwBw2x4r5p5+5St66a1BWBqdbXOR/7KxJJovYZNdAi0jGti6DEsQ+Sh2414P8DSNvE8b/cm/dVS5AFcNmzeIgOxfAKwZopMFUUFBnmN9nEZjDope0YYIRaFpWtB+/H6CR+CxGNX4XtgyrjbGCVGxWl/L5305GlizcT2EaFQ4IJH0ipIT58p34A49He6WtB9OpGB/tnmCXlMOgEj5YjYQ+Hb51qqKQY/O2hx0MfuhlHLH1K9+PuZ84E6JvLUbheZ+9a80xduiNAHSgFS0IJhx3rziKDWSbFbMM8pHuaN66w/E/H/+GQlBPdd4bP3mjLw6Sz07BYmGQp2f+VnqDyDDrUc7pEvMkIbd0N8leMdoK4w2EUzyuIIxa1tGcy8qHgRW+qpukJ/qS+h0rQf8953tNWrrytRYufg5D8VWsZpTt3Gws/BX8imZHMTfK5xSbF8l/hQ8rd5n/zWNVMBc8Awx+tpzLdQSKl6LiG7b5icGOKMUfrDWXaJVzsNaqezGywKpEn3saseillrR9zDKC6RgE2QxF7sqIvm1ZxdZpfbS+iWStPBX1KyIdepIzjJZ5hviIS+chHazgXyzEtrQXNWT4W+HHmptZH1OOl896gD2LnPKcGxKDmzTyoOctC96j9HTjEDXglIbaRCbJzucXwM2VFdf5UojIS7WNqEsCWXnwsRTIKO84JA==⟧\n',
    },
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
      messageIncludes: ['"spring.datasource.password"', '${DATASOURCE_PASSWORD}'],
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
