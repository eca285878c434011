// Spring Boot / Hibernate settings that change the schema when the app starts: `ddl-auto`
// other than validate/none, `generate-ddl=true`, JPA schema-generation actions, SQL init
// scripts forced on every start, and Micronaut's per-datasource `schema-generate` and
// `jpa.<datasource>.properties.hibernate.hbm2ddl.auto`. Flyway/Liquibase auto-run is deliberately not reported (see docs).
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
  'spring.jpa.properties.jakarta.persistence.schemageneration.database.action': (value) => DDL_EFFECTS[value],
  'spring.jpa.properties.javax.persistence.schemageneration.database.action': (value) => DDL_EFFECTS[value],
  'jakarta.persistence.schemageneration.database.action': (value) => DDL_EFFECTS[value],
  'spring.jpa.generateddl': (value) => (value === 'true' ? 'changes the schema' : undefined),
  'spring.sql.init.mode': (value) => (value === 'always' ? 'runs schema scripts' : undefined),
  'spring.datasource.initializationmode': (value) => (value === 'always' ? 'runs schema scripts' : undefined),
};

/**
 * Micronaut names each datasource: `datasources.<name>.schema-generate: CREATE_DROP` (Micronaut Data's enum,
 * `NONE` leaves the schema alone) and `jpa.<name>.properties.hibernate.hbm2ddl.auto`, whatever the name.
 */
const PER_DATASOURCE: readonly { key: RegExp; read: (value: string) => Effect | undefined }[] = [
  { key: /^datasources\.[^.]+\.schemagenerate$/, read: (value) => DDL_EFFECTS[value.replace(/_/g, '-')] },
  { key: /^jpa\.[^.]+\.properties\.hibernate\.hbm2ddl\.auto$/, read: (value) => DDL_EFFECTS[value] },
];

function readerOf(canonical: string): ((value: string) => Effect | undefined) | undefined {
  return (Object.hasOwn(SETTINGS, canonical) ? SETTINGS[canonical] : undefined) ?? PER_DATASOURCE.find((setting) => setting.key.test(canonical))?.read;
}

const ONE_OFF = 'run migrations as a one-off admin process (Flyway or Liquibase in a release step)';

function adviceFor(canonical: string, effect: Effect): string {
  if (effect === 'runs schema scripts') return 'set it to embedded (or never) and run schema scripts as a one-off admin process';
  if (canonical === 'spring.jpa.generateddl') return `set it to false and ${ONE_OFF}`;
  return canonical.endsWith('.schemagenerate') ? `set it to NONE and ${ONE_OFF}` : `set it to validate (or none) and ${ONE_OFF}`;
}

export function checkSpringSchemaSettings(context: RuleContext): void {
  for (const entry of springEntries(context.parsed)) {
    const read = readerOf(entry.canonical);
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
