// Across files: a local-development compose file whose backing-service image differs in kind from
// what the app's production config names (MySQL in docker-compose.yml, PostgreSQL in
// config/database.yml). The production side comes as facts (ScanOptions.production), read by the
// node layer from the app's root; the engine reads no file.
import { yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ProductionService, Span } from '../../types';
import { imageKind, roleOf } from './services';

import { isLocalComposeFile } from '../compose-files';

interface ComposeImage {
  kind: string;
  role: string;
  span: Span;
}

export const composeCheck: LanguageCheck = {
  languages: ['yaml'],
  keywords: ['image'],
  check(context) {
    const production = context.options.production;
    // A compose file under test/, fixtures/ or examples/ starts a test stack or a demo, not the app.
    if (!production?.length || !isLocalComposeFile(context.path, context.options.scopes)) return;
    const images = context.parsed.yaml.flatMap((document) => composeImages(yamlGet(document.contents, 'services')));
    const running = new Set(images.map((image) => image.kind));
    for (const image of images) {
      const expected = production.filter((service) => roleOf(service.kind) === image.role);
      // Production names nothing of this role (a local Redis with no production cache config), or
      // the compose file also runs production's kind and this service is for something else.
      if (expected.length === 0 || expected.some((service) => service.kind === image.kind || running.has(service.kind))) continue;
      report(context, image, expected);
    }
  },
};

function composeImages(services: YamlNode | undefined): ComposeImage[] {
  if (services?.kind !== 'map') return [];
  return services.pairs.flatMap((pair) => {
    const image = yamlGet(pair.value, 'image');
    const kind = image?.kind === 'scalar' ? imageKind(yamlString(image) ?? '') : undefined;
    const role = kind && roleOf(kind);
    return image && kind && role ? [{ kind, role, span: image.span }] : [];
  });
}

function report(context: RuleContext, image: ComposeImage, expected: readonly ProductionService[]): void {
  const kinds = [...new Set(expected.map((service) => service.kind))].join(' or ');
  const where = [...new Set(expected.map((service) => service.path))].join(', ');
  context.report({
    span: image.span,
    message:
      `Factor X: this compose file runs ${image.kind} for local development while production uses ${kinds} (${where}); ` +
      `run ${kinds} locally too, so what passes on a laptop holds in production.`,
    relatedElsewhere: expected.map((service) => ({ path: service.path, range: service.range, message: `Production uses ${service.kind} here.` })),
  });
}
