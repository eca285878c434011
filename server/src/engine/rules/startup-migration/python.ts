// Factor XII for Python: migrations and schema creation run when the app starts (Django, Flask,
// FastAPI); the same calls in manage.py commands, alembic/env.py, scripts and tests are one-offs.
import { importBindings } from '../../languages/python';
import { walkTree } from '../../languages/treeSitter';
import type { LanguageCheck, RuleContext } from '../../rule';
import { DDL_PATTERN } from './ddl';
import { MigrationGroups } from './grouped';
import { recognizeMigration, type Effect, type Tool } from './python-calls';
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

export const pythonChecks: LanguageCheck[] = [
  {
    languages: ['python'],
    keywords: ['migrat', 'schema(', 'tables(', 'create_tables', 'create_all', 'drop_all', 'upgrade', 'syncdb', 'generate_schemas'],
    // Hand-written DDL run through execute(): no library name announces it.
    patterns: [DDL_PATTERN],
    check,
  },
];

function check(context: RuleContext): void {
  const tree = context.parsed.tree;
  if (!tree || isOneOffPythonFile(context.path)) return;
  const root = tree.rootNode;
  const bindings = importBindings(root);
  const groups = new MigrationGroups(context);
  walkTree(root, (node) => {
    if (node.type !== 'call') return;
    const migration = recognizeMigration(node, bindings);
    if (!migration || !isOnStartPath(node, context.path, root)) return;
    groups.add(node, {
      span: { start: node.startIndex, end: node.endIndex },
      message: `Factor XII: \`${migration.label}\` ${VERBS[migration.effect]} every time the app starts; ${ADVICE[migration.tool]}`,
    });
  });
  groups.flush();
}
