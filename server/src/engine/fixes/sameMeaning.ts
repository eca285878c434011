// Whether two versions of a file mean the same once comments are set aside, read with the
// project's own parsers. "Ignore on this line" adds nothing but a comment: if the file's tokens or
// entries change (the comment landed inside a string, a heredoc, a multi-line value, JSX text, or
// broke a line continuation), the insertion was not a comment after all and is not offered.
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import type { LanguageId } from '../types';
import { isTreeSitterLanguage } from '../languages/catalogue';
import { parseDockerfile } from '../languages/dockerfile';
import { parseIni } from '../languages/ini';
import { parseProcfile } from '../languages/procfile';
import { parseProperties } from '../languages/properties';
import { hasSyntaxErrors, parseTypeScript } from '../languages/typescript';
import { walkTree, type TreeSitterParsers } from '../languages/treeSitter';
import { parseToml } from '../languages/toml';
import { groovyValues } from '../languages/groovy-values';
import { parseXml } from '../languages/xml';
import { readEnvFile } from '../languages/dotenv';

/** What a file says, comments excluded; undefined when it cannot be read with confidence. */
type Reading = (text: string) => string | undefined;

function readerFor(language: LanguageId, path: string, parsers: TreeSitterParsers | undefined): Reading | undefined {
  if (language === 'javascript' || language === 'typescript') return (text) => scriptTokens(text, language, path);
  if (isTreeSitterLanguage(language)) return parsers && ((text) => treeTokens(parsers, language, text));
  switch (language) {
    case 'yaml':
      return yamlValues;
    case 'dotenv':
      return (text) => JSON.stringify([...readEnvFile(text)]);
    case 'properties':
      return (text) => JSON.stringify(parseProperties(text).map((entry) => [entry.key.text, entry.value.text]));
    case 'ini':
      return (text) => JSON.stringify(parseIni(text).map((entry) => [entry.section, entry.key, entry.value]));
    case 'procfile':
      return (text) => JSON.stringify(parseProcfile(text).map((entry) => [entry.name, entry.command.text]));
    case 'dockerfile':
      return (text) => JSON.stringify(parseDockerfile(text).instructions.map((instruction) => [instruction.keyword, instruction.args.text]));
    case 'xml':
      return (text) => JSON.stringify(parseXml(text).map((element) => [element.name, element.attributes.map((a) => [a.name, a.value])]));
    case 'toml':
    case 'tfvars':
      return (text) => JSON.stringify(parseToml(text).map((entry) => [entry.path, entry.value.text]));
    case 'groovy':
      return (text) => JSON.stringify(groovyValues(text).map((entry) => [entry.blocks, entry.name, entry.value.text]));
    case 'json':
      return undefined;
  }
}

/** True when `after` is `before` plus comments only, as far as the language's parser can tell. */
export function sameMeaning(language: LanguageId, path: string, before: string, after: string, parsers?: TreeSitterParsers): boolean {
  const read = readerFor(language, path, parsers);
  if (!read) return false;
  const meaning = read(before);
  return meaning !== undefined && meaning === read(after);
}

/** Every token of the syntax tree (comments are trivia, not tokens); undefined with syntax errors. */
function scriptTokens(text: string, language: 'javascript' | 'typescript', path: string): string | undefined {
  const source = parseTypeScript(path, text, language);
  if (hasSyntaxErrors(source)) return undefined;
  const tokens: string[] = [];
  const visit = (node: ts.Node): void => {
    // `{/* ... */}` between JSX children, and the whitespace around it, render nothing.
    if (ts.isJsxExpression(node) && !node.expression) return;
    if (ts.isJsxText(node) && node.containsOnlyTriviaWhiteSpaces) return;
    const children = node.getChildren(source);
    if (children.length === 0) tokens.push(`${node.kind}:${node.getText(source)}`);
    else children.forEach(visit);
  };
  visit(source);
  return tokens.join('\u0000');
}

/** The tree's leaves, comments left out; undefined when the tree has errors. */
function treeTokens(parsers: TreeSitterParsers, language: Parameters<TreeSitterParsers['parse']>[0], text: string): string | undefined {
  const tree = parsers.parse(language, text);
  if (!tree) return undefined;
  try {
    if (tree.rootNode.hasError) return undefined;
    const tokens: string[] = [];
    walkTree(tree.rootNode, (node) => {
      if (node.type === 'comment' || node.type.endsWith('_comment')) return false;
      if (node.childCount === 0) tokens.push(`${node.type}:${node.text}`);
      return true;
    });
    return tokens.join('\u0000');
  } finally {
    tree.delete();
  }
}

function yamlValues(text: string): string | undefined {
  const documents = parseAllDocuments(text);
  if (documents.some((document) => document.errors.length > 0)) return undefined;
  return JSON.stringify(documents.map((document) => document.toJS()));
}
