// startup-migration in JPA's XML config: `persistence.xml` and `hibernate.cfg.xml` properties that make
// Hibernate change the schema whenever the persistence unit starts (`hibernate.hbm2ddl.auto` = update/create,
// `jakarta.persistence.schema-generation.database.action` = create/drop-and-create). validate and none stay silent.
import { baseName } from '../../languages/detect';
import { xmlAttribute } from '../../languages/xml';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { Span } from '../../types';
import { DDL_EFFECTS } from './java-config';

const SCHEMA_PROPERTIES = new Set([
  'hibernate.hbm2ddl.auto', 'hbm2ddl.auto',
  'jakarta.persistence.schema-generation.database.action', 'javax.persistence.schema-generation.database.action',
]);
const CONFIG_FILES = new Set(['persistence.xml', 'hibernate.cfg.xml']);

function check(context: RuleContext): void {
  if (!CONFIG_FILES.has(baseName(context.path))) return;
  for (const element of context.parsed.xml) {
    const name = element.name === 'property' ? xmlAttribute(element, 'name')?.value : undefined;
    if (name === undefined || !SCHEMA_PROPERTIES.has(name)) continue;
    // persistence.xml writes `value="update"`; hibernate.cfg.xml the element's content.
    const attribute = xmlAttribute(element, 'value');
    const span: Span | undefined = attribute?.valueSpan ?? element.content;
    const value = (attribute?.value ?? (span ? context.text.slice(span.start, span.end) : '')).trim().toLowerCase();
    const effect = DDL_EFFECTS[value];
    if (!effect || !span) continue;
    context.report({
      span,
      message: `Factor XII: "${name}=${value}" ${effect} every time the app starts; set it to validate (or none) and run migrations as a one-off admin process (Flyway or Liquibase in a release step).`,
    });
  }
}

export const jpaXmlSchemaCheck: LanguageCheck = { languages: ['xml'], keywords: ['hbm2ddl', 'schema-generation'], check };
