// HOCON examples: must report exactly the marked ranges. Generated values.
import type { Examples } from '../../rule';

export const hoconExamples: Examples = {
  valid: [
    {
      name: 'substitutions from the environment, placeholders, non-credential keys',
      path: 'src/main/resources/application.conf',
      code: `ktor {
  deployment { port = 8080, port = \${?PORT} }
  security {
    jwt {
      secret = \${JWT_SECRET}
      issuer = "https://shop.example"
      realm = "shop"
    }
  }
}
db {
  url = "jdbc:postgresql://db.internal/shop"
  user = "shop"
  password = \${?DB_PASSWORD}
}
play.http.secret.key = "changeme"
akka.http.server.idle-timeout = 60 s
`,
    },
  ],
  invalid: [
    {
      name: "Play: the user's name as the password, overridden by the environment below it: what the app runs with unset, a local default, information (as Spring's `${DATABASE_PASSWORD:auctions}` beside the same user)",
      path: 'conf/application.conf',
      code: `slick.dbs.default.db {
  user = "auctions"
  password = "⟦auctions⟧"
  password = \${?DATABASE_PASSWORD}
}
`,
      severity: 'info',
    },
    {
      name: 'Play: a generated default overridden by the environment is still the value wherever the variable is unset',
      path: 'conf/application.conf',
      code: `play.http.secret.key = "⟦Qm8vTz2LkR7xWp4NbH9cYs3Fd6Gj⟧"
play.http.secret.key = \${?APPLICATION_SECRET}
`,
    },
    {
      name: 'a Ktor JWT secret, a nested password and a Play secret key',
      path: 'src/main/resources/application.conf',
      code: `ktor {
  security {
    jwt {
      secret = "⟦ejsXeEAwGNFNQD⟧"
      audience = "shop-users"
    }
  }
}
slick.dbs.default.db {
  user = "shop"
  password = ⟦BTASN7vTEncrmD⟧
}
play.http.secret.key = "⟦yPzQJ3uLVzXfEM⟧" // the cookie signing key
`,
      messageIncludes: ['Factor III', 'a substitution ('],
    },
    {
      name: 'a password in a connection URL',
      path: 'conf/application.conf',
      code: 'db.default.url = "postgres://shop:⟦XESPZUXNJdBH8G⟧@db.internal:5432/shop"\n',
    },
  ],
};
