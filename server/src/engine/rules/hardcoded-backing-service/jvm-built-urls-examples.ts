// A name in the host's place of a URL template, in Kotlin and Java (jvm-held.ts templateSlotService).
import type { Examples } from '../../rule';

export const kotlinTemplateUrlExamples: Examples = {
  valid: [
    {
      name: 'a class constructed twice, or with the host from the environment: which value arrives is not known',
      path: 'src/main/kotlin/game/Sessions.kt',
      code: 'class SessionCache(private val host: String) {\n    val url = "redis://$host:6379/2"\n}\nfun primary() = SessionCache("10.8.0.5")\nfun replica() = SessionCache(System.getenv("REPLICA_HOST") ?: "replica")\n',
    },
    {
      name: "a web page's host, a scheme from a name, a host from the environment, and a user's field",
      path: 'src/main/kotlin/shop/Links.kt',
      code: [
        'object Links {',
        '    private val site = "shop.acme-retail.net"',
        '    private val scheme = "https"',
        '    private val replicaHost = System.getenv("REPLICA_HOST") ?: "replica"',
        '    private val dbUser = "shop"',
        '    fun orderPage(id: Long) = "https://$site/orders/$id"',
        '    fun apiBase() = "$scheme://$site/api"',
        '    val replicaUrl = "jdbc:postgresql://$replicaHost:5432/shop"',
        '    val userUrl = "jdbc:postgresql://$dbUser@${System.getenv("DB_HOST")}:5432/shop"',
        '}',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a host in a string template and in .format() (probe28 item 7, the JVM forms)',
      path: 'src/main/kotlin/shop/Database.kt',
      code: [
        'object Database {',
        '    private val primary = ⟦"10.12.0.21"⟧',
        '    private val cacheNode = ⟦"10.12.0.40"⟧',
        '    private val url = "jdbc:postgresql://$primary:5432/shop"',
        '    val cacheUrl = "redis://%s:6379/0".format(cacheNode)',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: "a literal passed to the superclass whose constructor parameter builds the JDBC URL, the file's only construction (Fire-and-water)",
      path: 'server/src/main/kotlin/game/ScoreStore.kt',
      code: 'open class ScoreStore(hostDB: String, private val user: String) {\n    val url = "jdbc:mysql://$hostDB:3306/scores"\n}\n\nclass ArcadeScoreStore : ScoreStore(⟦"203.0.113.77"⟧, "arcade")\n',
    },
  ],
};

export const javaFormatUrlExamples: Examples = {
  valid: [
    {
      name: 'String.format of a web page, and of a URL whose host is read from the environment',
      path: 'src/main/java/com/acme/Links.java',
      code: 'class Links {\n  static final String SITE = "status.acme-ledger.net";\n  static final String STATUS = String.format("https://%s/status", SITE);\n  static final String URL = String.format("jdbc:mysql://%s:3306/ledger", System.getenv("DB_HOST"));\n}\n',
    },
  ],
  invalid: [
    {
      name: "a constant in String.format's host field",
      path: 'src/main/java/com/acme/LedgerDataSource.java',
      code: 'class LedgerDataSource {\n  private static final String PRIMARY = ⟦"172.20.8.14"⟧;\n  private static final String URL = String.format("jdbc:mysql://%s:3306/%s", PRIMARY, "ledger");\n}\n',
    },
  ],
};
