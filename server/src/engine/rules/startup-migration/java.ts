// startup-migration for the JVM: Spring/Hibernate schema settings in application.properties/.yml and in
// persistence.xml / hibernate.cfg.xml,
// explicit Flyway/Liquibase runs in Java or Kotlin code, and schema scripts run through JDBC at start.
import type { LanguageCheck } from '../../rule';
import { checkMigrationCode } from './java-code';
import { checkSpringSchemaSettings } from './java-config';
import { checkHibernateCodeSettings } from './java-hibernate-code';
import { checkSchemaScripts } from './java-schema-script';
import { jpaXmlSchemaCheck } from './java-xml-config';

export const springSchemaCheck: LanguageCheck = {
  languages: ['properties', 'yaml'],
  keywords: ['ddl', 'schema', 'init', 'database.generation'],
  check: checkSpringSchemaSettings,
};

export const migrationCodeCheck: LanguageCheck = {
  languages: ['java', 'kotlin'],
  // `initmethod`: `@Bean(initMethod = "migrate")` runs Flyway's migrate whatever the bean's type is called.
  keywords: ['flyway', 'liquibase', 'initmethod', 'schemautils', 'schema', 'tables', 'migrations', 'migratedb', 'migratedatabase'],
  check: checkMigrationCode,
};

/** Hibernate's `hbm2ddl.auto` put into the JPA properties in code. */
export const hibernateCodeCheck: LanguageCheck = {
  languages: ['java', 'kotlin'],
  keywords: ['hbm2ddl', 'schema-generation'],
  check: checkHibernateCodeSettings,
};

/** A `schema.sql` run through JDBC, Spring's ScriptUtils, H2's RunScript or MyBatis' ScriptRunner as the app starts. */
export const schemaScriptCheck: LanguageCheck = {
  languages: ['java', 'kotlin'],
  keywords: ['.sql"', ".sql'", 'runscript', 'executesqlscript', 'scriptrunner'],
  check: checkSchemaScripts,
};

export const javaChecks: LanguageCheck[] = [springSchemaCheck, migrationCodeCheck, hibernateCodeCheck, jpaXmlSchemaCheck, schemaScriptCheck];
