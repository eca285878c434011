// Every config format's fix and advice keep the key they are about and name the variable from its whole path
// (issue #9, probe26c): HOCON's `jwt.secret` once got `password = ${?DB_PASSWORD}`, Spring's `jedis.pool.password`
// `${POOL_PASSWORD}`, and `.properties` the literal `${NAME}`. One row per format: the file, the key's value, the
// variable the fix or the advice must name, and the text the advice must show.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scan } from '../../server/src/engine/scan';

const VALUE = 'Kp7vQm2XzR9tLw4NcY6bHs1D';

const ROWS: { format: string; path: string; text: string; envName: string; shown?: string }[] = [
  { format: 'HOCON', path: 'src/main/resources/application.conf', text: `jwt {\n  secret = "${VALUE}"\n}\n`, envName: 'JWT_SECRET', shown: 'secret = ${?JWT_SECRET}' },
  { format: 'HOCON, dotted', path: 'src/main/resources/application.conf', text: `ktor.security.jwt.secret = "${VALUE}"\n`, envName: 'JWT_SECRET', shown: 'secret = ${?JWT_SECRET}' },
  { format: 'HOCON, a password', path: 'conf/application.conf', text: `db {\n  password = "${VALUE}"\n}\n`, envName: 'DB_PASSWORD', shown: 'password = ${?DB_PASSWORD}' },
  { format: 'Spring YAML, a pool', path: 'src/main/resources/application.yml', text: `spring:\n  redis:\n    jedis:\n      pool:\n        password: ${VALUE}\n`, envName: 'JEDIS_PASSWORD', shown: '${JEDIS_PASSWORD}' },
  { format: 'Spring YAML, basic auth', path: 'src/main/resources/application.yml', text: `knife4j:\n  basic:\n    password: ${VALUE}\n`, envName: 'KNIFE4J_PASSWORD', shown: '${KNIFE4J_PASSWORD}' },
  { format: 'Spring YAML, a signing key', path: 'src/main/resources/application.yml', text: `jwt:\n  secret: ${VALUE}\n`, envName: 'JWT_SECRET', shown: '${JWT_SECRET}' },
  { format: 'properties', path: 'src/main/resources/application.properties', text: `jwt.secret=${VALUE}\n`, envName: 'JWT_SECRET', shown: '${JWT_SECRET}' },
  { format: 'properties, a Hikari pool', path: 'src/main/resources/application.properties', text: `spring.datasource.hikari.password=${VALUE}\n`, envName: 'DATASOURCE_PASSWORD', shown: '${DATASOURCE_PASSWORD}' },
  { format: 'php.ini', path: 'php.ini', text: `[mail function]\nsmtp_password = ${VALUE}\n`, envName: 'SMTP_PASSWORD', shown: '${SMTP_PASSWORD}' },
];

describe('config fixes name the variable from the key they are about', () => {
  for (const row of ROWS) {
    it(row.format, () => {
      const findings = scan({ path: row.path }, row.text, {}).filter((finding) => finding.ruleId === 'hardcoded-credential');
      assert.equal(findings.length, 1, JSON.stringify(findings.map((finding) => finding.message)));
      const [finding] = findings;
      if (finding!.fix?.kind === 'move-to-env') assert.equal(finding!.fix.envName, row.envName);
      assert.ok(finding!.message.includes(row.shown ?? row.envName), finding!.message);
      assert.ok(!finding!.message.includes('${NAME}'), finding!.message);
      assert.ok(!finding!.message.includes(VALUE), 'the value is never echoed');
    });
  }
});
