// Ruby's upload libraries pointed at the process's own disk, as multer's `dest` is in JavaScript (local-uploads.ts):
// Shrine's permanent store on `Shrine::Storage::FileSystem.new("public", prefix: "uploads")`, and CarrierWave's
// `storage :file` (in an uploader, or `config.storage = :file` for all of them). The files exist only in this
// container. Left alone as for every upload shape: a folder from the environment or the OS's temporary folder,
// Shrine's `cache` (files kept only until the form that uploaded them is saved), a choice made in one branch of an
// environment test (`Rails.env.production? ? s3 : file_system`) or in development code, and files only a
// developer's machine or the tests load (`config/environments/development.rb`, `spec/support/shrine.rb`).
import { callArguments, inEnvironmentBranch, methodName, symbolOrStringName } from '../../languages/ruby';
import { nodeSpan, walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { inDevelopmentCode } from '../development-code';
import { isNonServerPath } from '../process-paths';
import { uploadMessage } from './local-uploads';

/** Shrine's storages that hold files only between two requests of one form: not the app's data. */
const SHRINE_TEMPORARY = new Set(['cache', 'tmp', 'temp', 'temporary']);
/** A folder the deploy chooses, or the OS's temporary one. */
const OUTSIDE_FOLDER = /\bENV\b|\bDir\.tmpdir\b|\bDir\.mktmpdir\b|["']\/(?:var\/)?tmp\b/;
/** A condition that tests the environment or stage: either of its branches is that environment's choice. */
const ENVIRONMENT_TEST = /\bENV\b|\benv\b|\b(?:production|development|test|staging)\b/i;
const DEVELOPMENT_FILE = /(?:^|\/)config\/environments\/(?:development|test)\.rb$/;

function check(context: RuleContext): void {
  const root = context.parsed.tree?.rootNode;
  if (!root || isNonServerPath(context.path) || DEVELOPMENT_FILE.test(context.path)) return;
  walkTree(root, (node) => {
    const found = shrineFileSystem(node) ?? carrierWaveFile(node);
    if (!found || chosenElsewhere(node, context)) return;
    context.report({ span: nodeSpan(found.at), message: uploadMessage(found.what) });
  });
}

/** `store: Shrine::Storage::FileSystem.new("public", prefix: "uploads")`, under any key but the cache's. */
function shrineFileSystem(node: SyntaxNode): { at: SyntaxNode; what: string } | undefined {
  if (node.type !== 'call' || methodName(node) !== 'new' || !/(?:^|::)Storage::FileSystem$/.test(node.childForFieldName('receiver')?.text ?? '')) return undefined;
  const [directory] = callArguments(node);
  if (directory && OUTSIDE_FOLDER.test(directory.text)) return undefined;
  const pair = node.parent?.type === 'pair' ? node.parent : undefined;
  const key = pair ? symbolOrStringName(pair.childForFieldName('key')) : undefined;
  if (key !== undefined && SHRINE_TEMPORARY.has(key)) return undefined;
  return { at: node, what: "Shrine's FileSystem storage" };
}

/** CarrierWave's `storage :file` in an uploader, `config.storage = :file` or `config.storage :file` in its initializer. */
function carrierWaveFile(node: SyntaxNode): { at: SyntaxNode; what: string } | undefined {
  const what = "CarrierWave's `:file` storage";
  if (node.type === 'call' && methodName(node) === 'storage') {
    const [value] = callArguments(node);
    const receiver = node.childForFieldName('receiver')?.text;
    return value?.text === ':file' && (receiver === undefined || receiver === 'config') ? { at: value, what } : undefined;
  }
  if (node.type === 'assignment' && node.childForFieldName('left')?.text === 'config.storage') {
    const value = node.childForFieldName('right');
    return value?.text === ':file' ? { at: value, what } : undefined;
  }
  return undefined;
}

function chosenElsewhere(node: SyntaxNode, context: RuleContext): boolean {
  return inEnvironmentBranch(node, (condition) => ENVIRONMENT_TEST.test(condition.text)) || inDevelopmentCode(context.parsed, 'ruby', nodeSpan(node));
}

export const rubyUploadStoreChecks: LanguageCheck[] = [{ languages: ['ruby'], keywords: ['storage::filesystem', ':file'], check }];
