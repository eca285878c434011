// Logins handed to drivers and admin scripts, found by a held-out batch of Go, JVM and PHP apps: the
// Cassandra driver's `withAuthCredentials`, Jenkins init scripts (`createAccount`, credentials-plugin
// constructors, `Secret.fromString`), Spark's `.config(name, value)` and `spark-defaults.conf`,
// Hadoop's per-account Azure key, OSGi annotation defaults and AEM's `$[secret:…]` references,
// php-amqplib's connection, a config array's bare `pass`, a TOTP seed. Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const java: Examples = {
  valid: [
    {
      name: 'a Cassandra login and a Jenkins credential read from the environment; a secret annotation element with no default',
      path: 'src/main/java/org/acme/Stores.java',
      code: `class Stores {
    CqlSession session() {
        return CqlSession.builder().withAuthCredentials("timeline_rw", System.getenv("CASSANDRA_PASSWORD")).build();
    }
    Object jenkins() {
        return new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "nexus", "Nexus", "deployer", System.getenv("NEXUS_PASSWORD"));
    }
}
@interface CrmConfig {
    String clientSecret() default "";
    String baseUrl() default "https://crm.example.org";
}
`,
    },
    {
      name: "Spark settings whose values are no secret, or whose secret is read at run time",
      path: 'src/main/java/io/acme/etl/Sessions.java',
      code: `class Sessions {
    SparkSession create() {
        return SparkSession.builder()
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.hadoop.fs.s3a.access.key", "Wq3Lx8Kz2Nv7Bt5Rm9Yp")
            .config("spark.hadoop.fs.s3a.secret.key", System.getenv("S3_SECRET_KEY"))
            .getOrCreate();
    }
}
`,
    },
  ],
  invalid: [
    {
      name: "the Cassandra driver's withAuthCredentials(user, password)",
      path: 'src/main/java/org/acme/TimelineStore.java',
      code: `class TimelineStore {
    CqlSession connect() {
        return CqlSession.builder().withLocalDatacenter("dc1").withAuthCredentials("timeline_rw", ⟦"Hs8Kq2Vx5Lm9Tz3Rw7Pn"⟧).build();
    }
}
`,
    },
    {
      name: "Jenkins' credentials-plugin constructor (password last), a user store's createAccount, Secret.fromString",
      path: 'src/main/java/org/acme/jenkins/Seed.java',
      code: `class Seed {
    void seed(HudsonPrivateSecurityRealm realm) throws Exception {
        realm.createAccount("admin", ⟦"Zr4Tq8Wm2Kx6Vn9Lp3"⟧);
        new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "nexus", "Nexus deploy", "deployer", ⟦"Bd5Yh1Nc7Gs3Jf9Qk2Mv"⟧);
        new StringCredentialsImpl(CredentialsScope.GLOBAL, "sonar", "Sonar", Secret.fromString(⟦"Pm6Rz2Xw8Ct4Lq9Hv3Ks7Dn"⟧));
    }
}
`,
    },
    {
      name: "Spark's secret key beside its access key (the access key, the public half, stays silent); Hadoop's per-account Azure key",
      path: 'src/main/java/io/acme/etl/Lake.java',
      code: `class Lake {
    SparkSession create() {
        return SparkSession.builder()
            .config("spark.hadoop.fs.s3a.access.key", "Wq3Lx8Kz2Nv7Bt5Rm9Yp")
            .config("spark.hadoop.fs.s3a.secret.key", ⟦"Jk4Nw8Qz2Tx6Lm1Vr5Hc9Pb3Ys7Df0Ga2Ke4Wu"⟧)
            .getOrCreate();
    }
    void azure(Configuration hadoop) {
        hadoop.set("fs.azure.account.key.lakeacct.dfs.core.windows.net", ⟦"c2VjcmV0S2V5Rm9yVGhlTGFrZUFjY291bnRXaXRoUmFuZG9tQnl0ZXNYcTdMbTJWbjlSdDR3ejhL"⟧);
    }
}
`,
    },
    {
      name: "an OSGi metatype annotation element's default: the secret shipped in the bundle",
      path: 'core/src/main/java/com/acme/core/WebhookConfig.java',
      code: `@ObjectClassDefinition(name = "Webhook")
public @interface WebhookConfig {
    @AttributeDefinition(name = "Signing key", type = AttributeType.PASSWORD)
    String signingKey() default ⟦"9c4e1a7b3f6d2e8a0b5c9f1d4e7a2b6c8d0f3e5a7b9c1d2e4f6a8b0c3d5e7f9a"⟧;
}
`,
    },
  ],
};

const kotlin: Examples = {
  valid: [
    {
      name: 'a Cassandra login read from the environment',
      path: 'src/main/kotlin/com/acme/Graph.kt',
      code: 'object Graph {\n    fun session(): CqlSession = CqlSession.builder().withAuthCredentials("reports_ro", System.getenv("CASSANDRA_PASSWORD")).build()\n}\n',
    },
  ],
  invalid: [
    {
      name: "the Cassandra driver's withAuthCredentials(user, password)",
      path: 'src/main/kotlin/com/acme/Graph.kt',
      code: 'object Graph {\n    fun session(): CqlSession = CqlSession.builder().withAuthCredentials("reports_ro", ⟦"Tw5Kp9Xm3Lq7Rz2Vn8Hb"⟧).build()\n}\n',
    },
  ],
};

const groovy: Examples = {
  valid: [
    {
      name: 'a Jenkins init script whose passwords and tokens come from the environment',
      path: 'init.groovy.d/01-security.groovy',
      code: `def realm = new HudsonPrivateSecurityRealm(false)
realm.createAccount('admin', System.getenv('JENKINS_ADMIN_PASSWORD'))
def github = new StringCredentialsImpl(CredentialsScope.GLOBAL, 'github', 'GitHub',
    Secret.fromString(System.getenv('GITHUB_TOKEN')))
def account = realm.createAccount('viewer')
`,
    },
  ],
  invalid: [
    {
      name: "a Jenkins init script's admin account, credentials-plugin login (over several lines) and string secret",
      path: 'init.groovy.d/01-security.groovy',
      code: `def realm = new HudsonPrivateSecurityRealm(false)
realm.createAccount('admin', ⟦'Qv7Lm2Xz9Rt4Kw8Np3'⟧)
def nexus = new UsernamePasswordCredentialsImpl(
    CredentialsScope.GLOBAL, 'nexus-deploy', 'Nexus deployment user',
    'deployer', ⟦'Hc5Tn1Yb8Ws3Jm6Pq9Lk'⟧)
def sonar = new StringCredentialsImpl(CredentialsScope.GLOBAL, 'sonar', 'Sonar',
    Secret.fromString(⟦'Gx2Vr7Kd4Ns9Zq1Wt6Bm3Lp'⟧))
`,
    },
  ],
};

const php: Examples = {
  valid: [
    {
      name: "php-amqplib's connection and a config array's `pass` read from the environment; a verdict under `pass`",
      path: 'src/Queue/Connection.php',
      code: "<?php\n$conn = new AMQPStreamConnection(getenv('AMQP_HOST'), 5672, getenv('AMQP_USER'), getenv('AMQP_PASSWORD'), '/tickets');\n$txpcfg['pass'] = getenv('TXP_DB_PASSWORD');\n$result['pass'] = 'yes';\n",
    },
  ],
  invalid: [
    {
      name: "php-amqplib's AMQPStreamConnection(host, port, user, password, vhost)",
      path: 'src/Queue/Connection.php',
      code: "<?php\n$conn = new AMQPStreamConnection('rabbit.internal', 5672, 'helpdesk', ⟦'Fz8Kq3Wv6Nm1Tx9Lr4Hp'⟧, '/tickets');\n",
    },
    {
      name: "a bare `pass` in an app's config array (Textpattern's `$txpcfg`)",
      path: 'textpattern/config.php',
      code: "<?php\n$txpcfg['db'] = 'studio';\n$txpcfg['user'] = 'studio';\n$txpcfg['pass'] = ⟦'Nq6Vt2Xk8Lw4Rz9Pm1'⟧;\n$txpcfg['host'] = 'localhost';\n",
    },
  ],
};

const go: Examples = {
  valid: [
    {
      name: 'a TOTP seed read from the environment',
      path: 'internal/otp/totp.go',
      code: 'package otp\n\nimport (\n\t"os"\n\t"time"\n\n\t"github.com/pquerna/otp/totp"\n)\n\nfunc Code() (string, error) {\n\treturn totp.GenerateCode(os.Getenv("TOTP_SECRET"), time.Now())\n}\n',
    },
  ],
  invalid: [
    {
      name: 'a TOTP seed in a constant handed to totp.GenerateCode',
      path: 'internal/otp/totp.go',
      code: 'package otp\n\nimport (\n\t"time"\n\n\t"github.com/pquerna/otp/totp"\n)\n\nconst portalSeed = ⟦"JBQWY3DPEHPK3PXPKZVG4T2MNRXW6ZLQ"⟧\n\nfunc Code() (string, error) {\n\treturn totp.GenerateCode(portalSeed, time.Now())\n}\n',
    },
  ],
};

const ini: Examples = {
  valid: [
    {
      name: "spark-defaults.conf settings that are no secret, and an access key (the public half)",
      path: 'conf/spark-defaults.conf',
      code: 'spark.master                      yarn\nspark.eventLog.dir                s3a://logs/spark-events\nspark.hadoop.fs.s3a.access.key    Wq3Lx8Kz2Nv7Bt5Rm9Yp\n',
    },
  ],
  invalid: [
    {
      name: "spark-defaults.conf's `key   value` lines: the S3A secret key",
      path: 'conf/spark-defaults.conf',
      code: 'spark.master                      yarn\nspark.hadoop.fs.s3a.access.key    Wq3Lx8Kz2Nv7Bt5Rm9Yp\nspark.hadoop.fs.s3a.secret.key    ⟦Jk4Nw8Qz2Tx6Lm1Vr5Hc9Pb3Ys7Df0Ga2Ke4Wu⟧\n',
    },
  ],
};

const json: Examples = {
  valid: [
    {
      name: "AEM as a Cloud Service OSGi config: `$[secret:…]` and `$[env:…]` references Cloud Manager fills in",
      path: 'ui.config/src/main/content/jcr_root/apps/site/osgiconfig/config/com.acme.WeatherServiceImpl.cfg.json',
      code: '{\n  "endpoint": "$[env:WEATHER_URL]",\n  "apiKey": "$[secret:WEATHER_API_KEY]",\n  "smtp.password": "$[secret:SMTP_PASSWORD]"\n}\n',
    },
  ],
  invalid: [
    {
      name: 'an AEM OSGi config with the SMTP password written in',
      path: 'ui.config/src/main/content/jcr_root/apps/site/osgiconfig/config.publish/com.day.cq.mailer.DefaultMailService.cfg.json',
      code: '{\n  "smtp.host": "smtp.example.org",\n  "smtp.user": "publish",\n  "smtp.password": ⟦"Rk7Wq2Lx9Vn4Tz8Hm3"⟧\n}\n',
    },
  ],
};

export const DRIVER_LOGIN_EXAMPLES: Partial<Record<LanguageId, Examples>> = { java, kotlin, groovy, php, go, ini, json };
