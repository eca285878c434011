// Across files: Spring Boot profiles split over two files. `src/main/resources/application.yml` (or
// `.properties`) holds what every profile starts from, `application-prod.yml` what production overrides.
// When the base datasource is one kind (H2) and the prod profile's another (PostgreSQL), every run without
// the prod profile (a laptop, the test suite) uses another database than production. The prod side comes as
// facts (ScanOptions.production), read by the node layer as for compose files; the engine reads no file.
import { baseName } from '../../languages/detect';
import { springEntries, valueText } from '../../languages/spring';
import type { LanguageCheck } from '../../rule';
import { jdbcSubprotocol, kindOf } from './kinds';

/** The base config of a Spring Boot app, where Spring looks for it in the source tree. */
export const SPRING_BASE_CONFIG = /(?:^|\/)src\/main\/resources\/application\.(?:ya?ml|properties)$/;
/** The datasource URL, by its relaxed key: Spring Boot's, and Micronaut's default datasource (same files, `prod` environment). */
export const DATASOURCE_URL_KEYS: ReadonlySet<string> = new Set(['spring.datasource.url', 'datasources.default.url']);
/** The driver class, which names the kind too (`org.postgresql.Driver`). */
export const DATASOURCE_DRIVER_KEYS: ReadonlySet<string> = new Set(['spring.datasource.driverclassname', 'datasources.default.driverclassname']);

/** The prod profile's own file (productionFacts reads these beside the base). */
const PROD_PROFILE_FILE = /^application-prod(?:uction)?\.(?:properties|ya?ml)$/;

export const springProfileFilesCheck: LanguageCheck = {
  languages: ['yaml', 'properties'],
  keywords: ['jdbc:'],
  check(context) {
    const production = (context.options.production ?? []).filter((service) => PROD_PROFILE_FILE.test(baseName(service.path)));
    if (production.length === 0 || !SPRING_BASE_CONFIG.test(context.path)) return;
    for (const entry of springEntries(context.parsed)) {
      // A profile's own document in the base file is compared within the file (config.ts).
      if (entry.profile !== undefined || !DATASOURCE_URL_KEYS.has(entry.canonical)) continue;
      const subprotocol = jdbcSubprotocol(valueText(entry) ?? '');
      const kind = subprotocol === undefined ? undefined : kindOf(subprotocol);
      const expected = production.filter((service) => service.kind !== kind);
      if (!kind || expected.length === 0 || expected.length < production.length) continue;
      const kinds = [...new Set(expected.map((service) => service.kind))].join(' or ');
      const where = [...new Set(expected.map((service) => service.path))].join(', ');
      context.report({
        span: entry.valueSpan,
        message:
          `Factor X: every profile but prod starts from ${kind} here while the prod profile uses ${kinds} (${where}); ` +
          `run ${kinds} locally and in tests too (a container, or Testcontainers' jdbc:tc: URL), so what passes before deploy holds in production.`,
        relatedElsewhere: expected.map((service) => ({ path: service.path, range: service.range, message: `The prod profile uses ${service.kind} here.` })),
      });
    }
  },
};
