// Factor IV in Dropwizard's YAML config (`config.yml`): a DataSourceFactory block (`driverClass` beside
// `url`, under `database:` or any name the Configuration class binds) whose JDBC URL names a remote
// host. Dropwizard has no relaxed binding: the URL is the address every deploy of this file talks to,
// unless written as `${DATABASE_URL}`. A database on this machine or on the compose network (`db:3306`,
// a developer's config) stays silent.
import { visitYamlMaps, yamlGet, yamlString, type YamlNode } from '../../languages/yaml';
import type { LanguageCheck, RuleContext } from '../../rule';
import { isNonServerPath } from '../process-paths';
import { isDeveloperHost, reportAddress, urlAddress } from './address';

function check(context: RuleContext): void {
  if (isNonServerPath(context.path)) return;
  for (const document of context.parsed.yaml) visitYamlMaps(document.contents, (map) => checkDataSource(map, context));
}

function checkDataSource(map: YamlNode, context: RuleContext): void {
  const url = yamlGet(map, 'url');
  const text = yamlString(url);
  if (!url || text === undefined || yamlString(yamlGet(map, 'driverClass')) === undefined) return;
  const found = urlAddress(text.trim());
  if (!found || isDeveloperHost(found.host)) return;
  reportAddress(context, found, { span: url.span, value: text, fixable: false });
}


export const dropwizardCheck: LanguageCheck = { languages: ['yaml'], keywords: ['driverclass'], check };
