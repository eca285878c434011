// The one reader of the app's JS/TS modules a file imports by a relative path (`require('./config')`,
// `import { init } from './db/index.js'`), for the three questions asked of them: the fixed ports they export
// (Factor VII), the server starts they export that stop nowhere (IX), the functions they export that migrate (XII).
// Each module is read once and parsed at most once per importer's questions, however many of the three are asked;
// its text is kept only while a question its text is worth parsing for is still unasked (issue #12).
import { dirname, join } from 'node:path';
import { ParsedDocument } from '../engine/languages';
import { jsPortExportsIn, mayExportPort, relativeImports } from '../engine/rules/hardcoded-port/javascript-imported';
import { mayExportServerStart, serverStartExportsIn } from '../engine/rules/no-graceful-shutdown/javascript-imported';
import { mayMigrateJs, migratingExportsIn } from '../engine/rules/startup-migration/javascript-imported';
import type { ImportedJsonStore, ImportedMigration, ImportedPort, ImportedServerStart } from '../engine/types';
import { jsonStoreExportsIn, mayExportJsonStore } from '../engine/rules/memory-session-store/javascript-json-file';
import { displayPath } from '../displayPath';
import { jsLanguageOf, jsModuleFiles, once } from './files';
import { readInside } from '../safeRead';

/** What an importer asks of its modules; each set only when the importer itself may use the answer. */
export interface JsQuestions {
  ports?: boolean;
  serverStarts?: boolean;
  migrations?: boolean;
  jsonStores?: boolean;
}

export interface JsAnswers {
  ports: ImportedPort[];
  serverStarts: ImportedServerStart[];
  migrations: ImportedMigration[];
  jsonStores: ImportedJsonStore[];
}

type Question = keyof JsAnswers;

/** Whether a module's text is worth parsing for each question (the rules' prefilters). */
const WORTH: { [Q in Question]: (text: string) => boolean } = { ports: mayExportPort, serverStarts: mayExportServerStart, migrations: mayMigrateJs, jsonStores: mayExportJsonStore };

/** The answers of one module file, each found on first asking. */
class JsModule {
  private readonly answers: Partial<JsAnswers> = {};
  /** Until every question its text is worth parsing for has been answered. */
  private text: string | undefined;

  constructor(
    private readonly path: string,
    text: string,
    private readonly language: 'typescript' | 'javascript',
  ) {
    for (const question of Object.keys(WORTH) as Question[]) if (!WORTH[question](text)) this.answers[question] = [];
    if (Object.keys(this.answers).length < Object.keys(WORTH).length) this.text = text;
  }

  /** The answers to `questions`, from one parse of the module for all of them. */
  answer(questions: JsQuestions): Partial<JsAnswers> {
    let document: ParsedDocument | undefined;
    const parsed = () => (document ??= new ParsedDocument(this.path, this.text!, this.language));
    const { answers } = this;
    if (questions.ports) answers.ports ??= jsPortExportsIn('', parsed());
    if (questions.serverStarts) answers.serverStarts ??= serverStartExportsIn(parsed());
    if (questions.migrations) answers.migrations ??= migratingExportsIn('', parsed());
    if (questions.jsonStores) answers.jsonStores ??= jsonStoreExportsIn('', parsed());
    if (answers.ports && answers.serverStarts && answers.migrations && answers.jsonStores) this.text = undefined;
    return answers;
  }
}

export class JsModules {
  /** By absolute module file: the module, or undefined when there is no such file. */
  private readonly modules = new Map<string, Promise<JsModule | undefined>>();

  /**
   * `questions`' answers from each relative module a JS/TS file imports, resolved as node and the TypeScript compiler
   * would (the file, an extension added, a folder's index), each named as the importer wrote it.
   */
  async importedBy(file: string, source: string, questions: JsQuestions, realRoot: string, displayBase: string): Promise<JsAnswers> {
    const found: JsAnswers = { ports: [], serverStarts: [], migrations: [], jsonStores: [] };
    if (!questions.ports && !questions.serverStarts && !questions.migrations && !questions.jsonStores) return found;
    for (const specifier of relativeImports(source)) {
      for (const candidate of jsModuleFiles(join(dirname(file), specifier))) {
        const module = await once(this.modules, candidate, () => this.read(candidate, realRoot, displayBase));
        if (!module) continue;
        const answers = module.answer(questions);
        if (questions.ports) found.ports.push(...answers.ports!.map((item) => ({ ...item, module: specifier })));
        if (questions.serverStarts) found.serverStarts.push(...answers.serverStarts!.map((item) => ({ ...item, module: specifier })));
        if (questions.migrations) found.migrations.push(...answers.migrations!.map((item) => ({ ...item, module: specifier })));
        if (questions.jsonStores) found.jsonStores.push(...answers.jsonStores!.map((item) => ({ ...item, module: specifier })));
        break;
      }
    }
    return found;
  }

  private async read(absolute: string, realRoot: string, displayBase: string): Promise<JsModule | undefined> {
    const text = await readInside(absolute, realRoot);
    return text === undefined ? undefined : new JsModule(displayPath(displayBase, absolute), text, jsLanguageOf(absolute));
  }

  forget(): void {
    this.modules.clear();
  }
}
