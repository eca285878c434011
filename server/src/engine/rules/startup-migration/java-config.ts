// Spring Boot / Hibernate settings that change the schema when the app starts: `ddl-auto`
// other than validate/none, `generate-ddl=true`, JPA schema-generation actions, and SQL init
// scripts forced on every start. Flyway/Liquibase auto-run is deliberately not reported (see docs).
import { isNonDeployedProfile, springEntries, valueText } from '../../languages/spring';
import type { RuleContext } from '../../rule';

export type Effect = 'changes the schema' | 'drops and recreates the schema' | 'runs schema scripts';

export const DDL_EFFECTS: Readonly<Record<string, Effect>> = {
  update: 'changes the schema',
  create: 'drops and recreates the schema',
  'create-drop': 'drops and recreates the schema',
  'create-only': 'changes the schema',
  drop: 'drops and recreates the schema',
  'drop-and-create': 'drops and recreates the schema',
  truncate: 'drops and recreates the schema',
};

/** Canonical key -> how its value is read. */
const SETTINGS: Readonly<Record<string, (value: string) => Effect | undefined>> = {
  'spring.jpa.hibernate.ddlauto': (value) => DDL_EFFECTS[value],
  'spring.jpa.properties.hibernate.hbm2ddl.auto': (value) => DDL_EFFECTS[value],
  'hibernate.hbm2ddl.auto': (value) => DDL_EFFECTS[value],
  // Quarkus and Micronaut read the same application.properties/.yml names for the same Hibernate switch.
  'quarkus.hibernateorm.database.generation': (value) => DDL_EFFECTS[value],
  'jpa.default.properties.hibernate.hbm2ddl.auto': (value) => DDL_EFFECTS[value],
  'spring.jpa.properties.jakarta.persistence.schemageneration.database.action': (value) => DDL_EFFECTS[value],
  'spring.jpa.properties.javax.persistence.schemageneration.database.action': (value) => DDL_EFFECTS[value],
  'jakarta.persistence.schemageneration.database.action': (value) => DDL_EFFECTS[value],
  'spring.jpa.generateddl': (value) => (value === 'true' ? 'changes the schema' : undefined),
  'spring.sql.init.mode': (value) => (value === 'always' ? 'runs schema scripts' : undefined),
  'spring.datasource.initializationmode': (value) => (value === 'always' ? 'runs schema scripts' : undefined),
};

const ONE_OFF = 'run migrations as a one-off admin process (Flyway or Liquibase in a release step)';

function adviceFor(canonical: string, effect: Effect): string {
  if (effect === 'runs schema scripts') return 'set it to embedded (or never) and run schema scripts as a one-off admin process';
  return canonical === 'spring.jpa.generateddl' ? `set it to false and ${ONE_OFF}` : `set it to validate (or none) and ${ONE_OFF}`;
}

export function checkSpringSchemaSettings(context: RuleContext): void {
  for (const entry of springEntries(context.parsed)) {
    const read = SETTINGS[entry.canonical];
    if (!read || isNonDeployedProfile(entry.profile)) continue;
    const value = valueText(entry)?.trim().toLowerCase();
    const effect = value === undefined ? undefined : read(value);
    if (!effect) continue;
    const advice = adviceFor(entry.canonical, effect);
    context.report({
      span: entry.valueSpan,
      message: `Factor XII: "${entry.key}=${value}" ${effect} every time the app starts; ${advice}.`,
    });
  }
}
