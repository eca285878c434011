// Secrets in commented-out lines (real apps nobody here wrote: a connection line kept for later, an old
// key left above the new env read). Only what proves itself is read in a comment: a token's format, a URL
// password to a real host. Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const COMMENT_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  javascript: {
    valid: [
      {
        name: 'comments that show a shape: a local database, a placeholder, a template, a JWT in an API doc, a doc comment of sentences',
        path: 'src/db.js',
        code: `// mongoose.connect('mongodb://admin:uuNtOCk9VxDTyR@localhost:27017/shop')
// e.g. postgres://user:password@db.example.com/shop
// const url = \`postgres://app:\${process.env.DB_PASSWORD}@db.acme.io/shop\`
// Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk
/*
 * Connects to the database. The URL is read from DATABASE_URL at start.
 * On a laptop it looks like this: postgres://app:Gpq3R5b4auRtyS@db.acme.io/shop
 */
mongoose.connect(process.env.MONGODB_URI);
`,
      },
    ],
    invalid: [
      {
        name: 'a commented-out Atlas connection and an old Stripe key left above their env reads',
        path: 'src/index.js',
        code: `// mongoose.connect('mongodb+srv://bhavesh:⟦PvU8ow39OKP0Ce⟧@cluster0.gwlwjqv.mongodb.net/shop');
mongoose.connect(process.env.MONGODB_URI);
// const stripe = require('stripe')('⟦sk_live_cWhnBMcIndElaPHNryawSbrJ⟧');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
`,
        messageIncludes: ['commented-out line'],
      },
    ],
  },
  python: {
    valid: [
      { name: 'a commented-out URL to a compose service and a shebang', path: 'app/settings.py', code: `#!/usr/bin/env python3\n# DATABASE_URL = "postgres://app:BWYjaxXMKedFLV@db:5432/app"\nDATABASE_URL = os.environ["DATABASE_URL"]\n` },
    ],
    invalid: [
      {
        name: 'a commented-out production URL',
        path: 'app/settings.py',
        code: `# DATABASE_URL = "postgres://app:⟦BWYjaxXMKedFLV⟧@shop-prod.c9x2kq.eu-west-1.rds.amazonaws.com/shop"\nDATABASE_URL = os.environ["DATABASE_URL"]\n`,
      },
    ],
  },
  go: {
    valid: [
      {
        name: "a commented-out local DSN; forum topics' slugs with a version among their words",
        path: 'internal/db/db.go',
        code: `package db\n\n// dsn := "root:oxzX2oeomaDjmV@tcp(127.0.0.1:3306)/shop"\nvar dsn = os.Getenv("DSN")\n\n// See https://forum.rclone.org/t/copying-files-within-a-b2-bucket/16680/76\n// see https://forum.syncthing.net/t/v0-9-0-new-node-id-format/478/6 for more.\n`,
      },
    ],
    invalid: [
      {
        name: 'a commented-out Redis URL to a managed host',
        path: 'internal/cache/cache.go',
        code: `package cache\n\n// var url = "rediss://default:⟦oxzX2oeomaDjmV⟧@eu1-shop-31337.upstash.io:6379"\nvar url = os.Getenv("REDIS_URL")\n`,
      },
    ],
  },
  java: {
    valid: [{ name: 'a doc comment', path: 'src/main/java/com/acme/Db.java', code: `package com.acme;\n\n/** Reads the URL. Set it as jdbc:postgresql://db.example.com/shop with user and password. */\nclass Db {}\n` }],
    invalid: [
      {
        name: 'a commented-out JDBC URL with its password',
        path: 'src/main/java/com/acme/Db.java',
        code: `package com.acme;\n\nclass Db {\n    // static final String URL = "jdbc:mysql://shop:⟦F7FXCeBoAC3Sud⟧@mysql.acme-prod.net:3306/shop";\n    static final String URL = System.getenv("JDBC_URL");\n}\n`,
      },
    ],
  },
  ruby: {
    valid: [{ name: 'a commented-out local Redis URL', path: 'config/initializers/sidekiq.rb', code: `# url: "redis://:uuNtOCk9VxDTyR@localhost:6379/0"\nSidekiq.configure_server { |c| c.redis = { url: ENV["REDIS_URL"] } }\n` }],
    invalid: [
      {
        name: 'a commented-out Stripe key',
        path: 'config/initializers/stripe.rb',
        code: `# Stripe.api_key = "⟦sk_live_cWhnBMcIndElaPHNryawSbrJ⟧"\nStripe.api_key = ENV.fetch("STRIPE_SECRET_KEY")\n`,
      },
    ],
  },
  php: {
    valid: [{ name: 'a commented-out placeholder DSN', path: 'config/db.php', code: `<?php\n// 'url' => 'mysql://user:secret@localhost/shop',\n# 'url' => 'mysql://<user>:<password>@<host>/shop',\nreturn ['url' => getenv('DATABASE_URL')];\n` }],
    invalid: [
      {
        name: 'a hash-commented production URL',
        path: 'config/db.php',
        code: `<?php\n# 'url' => 'mysql://shop:⟦Gpq3R5b4auRtyS⟧@shop.cluster-c9x2kq.eu-west-1.rds.amazonaws.com/shop',\nreturn ['url' => getenv('DATABASE_URL')];\n`,
      },
    ],
  },
  yaml: {
    valid: [{ name: 'a commented-out compose URL', path: 'docker-compose.yml', code: `services:\n  web:\n    environment:\n      # DATABASE_URL: postgres://app:uuNtOCk9VxDTyR@db:5432/app\n      DATABASE_URL: \${DATABASE_URL}\n` }],
    invalid: [
      {
        name: 'a commented-out Atlas URL in a workflow',
        path: '.github/workflows/ci.yml',
        code: `env:\n  # MONGODB_URI: mongodb+srv://ci:⟦PvU8ow39OKP0Ce⟧@cluster0.ab12cd.mongodb.net/test\n  MONGODB_URI: \${{ secrets.MONGODB_URI }}\n`,
      },
    ],
  },
  properties: {
    valid: [{ name: 'a commented-out local datasource', path: 'src/main/resources/application.properties', code: `#spring.datasource.url=jdbc:mysql://root:oxzX2oeomaDjmV@localhost:3306/shop\nspring.datasource.url=\${JDBC_URL}\n` }],
    invalid: [
      {
        name: 'a commented-out datasource URL to a managed database',
        path: 'src/main/resources/application.properties',
        code: `#spring.datasource.url=jdbc:postgresql://shop:⟦F7FXCeBoAC3Sud⟧@shop.c9x2kq.eu-west-1.rds.amazonaws.com/shop\nspring.datasource.url=\${JDBC_URL}\n`,
      },
    ],
  },
};
