// Help text in every language: a command's long description or usage message that shows the shape of a
// connection URL ("To use MySQL, use something like: --db=mysql://user:pass@host/db") is prose, as a
// docstring is; a token of a known format there is still live, and one sentence around a URL is no help text.
// Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const PROSE_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [
      {
        name: "a command's long description that shows a database URL's shape",
        path: 'buildbot/scripts/runner.py',
        code: `import textwrap


class CreateMasterOptions:
    longdesc = textwrap.dedent("""
    This command creates a master's working directory.
    The --db string is evaluated to build the database object.

    To use a remote MySQL database instead, use something like:

      --db='mysql://bbuser:bbpasswd@dbhost/bbdb'
    """)
`,
      },
    ],
    invalid: [
      {
        name: 'a live token in help text is still committed; a log line of one sentence is no help text',
        path: 'tools/release.py',
        code: `HELP = """Publishes the release. Reads the token below when none is set:
    GITHUB_TOKEN=⟦ghp_pnnYBBWICtpLzLEMBIJSnF4cJLSL5hTdZtCX⟧
"""
print("Connecting to postgresql://release:⟦2fqXqvp7W2sS9lrc⟧@db.internal/releases now.")
`,
      },
    ],
  },
  go: {
    valid: [
      {
        name: "a cobra command's Long help with an example DSN",
        path: 'cmd/serve.go',
        code: `package cmd

import "github.com/spf13/cobra"

var serveCmd = &cobra.Command{
	Use:   "serve",
	Short: "Run the API server",
	Long: \`Runs the API server on the given address.
The database is chosen with --dsn. For PostgreSQL, pass something like:

  --dsn postgres://app:secret123@db.example.com:5432/app
\`,
}
`,
      },
    ],
    invalid: [
      {
        name: 'a DSN in an error message is a connection the code makes',
        path: 'internal/store/open.go',
        code: `package store

import "database/sql"

const dsn = "postgres://app:⟦LsrVD336nyyD6k⟧@db.internal:5432/app"

func Open() (*sql.DB, error) { return sql.Open("postgres", dsn) }
`,
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: "a commander program's help text with an example connection string",
        path: 'bin/migrate.js',
        code: `const { program } = require('commander');

program
  .option('--url <url>', 'database URL')
  .addHelpText('after', \`
Runs every pending migration against the database.
When --url is left out, DATABASE_URL is read from the environment.

Example:
  $ migrate --url postgres://user:hunter2@localhost:5432/shop
\`);
`,
      },
    ],
    invalid: [
      {
        name: 'a connection string in a one-line status message is still a connection the code makes',
        path: 'src/db.js',
        code: `const url = 'postgres://shop:⟦lvjXyfR7fi7Lt0u⟧@db.internal:5432/shop';
console.log(\`Connecting to \${url} now.\`);
`,
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: "a Thor task's long description heredoc",
        path: 'lib/cli.rb',
        code: `class CLI < Thor
  desc 'sync', 'Copies the catalogue to a replica'
  long_desc <<~TEXT
    Copies every product to the replica database.
    The replica is named with --to. A MySQL replica looks like this:

      --to mysql2://replica:replicapw@replica.example.com/catalogue
  TEXT
  def sync; end
end
`,
      },
    ],
    invalid: [
      {
        name: 'a URL in a heredoc of settings, no prose',
        path: 'lib/replica.rb',
        code: `REPLICA = <<~YAML
  url: mysql2://replica:⟦8QE45nfSiO4NQ5X⟧@replica.internal/catalogue
  pool: 5
YAML
`,
      },
    ],
  },
  java: {
    valid: [
      {
        name: "a picocli command's usage text block",
        path: 'src/main/java/com/acme/cli/ImportCommand.java',
        code: `package com.acme.cli;

class ImportCommand {
    static final String USAGE = """
        Imports orders from a CSV file into the database.
        The database is given with --jdbc-url. For MySQL use something like:

          --jdbc-url jdbc:mysql://importer:importpw@db.example.com/orders
        """;
}
`,
      },
    ],
    invalid: [
      {
        name: 'a JDBC URL in a constant',
        path: 'src/main/java/com/acme/cli/Db.java',
        code: `package com.acme.cli;

class Db {
    static final String URL = "jdbc:mysql://importer:⟦hLd3wnlxxfvdIG5⟧@db.internal/orders";
}
`,
      },
    ],
  },
  php: {
    valid: [
      {
        name: "a Symfony console command's help heredoc",
        path: 'src/Command/ImportCommand.php',
        code: `<?php
namespace App\\Command;

class ImportCommand
{
    protected function configure(): void
    {
        $this->setHelp(<<<'HELP'
            Imports the legacy shop's orders into this application.
            The legacy database is given with --source. It looks like this:

              --source mysql://legacy:legacypw@old-shop.example.com/shop
            HELP);
    }
}
`,
      },
    ],
    invalid: [
      {
        name: 'one sentence around a URL is no help text: the URL is the source the command reads',
        path: 'src/Command/LegacyImport.php',
        code: `<?php
const LEGACY_SOURCE = 'mysql://legacy:⟦X0RGqLZHKxGxX4f⟧@old-shop.internal/shop';
$output->writeln('Importing orders from ' . LEGACY_SOURCE . ' now.');
`,
      },
    ],
  },
};
