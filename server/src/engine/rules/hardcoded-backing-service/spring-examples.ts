import type { Examples } from '../../rule';

export const springExamples: Examples = {
  valid: [
    { name: "Quarkus' %dev. and %test. keys never deploy", path: 'src/main/resources/application.properties', code: `%dev.quarkus.datasource.jdbc.url=jdbc:postgresql://villains-db.internal:5432/villains\n%test.quarkus.redis.hosts=redis://cache.internal:6379\n` },
    { name: 'a placeholder', path: 'src/main/resources/application.properties', code: `spring.datasource.url=\${JDBC_DATABASE_URL}\n` },
    {
      name: 'a placeholder host inside the URL',
      path: 'src/main/resources/application.properties',
      code: `spring.datasource.url=jdbc:postgresql://\${DB_HOST:localhost}:5432/orders\n`,
    },
    { name: 'a dev profile', path: 'src/main/resources/application-dev.yml', code: `spring:\n  data:\n    redis:\n      host: cache.internal\n` },
    { name: 'test resources', path: 'src/test/resources/application.properties', code: `spring.rabbitmq.host=rabbit.internal\n` },
    { name: 'an embedded database', path: 'src/main/resources/application.properties', code: `spring.datasource.url=jdbc:h2:mem:shop\n` },
    { name: 'not a Spring file', path: 'k8s/config.yaml', code: `data:\n  DATABASE_URL: postgres://db.internal:5432/shop\n` },
    { name: 'the server port is not an address', path: 'src/main/resources/application.yml', code: `server:\n  port: 8080\n  address: 10.0.0.5\n` },
  ],
  invalid: [
    {
      name: "an R2DBC pool URL (`r2dbc:pool:mysql://`, halo's application-mysql.yaml) is read as the driver's URL behind the pool",
      path: 'src/main/resources/application-mysql.yaml',
      code: `spring:\n  r2dbc:\n    url: ⟦r2dbc:pool:mysql://198.51.100.23:3307/blog⟧\n    username: blog\n    password: \${DB_PASSWORD}\n`,
      severity: 'warning',
    },
    {
      name: "a compose service's name in a production profile is the deploy's own server, not a laptop's (litemall's application-db_prod.yml); the message names the key the variable overrides",
      path: 'src/main/resources/application-db_prod.yml',
      code: `spring:\n  datasource:\n    druid:\n      url: ⟦jdbc:mysql://mysql57:3306/shop⟧\n  redis:\n    host: ⟦redis6⟧\n`,
      severity: 'warning',
      messageIncludes: ['which SPRING_', 'overrides; a deploy that forgets the variable'],
    },
    {
      name: "Quarkus' %prod. key: a production profile written into the key, overridden by _PROD_QUARKUS_…",
      path: 'src/main/resources/application.properties',
      code: `quarkus.datasource.db-kind=postgresql\n%prod.quarkus.datasource.jdbc.url=⟦jdbc:postgresql://villains-db:5432/villains⟧\n`,
      severity: 'warning',
      messageIncludes: ['_PROD_QUARKUS_DATASOURCE_JDBC_URL'],
    },
    {
      name: 'this machine in a production profile is still information: a stub the deploy overrides',
      path: 'src/main/resources/application-prod.properties',
      code: `spring.datasource.url=⟦jdbc:postgresql://localhost:5432/shop⟧\n`,
      severity: 'info',
    },
    {
      name: "a reactive app's R2DBC URL in the prod profile's document",
      path: 'src/main/resources/application.yml',
      code: `server:\n  port: \${PORT:8080}\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\n  r2dbc:\n    url: ⟦r2dbc:postgresql://recipes-prod.cluster-abc123.eu-west-1.rds.amazonaws.com:5432/recipes⟧\n`,
      messageIncludes: ['PostgreSQL'],
    },
    {
      name: 'a remote datasource URL is what a deploy without SPRING_DATASOURCE_URL uses',
      path: 'src/main/resources/application.properties',
      code: `spring.datasource.url=⟦jdbc:postgresql://db.internal:5432/shop⟧\nspring.datasource.username=shop\n`,
      severity: 'warning',
      messageIncludes: ['PostgreSQL', 'SPRING_DATASOURCE_URL'],
    },
    {
      name: 'a Redis host in YAML',
      path: 'src/main/resources/application.yml',
      code: `spring:\n  data:\n    redis:\n      host: ⟦10.0.3.7⟧\n      port: 6379\n`,
      messageIncludes: ['SPRING_DATA_REDIS_HOST'],
    },
    {
      name: 'a local datasource is information',
      path: 'src/main/resources/application.properties',
      code: `spring.datasource.url=⟦jdbc:postgresql://localhost:5432/shop⟧\n`,
      severity: 'info',
    },
    {
      name: 'a compose service name is the local network: information',
      path: 'src/main/resources/application.yml',
      code: `spring:\n  datasource:\n    url: ⟦jdbc:postgresql://ledger-db:5432/ledger⟧\n`,
      severity: 'info',
    },
    {
      name: 'the default of a placeholder',
      path: 'src/main/resources/application.yml',
      code: `spring:\n  rabbitmq:\n    host: \${RABBIT_HOST:⟦rabbit.prod.internal⟧}\n`,
      severity: 'warning',
      messageIncludes: ['fallback of RABBIT_HOST'],
    },
    {
      name: "Micronaut's backtick-quoted default (it holds colons): the URL inside the quotes",
      path: 'src/main/resources/application.yml',
      code: 'datasources:\n  default:\n    url: ${JDBC_URL:`⟦jdbc:postgresql://fleet-db.prod.internal:5432/fleet⟧`}\n',
      severity: 'warning',
      messageIncludes: ['fallback of JDBC_URL'],
    },
  ],
};
