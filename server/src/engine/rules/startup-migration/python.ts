// Factor XII for Python: migrations and schema creation run when the app starts (Django, Flask,
// FastAPI); the same calls in manage.py commands, alembic/env.py, scripts and tests are one-offs.
import { importBindings } from '../../languages/python';
import { walkTree, type SyntaxNode } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import type { ImportedMigration } from '../../types';
import { DDL_PATTERN } from './ddl';
import { MigrationGroups } from './grouped';
import { recognizeMigration, type Effect, type Tool } from './python-calls';
import { importedMigrationCalled } from './python-imported';
import { isOneOffPythonFile, isOnStartPath } from './python-start-path';

const VERBS: Readonly<Record<Effect, string>> = {
  'migrates': 'runs migrations',
  'changes-schema': 'creates the schema',
  'drops-schema': 'drops the schema',
};

const ADVICE: Readonly<Record<Tool, string>> = {
  'django': 'run `python manage.py migrate` as a one-off admin process (a release phase or a Job) before release.',
  'flask-migrate': 'run `flask db upgrade` as a one-off admin process before release.',
  'alembic': 'run `alembic upgrade head` as a one-off admin process before release.',
  'yoyo': 'run `yoyo apply` as a one-off admin process before release.',
  'peewee-migrate': 'run `pw_migrate migrate` as a one-off admin process before release.',
  'sqlalchemy': 'manage the schema with Alembic migrations and run `alembic upgrade head` as a one-off admin process before release.',
  'flask-sqlalchemy': 'manage the schema with Flask-Migrate and run `flask db upgrade` as a one-off admin process before release.',
  'tortoise': 'manage the schema with Aerich migrations and run `aerich upgrade` as a one-off admin process before release.',
  'orm': 'keep the schema in migrations (peewee-migrate, Alembic, the ORM\'s migrator) and run them as a one-off admin process before release.',
  'sql': 'keep the schema in migrations (Alembic, or the framework\'s own) and run them as a one-off admin process before release.',
  'app': 'run it from a one-off admin process (a release phase, a Job, `python -m <app>.migrate`) before release.',
};

const KEYWORDS = /migrat|schema\(|tables\(|create_tables|create_all|drop_all|upgrade|syncdb|generate_schemas|executescript/;

/** Whether a module's text names a migration at all (the node layer's test before it parses another module). */
export function mayMigrate(text: string): boolean {
  return KEYWORDS.test(text.toLowerCase()) || DDL_PATTERN.test(text);
}

export const pythonChecks: LanguageCheck[] = [
  {
    languages: ['python'],
    // The words of a migration, hand-written DDL run through execute() (no library name announces it), or a
    // migration in another module this file imports, which the node layer found (a call such as `init_db()`).
    keywords: [],
    mayReport: (file) => KEYWORDS.test(file.lowered) || DDL_PATTERN.test(file.text) || (file.options.importedMigrations?.length ?? 0) > 0,
    check,
  },
];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isOneOffPythonFile(context.path)) return;
  const root = tree.rootNode;
  const bindings = importBindings(root);
  const groups = new MigrationGroups(context);
  const imported = context.options.importedMigrations ?? [];
  const cache = {};
  walkTree(root, (node) => {
    if (node.type !== 'call') return;
    const migration = recognizeMigration(node, bindings);
    if (!migration) {
      const elsewhere = imported.length > 0 ? importedMigrationCalled(node, root, imported, cache) : undefined;
      if (elsewhere && isOnStartPath(node, context.path, root)) reportImported(groups, node, elsewhere);
      return;
    }
    if (!isOnStartPath(node, context.path, root)) return;
    groups.add(node, {
      span: { start: node.startIndex, end: node.endIndex },
      message: `Factor XII: \`${migration.label}\` ${VERBS[migration.effect]} every time the app starts; ${ADVICE[migration.tool]}`,
    });
  });
  groups.flush();
}

/** `init_db()` on the start path, whose body in another module runs `Base.metadata.create_all()`: reported here, the body related. */
function reportImported(groups: MigrationGroups, call: SyntaxNode, elsewhere: ImportedMigration): void {
  const written = call.childForFieldName('function')?.text ?? elsewhere.name;
  groups.add(call, {
    span: { start: call.startIndex, end: call.endIndex },
    message: `Factor XII: \`${written}()\` runs \`${elsewhere.label}\` (in ${elsewhere.path}) every time the app starts; keep the schema in migrations and run them as a one-off admin process (a release phase, a Job) before release.`,
    relatedElsewhere: [{ path: elsewhere.path, range: elsewhere.range, message: `The migration \`${written}()\` runs.` }],
  });
}
