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
