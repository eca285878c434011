import type { Examples } from '../../rule';

/** Dropwizard's config.yml: the DataSourceFactory block's JDBC URL. */
export const dropwizardExamples: Examples = {
  invalid: [
    {
      name: 'a Dropwizard database block on a remote host, under its usual name and another',
      path: 'config.yml',
      code: `database:\n  driverClass: org.postgresql.Driver\n  user: \${DB_USER}\n  url: ⟦jdbc:postgresql://kennel-db.internal:5432/kennel⟧\nreportingDatabase:\n  driverClass: com.mysql.cj.jdbc.Driver\n  url: ⟦"jdbc:mysql://10.0.7.21:3306/reports"⟧\n`,
      messageIncludes: ['Factor IV'],
    },
  ],
  valid: [
    {
      name: 'Dropwizard databases from the environment, on this machine or the compose network, embedded (H2); a url without driverClass',
      path: 'config.yml',
      code: `database:\n  driverClass: org.postgresql.Driver\n  url: \${DATABASE_URL}\nlocal:\n  driverClass: org.postgresql.Driver\n  url: jdbc:postgresql://localhost:5432/kennel\ncompose:\n  driverClass: com.mysql.cj.jdbc.Driver\n  url: jdbc:mysql://db:3306/auction\nembedded:\n  driverClass: org.h2.Driver\n  url: jdbc:h2:./target/kennel\nwebhook:\n  url: https://hooks.example.com/kennel\n`,
    },
    {
      name: 'a test config',
      path: 'src/test/resources/test-config.yml',
      code: `database:\n  driverClass: org.postgresql.Driver\n  url: jdbc:postgresql://db.test.internal/kennel_test\n`,
    },
  ],
};
