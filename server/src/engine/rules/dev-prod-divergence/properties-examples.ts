import type { Examples } from '../../rule';

/** Profiles in one application.properties (Quarkus' `%profile.` keys, Spring Boot's `#---` documents) or Quarkus' application.yaml. */
export const propertiesExamples: Examples = {
  valid: [
    {
      name: 'Quarkus YAML: the same kind in the dev profile, a staging pool size',
      path: 'src/main/resources/application.yaml',
      code: `quarkus:\n  datasource:\n    db-kind: postgresql\n"%dev":\n  quarkus.datasource.jdbc.url: jdbc:postgresql://localhost:5432/app\n"%staging":\n  quarkus:\n    datasource:\n      jdbc:\n        max-size: 4\n`,
    },
    {
      name: 'Quarkus YAML: not an application config file',
      path: 'src/main/resources/dev-services.yaml',
      code: `quarkus:\n  datasource:\n    db-kind: postgresql\n"%dev":\n  quarkus:\n    datasource:\n      db-kind: h2\n`,
    },
    {
      name: 'Quarkus: the same kind in every profile, the prod kind left to the environment, a test profile on H2 (information)',
      path: 'src/main/resources/application.properties',
      code: `quarkus.datasource.db-kind=postgresql\n%staging.quarkus.datasource.db-kind=postgresql\n%dev.quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/app\n%dev.quarkus.log.level=DEBUG\n`,
    },
    {
      name: 'Spring: one document per profile, the local one on Testcontainers, and no prod document',
      path: 'src/main/resources/application.properties',
      code: `spring.application.name=ledger\n#---\nspring.config.activate.on-profile=local\nspring.datasource.url=jdbc:tc:postgresql:16:///ledger\n#---\nspring.config.activate.on-profile=demo\nspring.datasource.url=jdbc:h2:mem:demo\n`,
    },
    {
      name: 'not an application properties file',
      path: 'src/main/resources/datasource.properties',
      code: `quarkus.datasource.db-kind=postgresql\n%dev.quarkus.datasource.db-kind=h2\n`,
    },
  ],
  invalid: [
    {
      name: 'Quarkus YAML: a quoted "%dev" profile block on H2 over PostgreSQL',
      path: 'src/main/resources/application.yaml',
      code: `quarkus:\n  datasource:\n    db-kind: postgresql\n    jdbc:\n      url: \${DB_JDBC_URL}\n"%dev":\n  quarkus:\n    datasource:\n      db-kind: ⟦h2⟧\n      jdbc:\n        url: jdbc:h2:file:./target/dev\n`,
      messageIncludes: ['dev uses an embedded Java database while production uses PostgreSQL'],
    },
    {
      name: 'Quarkus YAML: dotted keys, a "%local" profile that names only its JDBC URL',
      path: 'src/main/resources/application.yml',
      code: `quarkus.datasource.db-kind: mysql\n"%local":\n  quarkus.datasource.jdbc.url: ⟦jdbc:h2:mem:app;MODE=MySQL⟧\n`,
    },
    {
      name: 'Quarkus: an embedded database in the dev profile over PostgreSQL (the unprefixed value is prod\'s)',
      path: 'src/main/resources/application.properties',
      code: `quarkus.datasource.db-kind=postgresql\n%dev.quarkus.datasource.db-kind=⟦h2⟧\n`,
      messageIncludes: ['dev uses an embedded Java database while production uses PostgreSQL'],
    },
    {
      name: 'Quarkus: the test profile on H2 is information',
      path: 'src/main/resources/application.properties',
      code: `quarkus.datasource.db-kind=postgresql\n%test.quarkus.datasource.db-kind=⟦h2⟧\n`,
      severity: 'info',
    },
    {
      name: 'Quarkus: an explicit %prod. value, and a profile known by its JDBC URL',
      path: 'src/main/resources/application.properties',
      code: `%prod.quarkus.datasource.db-kind=mysql\n%local.quarkus.datasource.jdbc.url=⟦jdbc:postgresql://localhost/app⟧\n`,
    },
    {
      name: 'Spring: a multi-document application.properties, H2 for local and PostgreSQL for prod',
      path: 'src/main/resources/application.properties',
      code: `spring.application.name=ledger\n#---\nspring.config.activate.on-profile=local\nspring.datasource.url=⟦jdbc:h2:file:./data/ledger⟧\n#---\nspring.config.activate.on-profile=prod\nspring.datasource.url=jdbc:postgresql://\${DB_HOST}:5432/ledger\n`,
      messageIncludes: ['local uses an embedded Java database'],
    },
  ],
};
