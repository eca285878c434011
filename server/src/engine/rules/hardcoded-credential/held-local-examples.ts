// A literal held by a variable, whatever it is called, then handed to what takes a password (issue #9, round 26): the
// call or the connection string decides, as it would for the literal written in place. Go's DSN built by
// `fmt.Sprintf` or `+` (go-formatted-uses.ts), PHP's `$pw = '…'` then `new PDO(…, $pw)` (php-later-uses.ts), a Python
// function's or Ruby method's local given to `password=` (tree-later-uses.ts), a JS password option given a name
// (javascript-later-uses.ts). A variable that holds another part (a user, a database name), or is assigned twice,
// stays silent. Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const HELD_LOCAL_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  go: {
    valid: [
      {
        name: "a database name and a user held in variables at a DSN's other places; the password from the environment",
        path: 'internal/store/archive.go',
        code: 'package store\n\nimport (\n\t"database/sql"\n\t"fmt"\n\t"os"\n)\n\nfunc OpenArchive() (*sql.DB, error) {\n\tuser := "archive"\n\tschema := "archive"\n\tpw := os.Getenv("ARCHIVE_DB_PASSWORD")\n\treturn sql.Open("mysql", fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pw, os.Getenv("DB_ADDR"), schema))\n}\n\nfunc OpenSearch() (*sql.DB, error) {\n\tdbname := "search"\n\treturn sql.Open("postgres", "host="+os.Getenv("PGHOST")+" dbname="+dbname+" password="+os.Getenv("SEARCH_DB_PASSWORD"))\n}\n',
      },
    ],
    invalid: [
      {
        name: "a local at a go-sql-driver DSN's password place (a literal user before it), and a word concatenated after `password=`",
        path: 'internal/store/ledger.go',
        code: 'package store\n\nimport (\n\t"database/sql"\n\t"fmt"\n\t"os"\n)\n\nfunc OpenLedger() (*sql.DB, error) {\n\tpw := ⟦"aj6iNXXcC8ts4otA"⟧\n\treturn sql.Open("mysql", fmt.Sprintf("ledger:%s@tcp(%s)/ledger", pw, os.Getenv("DB_ADDR")))\n}\n\nfunc OpenQueue() (*sql.DB, error) {\n\tword := ⟦"jobqueue"⟧\n\treturn sql.Open("postgres", "host="+os.Getenv("PGHOST")+" user=queue password="+word+" dbname=queue")\n}\n',
        messageIncludes: ['DB_PASSWORD'],
      },
    ],
  },
  php: {
    valid: [
      {
        name: "a user and a table held in variables, a password assigned twice, and a top-level variable a function cannot see",
        path: 'src/Reports.php',
        code: "<?php\n\n$pw = 'kFQlz03GFCAOkP69';\n\nfunction reports(): PDO\n{\n    $user = 'reports';\n    $table = 'daily';\n    $access = 'fallback';\n    $access = getenv('REPORTS_DB_PASSWORD') ?: $access;\n    $pdo = new PDO('pgsql:host=' . getenv('PGHOST') . ';dbname=reports', $user, $access);\n    $pdo->query(\"SELECT * FROM {$table}\");\n    return new PDO('pgsql:host=' . getenv('PGHOST') . ';dbname=reports', $user, $pw);\n}\n",
      },
    ],
    invalid: [
      {
        name: "a method's variable handed to new PDO as its password, and a word handed to mysqli_connect",
        path: 'src/Database.php',
        code: "<?php\n\nfinal class Database\n{\n    public static function reports(): PDO\n    {\n        $pw = ⟦'7LDnns3JUOCFD7sM'⟧;\n        return new PDO('pgsql:host=' . getenv('PGHOST') . ';dbname=reports', 'reports', $pw);\n    }\n}\n\nfunction attachments()\n{\n    $key = ⟦'attachdesk'⟧;\n    return mysqli_connect(getenv('DB_HOST'), 'attachments', $key, 'attachments');\n}\n",
        messageIncludes: ['DB_PASSWORD'],
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'a local replaced from the environment before the call, and a database name held in a local',
        path: 'reports/db.py',
        code: 'import os\n\nimport psycopg2\n\n\ndef analytics():\n    pw = "5jJdruNUDNJmkVhA"\n    pw = os.environ.get("ANALYTICS_PASSWORD", pw)\n    dbname = "analytics"\n    return psycopg2.connect(host=os.environ["PGHOST"], user="analyst", password=pw, dbname=dbname)\n',
      },
    ],
    invalid: [
      {
        name: "a function's local given to password=",
        path: 'reports/db.py',
        code: 'import os\n\nimport psycopg2\n\n\ndef warehouse():\n    pw = ⟦"apPt8slh02jtnkOH"⟧\n    return psycopg2.connect(host=os.environ["PGHOST"], user="reports", password=pw, dbname="warehouse")\n',
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'a local replaced from the environment before the call',
        path: 'lib/stock_db.rb',
        code: 'module StockDb\n  def self.audit\n    pw = "lY7J2mND_n22wM_N"\n    pw = ENV.fetch("AUDIT_DB_PASSWORD", pw)\n    PG.connect(host: ENV.fetch("PGHOST"), user: "audit", password: pw, dbname: "audit")\n  end\nend\n',
      },
    ],
    invalid: [
      {
        name: "a method's local given to password:",
        path: 'lib/stock_db.rb',
        code: 'module StockDb\n  def self.inventory\n    pw = ⟦"q8Se2gF_vstn7p45"⟧\n    PG.connect(host: ENV.fetch("PGHOST"), user: "stock", password: pw, dbname: "inventory")\n  end\nend\n',
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'a database name held in a const, the password from the environment',
        path: 'src/db.js',
        code: "const { Pool } = require('pg');\n\nfunction reportPool() {\n  const database = 'reports';\n  const password = process.env.REPORTS_DB_PASSWORD;\n  return new Pool({ host: process.env.PGHOST, user: 'reports', password: password, database });\n}\n\nmodule.exports = { reportPool };\n",
      },
    ],
    invalid: [
      {
        name: "a function's const handed to a pool as its password option, and a mailer's auth pass",
        path: 'src/db.js',
        code: "const mysql = require('mysql2/promise');\nconst nodemailer = require('nodemailer');\n\nfunction invoicePool() {\n  const pw = ⟦'Wk2nR7pYc4TqHx9L'⟧;\n  return mysql.createPool({ host: process.env.DB_HOST, user: 'invoices', password: pw, database: 'invoices' });\n}\n\nconst smtpPass = ⟦'Qm4vXn8sLp2rTz7K'⟧;\nconst mailer = nodemailer.createTransport({ host: process.env.SMTP_HOST, auth: { user: 'billing', pass: smtpPass } });\n\nmodule.exports = { invoicePool, mailer };\n",
      },
    ],
  },
};
