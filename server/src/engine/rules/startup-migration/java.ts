// startup-migration for the JVM: Spring/Hibernate schema settings in application.properties/.yml,
// and explicit Flyway/Liquibase runs in Java or Kotlin code.
import type { LanguageCheck } from '../../rule';
import { checkMigrationCode } from './java-code';
import { checkSpringSchemaSettings } from './java-config';
import { codeExamples, springExamples } from './java-examples';

export const springSchemaCheck: LanguageCheck = {
  languages: ['properties', 'yaml'],
  keywords: ['ddl', 'schema', 'init'],
  check: checkSpringSchemaSettings,
  examples: springExamples,
};

export const migrationCodeCheck: LanguageCheck = {
  languages: ['java', 'kotlin'],
  keywords: ['flyway', 'liquibase'],
  check: checkMigrationCode,
  examples: codeExamples,
};

export const javaChecks: LanguageCheck[] = [springSchemaCheck, migrationCodeCheck];
