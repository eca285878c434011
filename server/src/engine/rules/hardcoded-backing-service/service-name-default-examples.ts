// A compose service's one-label name as a config default, bare or in a whole URL: information in every language, as
// in Spring's properties (address.ts isLocalFallback). A remote host there stays a warning; so does a service name in
// a production-only file (spring-examples.ts).
import type { Examples, InvalidExample } from '../../rule';
import type { LanguageId } from '../../types';

const info = (name: string, path: string, code: string, envName: string): InvalidExample => ({ name, path, code, severity: 'info', messageIncludes: [`fallback of ${envName}`, 'local'] });

export const SERVICE_NAME_DEFAULT_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [],
    invalid: [
      info(
        "pydantic BaseSettings defaults naming the compose file's services (probe25: warnings, where Spring's were information)",
        'app/core/config.py',
        'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    database_url: str = ⟦"postgresql+asyncpg://app@pgdb:5432/inventory"⟧\n',
        'DATABASE_URL',
      ),
      info('os.getenv with a whole URL to a service name', 'worker/settings.py', 'import os\n\nREDIS_URL = os.getenv("REDIS_URL", ⟦"redis://queue-redis:6379/1"⟧)\n', 'REDIS_URL'),
      {
        name: 'a remote host as the default stays a warning',
        path: 'app/core/config.py',
        code: 'from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    audit_db_url: str = ⟦"postgresql://app@audit.db.ledger-cloud.net:5432/audit"⟧\n',
        severity: 'warning',
      },
    ],
  },
  javascript: {
    valid: [],
    invalid: [info('a config module falling back to the compose MongoDB', 'src/config/index.js', "module.exports = {\n  mongoUri: process.env.MONGO_URI || ⟦'mongodb://mongo:27017/board'⟧,\n};\n", 'MONGO_URI')],
  },
  go: {
    valid: [],
    invalid: [
      info(
        "a getEnv helper's default URL to the compose Postgres",
        'pkg/setting/setting.go',
        'package setting\n\nimport "os"\n\nvar DatabaseURL = getEnv("DATABASE_URL", ⟦"postgres://depot@pg:5432/depot?sslmode=disable"⟧)\n\nfunc getEnv(key, fallback string) string {\n\tif v, ok := os.LookupEnv(key); ok {\n\t\treturn v\n\t}\n\treturn fallback\n}\n',
        'DATABASE_URL',
      ),
    ],
  },
  ruby: {
    valid: [],
    invalid: [info('ENV.fetch with a default URL to the compose Redis', 'lib/settings.rb', 'REDIS_URL = ENV.fetch("REDIS_URL", ⟦"redis://redis:6379/2"⟧)\n', 'REDIS_URL')],
  },
  php: {
    valid: [
      {
        name: 'a const host put into another scheme\'s URL, and a DSN const built from an env read',
        path: 'config/backup.php',
        code: '<?php\nconst BACKUP_SERVER = "backup.agenda-hosting.net";\nconst BACKUP_TARGET = "sftp://" . BACKUP_SERVER . "/agenda/";\nconst CACHE_DSN = "mysql:host=" . getenv(\'CACHE_DB_HOST\') . ";dbname=cache";\n',
      },
    ],
    invalid: [
      {
        name: "a PDO DSN const built from a const host (the CRUD-MVC course's config/SERVER.php; the DSN is used in another file, probe25)",
        path: 'config/SERVER.php',
        code: '<?php\nconst SERVIDOR = ⟦"mysql.agenda-hosting.net"⟧;\nconst DB = "agenda";\nconst SGBD = "mysql:host=" . SERVIDOR . ";dbname=" . DB;\n',
        messageIncludes: ['MySQL host'],
      },
    ],
  },
};
