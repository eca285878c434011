// Symfony's YAML config (`config/packages/*.yaml`): a bundle's block at the top of a document, or
// inside a `when@<env>` block for one environment. `when@dev` and `when@test` never load where the
// app is deployed, so rules about the deployed app read only the other blocks.
import { yamlGet, type YamlDocument, type YamlNode } from './yaml';

const NOT_DEPLOYED = new Set(['when@dev', 'when@test']);

/** The `key` block (`monolog`, `framework`) of every document, top level and in deployed `when@` blocks. */
export function deployedSymfonyBlocks(documents: readonly YamlDocument[], key: string): YamlNode[] {
  const blocks: YamlNode[] = [];
  for (const { contents } of documents) {
    if (contents?.kind !== 'map') continue;
    const top = yamlGet(contents, key);
    if (top) blocks.push(top);
    for (const pair of contents.pairs) {
      const name = String(pair.key?.value ?? '');
      const block = name.startsWith('when@') && !NOT_DEPLOYED.has(name) ? yamlGet(pair.value, key) : undefined;
      if (block) blocks.push(block);
    }
  }
  return blocks;
}
