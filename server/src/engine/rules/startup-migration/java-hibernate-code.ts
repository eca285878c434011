// Hibernate's schema switch set in code rather than in application.properties: a
// `LocalContainerEntityManagerFactoryBean`'s or a `Configuration`'s properties
// (`props.put("hibernate.hbm2ddl.auto", "update")`, `setProperty(AvailableSettings.HBM2DDL_AUTO, "create")`).
// The same keys and values as the settings files, so the same answer; tests and one-off programs stay silent.
import { javaCall, javaDottedName, javaString } from '../../languages/java';
import { kotlinCall, kotlinDottedName, kotlinString } from '../../languages/kotlin';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { RuleContext } from '../../rule';
import { DDL_EFFECTS } from './java-config';
import { isOneOffOrTestFile } from './javascript-paths';

/** Keys as strings, and Hibernate's constants for them (`AvailableSettings.HBM2DDL_AUTO`, `Environment.HBM2DDL_AUTO`). */
const SCHEMA_KEYS = new Set([
  'hibernate.hbm2ddl.auto',
  'jakarta.persistence.schema-generation.database.action',
  'javax.persistence.schema-generation.database.action',
]);
const SCHEMA_CONSTANTS = /(?:^|\.)(?:HBM2DDL_AUTO|(?:JAKARTA|JPA)_HBM2DDL_DATABASE_ACTION)$/;
const SETTERS = new Set(['put', 'setProperty', 'applySetting']);

export function checkHibernateCodeSettings(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isOneOffOrTestFile(context.path)) return;
  const kotlin = context.language === 'kotlin';
  walkTree(tree.rootNode, (node) => {
    const call = kotlin ? kotlinCall(node) : javaCall(node);
    if (!call || !SETTERS.has(call.name) || call.args.length !== 2) return;
    const [key, value] = call.args as [SyntaxNode, SyntaxNode];
    if (!isSchemaKey(key, context.text, kotlin)) return;
    const setting = (kotlin ? kotlinString : javaString)(value, context.text)?.value?.text.trim().toLowerCase();
    const effect = setting === undefined ? undefined : DDL_EFFECTS[setting];
    if (!effect) return;
    context.report({
      span: { start: node.startIndex, end: node.endIndex },
      message: `Factor XII: Hibernate's schema setting "${setting}" ${effect} every time the app starts; set it to validate (or none) and run migrations as a one-off admin process (Flyway or Liquibase in a release step).`,
    });
  });
}

function isSchemaKey(key: SyntaxNode, text: string, kotlin: boolean): boolean {
  const literal = (kotlin ? kotlinString : javaString)(key, text)?.value?.text;
  if (literal !== undefined) return SCHEMA_KEYS.has(literal);
  return SCHEMA_CONSTANTS.test((kotlin ? kotlinDottedName : javaDottedName)(key) ?? '');
}
