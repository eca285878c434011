// A worker's or server's YAML config read as Sidekiq and Thin read it: a setting at the top of a document or under
// an environment's key (`production:` / `:production:`), whose block the running environment merges over the top.
// One reader for the rules that look for settings there (file-logger's `:logfile:`, daemonized-process's `:daemon:`).
import { yamlGet, type YamlDocument, type YamlNode } from '../languages/yaml';

/** Each node set for one of `keys` (first found per block) at a document's top or one level down. */
export function topOrEnvironmentSettings(documents: readonly YamlDocument[], keys: readonly string[]): YamlNode[] {
  const found: YamlNode[] = [];
  for (const document of documents) {
    const blocks: (YamlNode | undefined)[] = [document.contents];
    if (document.contents?.kind === 'map') blocks.push(...document.contents.pairs.map((pair) => pair.value));
    for (const block of blocks) {
      const node = keys.map((key) => yamlGet(block, key)).find((value) => value !== undefined);
      if (node) found.push(node);
    }
  }
  return found;
}

/** Blocks of a file of environments that hold no environment of their own but what the environments merge (`default: &default`). */
const SHARED_BLOCK = /^(?:default|defaults|common|shared|base)$/i;
/** Environments only a developer's machine or the test suite runs. */
const LOCAL_ENVIRONMENTS = /^(?:development|dev|test|testing|local|ci|e2e)$/i;

export function isSharedBlock(key: unknown): boolean {
  return SHARED_BLOCK.test(String(key ?? ''));
}

/**
 * The entries of a shared block (`default: &default` in Rails' `database.yml`) that no deployed environment takes: none
 * merges the block (`<<: *default`; a file with only `development:` and `test:` is development config as a whole), or
 * each that merges it sets the entry's key itself (`production: { <<: *default, host: <%= ENV["DB_HOST"] %> }`). Only
 * development and test runs read these values. Returns the entries' value nodes.
 */
export function developmentOnlySharedEntries(root: YamlNode | undefined): Set<YamlNode> {
  const entries = new Set<YamlNode>();
  if (root?.kind !== 'map') return entries;
  const deployed = root.pairs.filter((pair) => !LOCAL_ENVIRONMENTS.test(String(pair.key?.value ?? '')) && !isSharedBlock(pair.key?.value));
  for (const block of root.pairs) {
    if (!isSharedBlock(block.key?.value) || block.value?.kind !== 'map') continue;
    for (const entry of block.value.pairs) {
      const key = entry.key?.value;
      const taken = deployed.some((pair) => pair.value?.kind === 'map' && pair.value.pairs.some((own) => own.key?.value === '<<') && !pair.value.pairs.some((own) => own.key?.value === key));
      if (!taken && entry.value) entries.add(entry.value);
    }
  }
  return entries;
}
