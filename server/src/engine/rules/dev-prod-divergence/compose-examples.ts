// Two-file examples: a compose file (or Spring's base config) scanned with the facts the node layer reads from the app's
// production config, computed here from that config's text by the same function.
import type { Examples } from '../../rule';
import type { ScanOptions } from '../../types';
import { productionServicesIn } from './production';

/** The scan options of a compose file whose app has these production configs (path -> text). */
function productionConfig(files: Readonly<Record<string, string>>): ScanOptions {
  return { production: Object.entries(files).flatMap(([path, text]) => productionServicesIn(path, text)) };
}

const RAILS_POSTGRES = productionConfig({
  'config/database.yml': 'default: &default\n  adapter: postgresql\n  pool: 5\ndevelopment:\n  <<: *default\n  database: blog_dev\nproduction:\n  <<: *default\n  url: <%= ENV["DATABASE_URL"] %>\n',
});

const HEROKU = productionConfig({
  'app.json': '{\n  "name": "billing",\n  "addons": ["heroku-postgresql:essential-0", { "plan": "heroku-redis:mini" }],\n  "environments": { "test": { "addons": ["heroku-postgresql:in-dyno"] } }\n}\n',
});

const PRISMA_POSTGRES = productionConfig({
  'prisma/schema.prisma': 'generator client {\n  provider = "prisma-client-js"\n}\n\ndatasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n',
});

const LARAVEL_FALLBACK = productionConfig({
  'config/database.php': "<?php\n\nreturn [\n    'default' => env('DB_CONNECTION', 'sqlite'),\n];\n",
});

const compose = (services: string) => `services:\n  web:\n    build: .\n    ports:\n      - "3000:3000"\n${services}`;

export const composeExamples: Examples = {
  valid: [
    {
      name: 'the same kind, another version (production configs rarely name one; see the rule page)',
      path: 'docker-compose.yml',
      code: compose('  db:\n    image: postgres:13-alpine\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n'),
      options: RAILS_POSTGRES,
    },
    {
      name: 'PostGIS and TimescaleDB images are PostgreSQL',
      path: 'compose.yaml',
      code: compose('  db:\n    image: postgis/postgis:16-3.4\n  metrics:\n    image: timescale/timescaledb:latest-pg16\n'),
      options: PRISMA_POSTGRES,
    },
    {
      name: 'a service production does not mention: a local Redis, RabbitMQ and Elasticsearch with no production config for them',
      path: 'docker-compose.yml',
      code: compose('  db:\n    image: postgres:16\n  queue:\n    image: rabbitmq:3-management\n  search:\n    image: docker.elastic.co/elasticsearch/elasticsearch:8.13.0\n'),
      options: PRISMA_POSTGRES,
    },
    {
      name: 'Valkey is Redis-compatible: no divergence from heroku-redis',
      path: 'docker-compose.yml',
      code: compose('  db:\n    image: postgres:16\n  cache:\n    image: valkey/valkey:7.2\n'),
      options: HEROKU,
    },
    {
      name: 'the compose file also runs production\'s kind: the MySQL serves something else (a vendored tool\'s own database)',
      path: 'docker-compose.yml',
      code: compose('  db:\n    image: postgres:16\n  matomo-db:\n    image: mariadb:11\n'),
      options: RAILS_POSTGRES,
    },
    {
      name: 'a production compose file is production, not local development',
      path: 'compose.prod.yml',
      code: compose('  db:\n    image: mysql:8.0\n'),
      options: RAILS_POSTGRES,
    },
    {
      name: 'a test stack',
      path: 'docker-compose.test.yml',
      code: compose('  db:\n    image: mysql:8.0\n'),
      options: RAILS_POSTGRES,
    },
    {
      name: 'a compose file under test/ starts a test stack',
      path: 'test/integration/docker-compose.yml',
      code: compose('  db:\n    image: mysql:8.0\n'),
      options: RAILS_POSTGRES,
    },
    {
      name: 'Laravel: a fallback in config/database.php is not production (production sets DB_CONNECTION)',
      path: 'docker-compose.yml',
      code: compose('  mysql:\n    image: mysql/mysql-server:8.0\n'),
      options: LARAVEL_FALLBACK,
    },
    {
      name: 'admin UIs and exporters are not backing services',
      path: 'docker-compose.yml',
      code: compose('  adminer:\n    image: adminer:4\n  mongo-express:\n    image: mongo-express:1.0\n  exporter:\n    image: prometheuscommunity/postgres-exporter\n'),
      options: productionConfig({ '.env.production': 'DATABASE_URL=mysql://app@db.internal:3306/shop\n' }),
    },
    {
      name: 'production unknown: no facts, no finding',
      path: 'docker-compose.yml',
      code: compose('  db:\n    image: mysql:8.0\n'),
    },
  ],
  invalid: [
    {
      name: 'MySQL locally, PostgreSQL in config/database.yml',
      path: 'docker-compose.yml',
      code: compose('  db:\n    image: ⟦mysql:8.0⟧\n    environment:\n      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}\n'),
      options: RAILS_POSTGRES,
      messageIncludes: ['runs MySQL for local development while production uses PostgreSQL (config/database.yml)'],
      relatedFiles: ['config/database.yml'],
    },
    {
      name: 'Heroku add-ons: MariaDB and Memcached locally, heroku-postgresql and heroku-redis in production',
      path: 'docker-compose.override.yml',
      code: compose('  db:\n    image: ⟦"mariadb:11"⟧\n  cache:\n    image: ⟦memcached:1.6-alpine⟧\n'),
      options: HEROKU,
      messageIncludes: ['(app.json)'],
      relatedFiles: ['app.json'],
    },
    {
      name: 'Prisma names PostgreSQL; compose runs MongoDB and MySQL: the MySQL diverges, the MongoDB plays another role',
      path: 'compose.yaml',
      code: compose('  mongo:\n    image: mongo:7\n  db:\n    image: ⟦bitnami/mysql:8.0⟧\n'),
      options: PRISMA_POSTGRES,
      messageIncludes: ['production uses PostgreSQL (prisma/schema.prisma)'],
      relatedFiles: ['prisma/schema.prisma'],
    },
    {
      name: 'Spring prod profile: SQL Server in production, PostgreSQL in the dev compose file',
      path: 'docker-compose.dev.yml',
      code: compose('  db:\n    image: ⟦${DB_IMAGE:-postgres:16}⟧\n'),
      options: productionConfig({
        'src/main/resources/application-prod.properties': 'spring.datasource.url=jdbc:sqlserver://orders-db.database.windows.net:1433;database=orders\nspring.jpa.hibernate.ddl-auto=validate\n',
      }),
      relatedFiles: ['src/main/resources/application-prod.properties'],
    },
    {
      name: 'render.yaml databases are PostgreSQL; .env.production names Redis',
      path: 'docker-compose.yml',
      code: compose('  db:\n    image: ⟦mysql:8⟧\n  cache:\n    image: redis:7\n'),
      options: productionConfig({
        'render.yaml': 'services:\n  - type: web\n    name: shop\n    runtime: node\ndatabases:\n  - name: shop-db\n    plan: basic-256mb\n',
        '.env.production': 'REDIS_URL=rediss://cache.internal:6380\n',
      }),
      relatedFiles: ['render.yaml'],
    },
    {
      name: 'Elasticsearch locally, OpenSearch in the Kubernetes manifests',
      path: 'docker-compose.yml',
      code: compose('  search:\n    image: ⟦docker.elastic.co/elasticsearch/elasticsearch:8.13.0⟧\n'),
      options: productionConfig({
        'k8s/search.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: search\nspec:\n  template:\n    spec:\n      containers:\n        - name: opensearch\n          image: opensearchproject/opensearch:2.13.0\n',
      }),
      relatedFiles: ['k8s/search.yaml'],
    },
  ],
};

const SPRING_PROD_POSTGRES = productionConfig({
  'src/main/resources/application-prod.yml': 'spring:\n  datasource:\n    url: jdbc:postgresql://${DB_HOST}:5432/rentals\n    username: ${DB_USER}\n',
});

const SPRING_PROD_MYSQL_PROPERTIES = productionConfig({
  'src/main/resources/application-production.properties': 'spring.datasource.url=jdbc:mysql://${MYSQL_HOST}:3306/inventory\n',
});

const MICRONAUT_PROD_POSTGRES = productionConfig({
  'src/main/resources/application-prod.yml': 'datasources:\n  default:\n    url: jdbc:postgresql://${PGHOST}:5432/fleet\n    driverClassName: org.postgresql.Driver\n',
});

/** Spring Boot profiles (and Micronaut environments) split across files: the base config scanned with the prod profile's file as facts. */
export const springProfileFileExamples: Examples = {
  valid: [
    {
      name: 'the base config names the same kind as the prod profile (through a placeholder default, too)',
      path: 'src/main/resources/application.yml',
      code: 'spring:\n  datasource:\n    url: jdbc:postgresql://localhost:5432/rentals\n    replica-url: ${REPLICA_URL:jdbc:postgresql://localhost:5433/rentals}\n',
      options: SPRING_PROD_POSTGRES,
    },
    {
      name: "Micronaut: the base's default datasource (a backtick-quoted placeholder default) is PostgreSQL as in prod; H2 only in application-dev.yml",
      path: 'src/main/resources/application.yml',
      code: 'datasources:\n  default:\n    url: ${JDBC_URL:`jdbc:postgresql://localhost:5432/fleet`}\n',
      options: MICRONAUT_PROD_POSTGRES,
    },
    {
      name: 'a placeholder with no default, and a nested one, name no kind',
      path: 'src/main/resources/application.properties',
      code: 'spring.datasource.url=${DATABASE_URL}\nspring.datasource.url=${DATABASE_URL:${FALLBACK_URL}}\n',
      options: SPRING_PROD_MYSQL_PROPERTIES,
    },
    {
      name: "a profile's own document in the base file (compared within the file)",
      path: 'src/main/resources/application.yml',
      code: 'spring:\n  application:\n    name: rentals\n---\nspring:\n  config:\n    activate:\n      on-profile: demo\n  datasource:\n    url: jdbc:postgresql://demo-db/rentals\n',
      options: SPRING_PROD_POSTGRES,
    },
    {
      name: "the test suite's own config (src/test/resources)",
      path: 'src/test/resources/application.yml',
      code: 'spring:\n  datasource:\n    url: jdbc:h2:mem:rentals\n',
      options: SPRING_PROD_POSTGRES,
    },
    {
      name: 'no prod profile file among the facts',
      path: 'src/main/resources/application.yml',
      code: 'spring:\n  datasource:\n    url: jdbc:hsqldb:mem:catalog\n',
      options: RAILS_POSTGRES,
    },
  ],
  invalid: [
    {
      name: 'H2 in application.yml, PostgreSQL in application-prod.yml',
      path: 'src/main/resources/application.yml',
      code: 'spring:\n  datasource:\n    url: ⟦jdbc:h2:mem:rentals;DB_CLOSE_DELAY=-1⟧\n    username: sa\n',
      options: SPRING_PROD_POSTGRES,
      messageIncludes: ['Factor X', 'an embedded Java database', 'PostgreSQL', 'application-prod.yml'],
      relatedFiles: ['src/main/resources/application-prod.yml'],
    },
    {
      name: 'an H2 file database in application.properties, MySQL in application-production.properties',
      path: 'src/main/resources/application.properties',
      code: 'spring.application.name=inventory\nspring.datasource.url=⟦jdbc:h2:file:./data/inventory⟧\n',
      options: SPRING_PROD_MYSQL_PROPERTIES,
      relatedFiles: ['src/main/resources/application-production.properties'],
    },
    {
      name: "a placeholder's default: every run without DATABASE_URL (a laptop, the tests) gets H2",
      path: 'src/main/resources/application.yml',
      code: 'spring:\n  datasource:\n    url: ⟦${DATABASE_URL:jdbc:h2:mem:kennel;MODE=PostgreSQL}⟧\n',
      options: SPRING_PROD_POSTGRES,
      relatedFiles: ['src/main/resources/application-prod.yml'],
    },
    {
      name: "a placeholder's default in application.properties: HSQLDB, MySQL in production",
      path: 'src/main/resources/application.properties',
      code: 'spring.datasource.url=⟦${JDBC_DATABASE_URL:jdbc:hsqldb:mem:tickets}⟧\n',
      options: SPRING_PROD_MYSQL_PROPERTIES,
      relatedFiles: ['src/main/resources/application-production.properties'],
    },
    {
      name: "Micronaut: the default datasource is H2 in application.yml (another named datasource is not compared), PostgreSQL in application-prod.yml",
      path: 'src/main/resources/application.yml',
      code: 'datasources:\n  default:\n    url: ⟦jdbc:h2:mem:devDb;LOCK_TIMEOUT=10000⟧\n  reports:\n    url: jdbc:h2:mem:reports\n',
      options: MICRONAUT_PROD_POSTGRES,
      relatedFiles: ['src/main/resources/application-prod.yml'],
    },
    {
      name: 'Micronaut: a backtick-quoted placeholder default',
      path: 'src/main/resources/application.yml',
      code: 'datasources:\n  default:\n    url: ⟦${JDBC_URL:`jdbc:h2:mem:default;DB_CLOSE_DELAY=-1`}⟧\n',
      options: MICRONAUT_PROD_POSTGRES,
      relatedFiles: ['src/main/resources/application-prod.yml'],
    },
  ],
};
