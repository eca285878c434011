// Logins handed to drivers and admin scripts, found by held-out batches of Go, JVM and PHP apps: the
// Cassandra driver's `withAuthCredentials`, Jenkins init scripts (`createAccount`, credentials-plugin
// constructors, `Secret.fromString`), JGit's `UsernamePasswordCredentialsProvider`, Spark's
// `.config(name, value)` and `spark-defaults.conf`, Hadoop's per-account Azure key, OSGi annotation
// defaults and AEM's `$[secret:…]` references, php-amqplib's connection, php-imap's Mailbox, the
// Elasticsearch builder's basic auth, a config array's bare `pass`, a TOTP seed, gocloak and go-gitlab
// logins, LaunchDarkly and Temporal keys, PHP's private key passphrases; HashiCorp HCL (Nomad, Consul), Android
// manifest meta-data, Nextflow's config, redis.conf directives, libpq strings in INI values (pgbouncer), Jetty's
// and ActiveMQ's XML, LDAP client configs, Postfix's sasl_passwd, rsync's secrets, ZooKeeper digest logins,
// Kerberos, jcifs, sshj, MINA SSHD, go-mysql and phpMQTT logins, cURL's and ssh2's key passphrases, SNMPv3
// passphrases, Cloudflare's API keys, go-ldap bind requests, Branca keys, passwords handed to a password
// hasher (`passwordEncoder.encode("…")`). Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const java: Examples = {
  valid: [
    {
      name: 'text codecs and a password hasher handed what the environment holds',
      path: 'src/main/java/com/acme/auth/Seed.java',
      code: `class Seed {
    String run(PasswordEncoder passwordEncoder, HtmlEncoder htmlEncoder) throws Exception {
        String query = URLEncoder.encode("a b&c", "UTF-8");
        String html = htmlEncoder.encode("<b>Reset your password</b>");
        byte[] raw = Base64.getEncoder().encode("Kx7Wq2Lz9Tv4Nm8Rb3Hc".getBytes());
        return passwordEncoder.encode(System.getenv("ADMIN_PASSWORD")) + query + html + raw.length;
    }
}
`,
    },
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
      name: "PayPal's REST SDK: APIContext(clientId, clientSecret, mode)",
      path: 'src/main/java/com/acme/pay/PayPalConfig.java',
      code: `class PayPalConfig {
    APIContext context() {
        return new APIContext("AXq8Wz3Lx6Tv1Nm9Rb4Hc7Pd2", ⟦"E4RyMa6iAdyaifCfkeXHWAFs37O50L7tJs813C2LR"⟧, "live");
    }
}
`,
    },
    {
      name: "the same SDK with its client id from the environment: the secret alone holds no credential word nor format",
      path: 'src/main/java/com/acme/pay/PayPalClient.java',
      code: `class PayPalClient {
    APIContext context() {
        return new APIContext(System.getenv("PAYPAL_CLIENT_ID"), ⟦"Qm7vT2xKp9Lw4Rz8Nb3Hc6Yd1Fg5Js0AeXuWiOk"⟧, "live");
    }
}
`,
    },
    {
      name: "a password hasher handed the password in the source: an OAuth client's secret, a seeded account",
      path: 'src/main/java/com/acme/auth/AuthorizationServerConfig.java',
      code: `class AuthorizationServerConfig {
    void configure(ClientDetailsServiceConfigurer clients, PasswordEncoder passwordEncoder) throws Exception {
        clients.inMemory().withClient("portal-web").secret(passwordEncoder.encode(⟦"YbWlsOdpvMH2zehRqo4H"⟧));
        String admin = new BCryptPasswordEncoder().encode(⟦"tHONrREEzoSV5bNhqS"⟧);
    }
}
`,
    },
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
      name: "ZooKeeper's and Curator's digest logins, jcifs' NtlmPasswordAuthenticator(domain, user, password)",
      path: 'src/main/java/io/acme/Coordination.java',
      code: `class Coordination {
    void wire(ZooKeeper zk) throws Exception {
        zk.addAuthInfo("digest", ⟦"ingest:Hq4Wz8Lx2Kv6Tn9Rb3"⟧.getBytes());
        CuratorFrameworkFactory.builder().authorization("digest", ⟦"ingest:Pz7Kq3Wx9Lv1Tm5Rb8"⟧.getBytes(StandardCharsets.UTF_8)).build();
        new NtlmPasswordAuthenticator("CORP", "svc-ingest", ⟦"Vb6Nq2Xw8Kz4Lt9Hm1"⟧);
    }
}
`,
    },
    {
      name: "sshj's authPassword(user, password) and Apache MINA SSHD's addPasswordIdentity(password)",
      path: 'src/main/java/io/acme/SftpExport.java',
      code: 'class SftpExport {\n    void connect(SSHClient ssh, ClientSession session) throws Exception {\n        ssh.authPassword("export-svc", ⟦"Nq7Wx3Kz9Lv2Tb6Rm4"⟧);\n        session.addPasswordIdentity(⟦"Hx8Kq2Wz5Lt9Vn3Rb7"⟧);\n    }\n}\n',
    },
    {
      name: "JGit's UsernamePasswordCredentialsProvider(user, password)",
      path: 'src/main/java/io/acme/git/Docs.java',
      code: 'class Docs {\n    Object auth() {\n        return new UsernamePasswordCredentialsProvider("docs-bot", ⟦"Lq8Wz3Kv6Tn1Xr9Pm4Hb"⟧);\n    }\n}\n',
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
      name: "a reactive user store's password handed to the delegating encoder",
      path: 'src/main/kotlin/io/acme/ops/SecurityConfig.kt',
      code: `class SecurityConfig {
    private val encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder()
    fun users() = MapReactiveUserDetailsService(User.withUsername("ops").password(encoder.encode(⟦"wHA9Uug5YUDdjeTmdr4e"⟧)).roles("OPS").build())
}
`,
    },
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
      name: "Midtrans' client key for Snap.js (public by design) and PayPal's credential from the environment",
      path: 'src/Payments/Asia.php',
      code: "<?php\n\\Midtrans\\Config::$clientKey = 'Mid-client-Kq8Wz3Lx6Tv1Nm9R';\n$cred = new OAuthTokenCredential(getenv('PAYPAL_CLIENT_ID'), getenv('PAYPAL_CLIENT_SECRET'));\n",
    },
    {
      name: "SNMPv3 passphrases read from the environment, an SNMPv1 community, and a setSecurity that is no SNMP session's",
      path: 'plugins/snmp-sync.php',
      code: "<?php\n$session->setSecurity('authPriv', 'SHA', getenv('SNMP_AUTH'), 'AES', getenv('SNMP_PRIV'));\n$descr = snmp2_get('edge-sw4.internal', 'public', 'sysDescr.0');\n$policy->setSecurity('strict', 'csp', 'Qx4Lz8Wk2Tv6Nm9Rb3');\n",
    },
    {
      name: "php-amqplib's connection and a config array's `pass` read from the environment; a verdict under `pass`",
      path: 'src/Queue/Connection.php',
      code: "<?php\n$conn = new AMQPStreamConnection(getenv('AMQP_HOST'), 5672, getenv('AMQP_USER'), getenv('AMQP_PASSWORD'), '/tickets');\n$txpcfg['pass'] = getenv('TXP_DB_PASSWORD');\n$result['pass'] = 'yes';\n$box = new Mailbox('inbox', 'support', 'Vx4Nq8Lt2Kw6Rz9Hm3');\n$key = openssl_pkey_get_private('file:///etc/app/signing.pem', getenv('SIGNING_KEY_PASSPHRASE'));\n$config->setApiKey('api-key', getenv('BREVO_API_KEY'))->setApiKeyPrefix('api-key', 'Bearer');\n$redis->connect('redis.internal', 6379, 2.5, 'Kv6Wq2Lx9Tz4Nm8Rb3');\n",
    },
  ],
  invalid: [
    {
      name: "PayPal's REST SDK OAuthTokenCredential(clientId, clientSecret) and Midtrans' server key",
      path: 'src/Payments/PayPalGateway.php',
      code: "<?php\n$context = new ApiContext(new OAuthTokenCredential('AXq8Wz3Lx6Tv1Nm9Rb4Hc7Pd2', ⟦'ERFOR59nBczJCVFZDvQ7iLAfqtgXmmmQ22MrjnzSO'⟧));\n\\Midtrans\\Config::$serverKey = ⟦'Mid-server-ZTCnoXRhWdTbXi6oC9EqNt65'⟧;\n",
    },
    {
      name: "SNMPv3 passphrases: the SNMP session's setSecurity and snmp3_get",
      path: 'plugins/snmp-sync.php',
      code: "<?php\n$session = new SNMP(SNMP::VERSION_3, 'core-sw1.internal', 'poller');\n$session->setSecurity('authPriv', 'SHA', ⟦'O6tQlrkPZlVvlGGpvP'⟧, 'AES', ⟦'FRCEfOCrsL6fCfi793'⟧);\n$uptime = snmp3_get('core-sw2.internal', 'poller', 'authPriv', 'SHA', ⟦'c49s8okXsL8cex0c'⟧, 'AES', ⟦'Ae3oQD0Bbjdgf2JK'⟧, 'sysUpTime.0');\n",
    },
    {
      name: "php-amqplib's AMQPStreamConnection(host, port, user, password, vhost)",
      path: 'src/Queue/Connection.php',
      code: "<?php\n$conn = new AMQPStreamConnection('rabbit.internal', 5672, 'helpdesk', ⟦'Fz8Kq3Wv6Nm1Tx9Lr4Hp'⟧, '/tickets');\n",
    },
    {
      name: "phpMQTT's connect(clean, will, user, password) and ssh2_auth_pubkey_file's key passphrase",
      path: 'src/Uplink.php',
      code: "<?php\n$mqtt->connect(true, null, 'uplink', ⟦'Kv6Wq2Lx9Tz4Nm8Rb3'⟧);\nssh2_auth_pubkey_file($conn, 'uplink', '/etc/uplink/id_rsa.pub', '/etc/uplink/id_rsa', ⟦'Ht5Lq9Wx2Kz7Vn3Rm8'⟧);\n",
    },
    {
      name: "php-imap's Mailbox(imapPath, login, password) and the Elasticsearch builder's basic auth",
      path: 'src/Archive/Mailboxes.php',
      code: "<?php\n$inbox = new Mailbox('{imap.example.org:993/imap/ssl}INBOX', 'legal@example.org', ⟦'Vx4Nq8Lt2Kw6Rz9Hm3'⟧);\n$es = ClientBuilder::create()->setHosts($hosts)->setBasicAuthentication('archive', ⟦'Pb7Ks2Wq9Lx4Tn6Zr1'⟧)->build();\n",
    },
    {
      name: "an OpenAPI-generated client's setApiKey(identifier, key) (Brevo)",
      path: 'app/Providers/MessagingServiceProvider.php',
      code: "<?php\n$config = Configuration::getDefaultConfiguration()->setApiKey('api-key', ⟦'Wq5Kz8Lx3Tv9Nm2Rb7Hc4Pd6'⟧);\n",
    },
    {
      name: "cURL's key passphrase option (call and array forms) and ldap_sasl_bind's password",
      path: 'src/PartnerClient.php',
      code: "<?php\ncurl_setopt_array($ch, [CURLOPT_SSLKEY => '/etc/partner/client.key', CURLOPT_SSLKEYPASSWD => ⟦'Lq7Wx2Kz9Tv4Nm8Rb3'⟧]);\ncurl_setopt($ch, CURLOPT_KEYPASSWD, ⟦'Hz5Kq1Wv8Lx3Tn6Rm9'⟧);\n$ok = ldap_sasl_bind($ds, null, ⟦'Pv4Nx8Kq2Wz7Lt3Hb6'⟧, 'DIGEST-MD5', null, 'svc-partner');\n",
    },
    {
      name: "a private key's passphrase given to openssl_pkey_get_private and openssl_pkcs12_read",
      path: 'src/Signing/Signer.php',
      code: "<?php\n$key = openssl_pkey_get_private('file:///etc/app/signing.pem', ⟦'Rw6Kq2Xz9Lt4Vn8Mb3'⟧);\nopenssl_pkcs12_read($p12, $certs, ⟦'Hd3Wv7Kx1Lq9Tz5Nb2'⟧);\n",
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
      name: 'a Cloudflare client built from the environment',
      path: 'internal/provider/cloudflare.go',
      code: 'package provider\n\nimport (\n\t"os"\n\n\t"github.com/cloudflare/cloudflare-go"\n)\n\nfunc Cloudflare() (*cloudflare.API, error) {\n\treturn cloudflare.New(os.Getenv("CF_API_KEY"), "dns-admin@example.org")\n}\n',
    },
    {
      name: 'a TOTP seed read from the environment',
      path: 'internal/otp/totp.go',
      code: 'package otp\n\nimport (\n\t"os"\n\t"time"\n\n\t"github.com/pquerna/otp/totp"\n)\n\nfunc Code() (string, error) {\n\treturn totp.GenerateCode(os.Getenv("TOTP_SECRET"), time.Now())\n}\n',
    },
    {
      name: 'a constant naming itself behind its package name (a context key, not a credential)',
      path: 'credentials/credentials.go',
      code: 'package credentials\n\nconst (\n\tAttributeKeyADCredentials = "gokrb5AttributeKeyADCredentials"\n)\n',
    },
    {
      name: 'a Keycloak client login whose secret is read from the environment',
      path: 'internal/idp/keycloak.go',
      code: 'package idp\n\nimport (\n\t"context"\n\t"os"\n\n\t"github.com/Nerzal/gocloak/v13"\n)\n\nfunc Token(ctx context.Context, kc *gocloak.GoCloak) {\n\tkc.LoginClient(ctx, "team-sync", os.Getenv("KEYCLOAK_SECRET"), "teamops")\n}\n',
    },
  ],
  invalid: [
    {
      name: "go-ldap's NewSimpleBindRequest(dn, password, controls) and a Branca token key",
      path: 'internal/directory/ldap.go',
      code: 'package directory\n\nimport (\n\t"github.com/essentialkaos/branca"\n\t"github.com/go-ldap/ldap/v3"\n)\n\nfunc Bind(conn *ldap.Conn) error {\n\t_, err := conn.SimpleBind(ldap.NewSimpleBindRequest("cn=sso,ou=services,dc=example,dc=org", ⟦"2ORGTctWuxjxbbXfwS"⟧, nil))\n\treturn err\n}\n\nfunc Tokens() (*branca.Branca, error) {\n\treturn branca.NewBranca([]byte(⟦"hlCLNTyZRsmQ40Hnf814iHxnzBICey4A"⟧))\n}\n',
    },
    {
      name: "cloudflare-go's global API key (New(key, email)) and an Origin CA service key",
      path: 'internal/provider/cloudflare.go',
      code: 'package provider\n\nimport "github.com/cloudflare/cloudflare-go"\n\nfunc Cloudflare() (*cloudflare.API, error) {\n\treturn cloudflare.New(⟦"10d8233f6a5f1e4f06d463ac6dd8c150a129"⟧, "dns-admin@example.org")\n}\n\nfunc OriginCA() (*cloudflare.API, error) {\n\treturn cloudflare.NewWithUserServiceKey(⟦"v1.0-5eca34341d8d08ec87b48d4e-306ba2701ab9be615055e50511b7021fdb5f98bf1b3d5d8ce87a9702578237a10340f1da506081e76954b5adda0bc062f0e3"⟧)\n}\n',
    },
    {
      name: "gocloak's admin and client logins, go-gitlab's basic-auth client",
      path: 'internal/idp/keycloak.go',
      code: 'package idp\n\nimport (\n\t"context"\n\n\t"github.com/Nerzal/gocloak/v13"\n\t"github.com/xanzy/go-gitlab"\n)\n\nfunc Tokens(ctx context.Context, kc *gocloak.GoCloak) {\n\tkc.LoginAdmin(ctx, "sync-admin", ⟦"Rq5Xv9Lm2Tk7Wz3Np8"⟧, "master")\n\tkc.LoginClient(ctx, "team-sync", ⟦"Hd4Kw8Qz1Vr6Lx3Tn9Bm5"⟧, "teamops")\n\tgitlab.NewBasicAuthClient("team-sync", ⟦"Zt6Nq2Wm8Kv4Xr1Lp7"⟧)\n}\n',
    },
    {
      name: "go-mysql's client.Connect(addr, user, password, db)",
      path: 'internal/source/conn.go',
      code: 'package source\n\nimport "github.com/go-mysql-org/go-mysql/client"\n\nfunc Connect() (*client.Conn, error) {\n\treturn client.Connect("mysql-primary:3306", "replicator", ⟦"Wz4Kq8Lx2Tv6Nm9Rb3"⟧, "orders")\n}\n',
    },
    {
      name: "gokrb5's NewWithPassword and go-zookeeper's digest AddAuth",
      path: 'internal/krb/login.go',
      code: 'package krb\n\nimport (\n\t"github.com/go-zookeeper/zk"\n\t"github.com/jcmturner/gokrb5/v8/client"\n\t"github.com/jcmturner/gokrb5/v8/config"\n)\n\nfunc Login(cfg *config.Config, conn *zk.Conn) {\n\tclient.NewWithPassword("svc-coordinator", "CORP.EXAMPLE", ⟦"Tw3Kq8Lz5Xv1Nm7Rb4"⟧, cfg)\n\tconn.AddAuth("digest", []byte(⟦"coordinator:Qx9Lv2Kt6Wz3Nb8Hm5"⟧))\n}\n',
    },
    {
      name: "LaunchDarkly's server SDK key and a Temporal Cloud API key",
      path: 'internal/flags/clients.go',
      code: 'package flags\n\nimport (\n\t"time"\n\n\tld "github.com/launchdarkly/go-server-sdk/v7"\n\t"go.temporal.io/sdk/client"\n)\n\nfunc Clients() {\n\tld.MakeClient(⟦"sdk-4c7e2a9f-1b3d-4e6a-8c5f-2d9b7e1a3c6f"⟧, 5*time.Second)\n\tclient.Dial(client.Options{Credentials: client.NewAPIKeyStaticCredentials(⟦"Tq8Lz3Wx6Kv1Nm9Rb4Hc7Pd2Jf5Ys0Ga3Ke"⟧)})\n}\n',
    },
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
      name: "LDAP client configs that name the bind DN and the token's type only",
      path: 'roles/ldap/files/sssd.conf',
      code: '[domain/corp.example]\nldap_uri = ldaps://ldap.corp.example\nldap_default_bind_dn = cn=sssd,dc=corp,dc=example\nldap_default_authtok_type = password\n',
    },
    {
      name: "redis.conf as shipped: the password directive commented out, other directives",
      path: 'redis/redis.conf',
      code: 'bind 0.0.0.0\nport 6379\nappendonly yes\n# requirepass foobared\nmaxmemory-policy allkeys-lru\n',
    },
    {
      name: "pgbouncer's databases without a password (auth_file holds the logins)",
      path: 'pgbouncer/pgbouncer.ini',
      code: '[databases]\nshop = host=pg-primary port=5432 dbname=shop\n\n[pgbouncer]\nauth_file = /etc/pgbouncer/userlist.txt\n',
    },
    {
      name: "spark-defaults.conf settings that are no secret, and an access key (the public half)",
      path: 'conf/spark-defaults.conf',
      code: 'spark.master                      yarn\nspark.eventLog.dir                s3a://logs/spark-events\nspark.hadoop.fs.s3a.access.key    Wq3Lx8Kz2Nv7Bt5Rm9Yp\n',
    },
  ],
  invalid: [
    {
      name: "nslcd's bindpw directive, SSSD's bind authtok, a Wi-Fi network's psk",
      path: 'roles/ldap/files/nslcd.conf',
      code: 'uri ldaps://ldap.corp.example\nbinddn cn=nslcd,ou=services,dc=corp,dc=example\nbindpw ⟦Kw7Qx2Lz9Tn4Vr8Hm3⟧\n',
    },
    {
      name: "SSSD's ldap_default_authtok",
      path: 'roles/ldap/files/sssd.conf',
      code: '[domain/corp.example]\nldap_default_authtok_type = password\nldap_default_authtok = ⟦Rv5Lq8Wz3Kx1Tn7Hb4⟧\n',
    },
    {
      name: "a Wi-Fi network's WPA passphrase in wpa_supplicant.conf",
      path: 'files/wpa_supplicant.conf',
      code: 'ctrl_interface=DIR=/var/run/wpa_supplicant\nnetwork={\n    ssid="Lobby"\n    psk=⟦"Zm4Xq9Lt2Kv7Wn3Rb8"⟧\n    key_mgmt=WPA-PSK\n}\n',
    },
    {
      name: "redis.conf's requirepass and masterauth directives",
      path: 'redis/redis.conf',
      code: 'port 6379\nrequirepass ⟦Vq8Lx3Kz7Nw2Tb5Rm9Hc4Pd⟧\nmasterauth ⟦Zt6Wq1Lm8Kx3Vn7Rb2Hp5Jd⟧\n',
    },
    {
      name: "a libpq connection string as an INI value (pgbouncer's [databases])",
      path: 'pgbouncer/pgbouncer.ini',
      code: '[databases]\nshop = host=pg-primary port=5432 dbname=shop user=shop_app password=⟦Hc4Tn9Wq2Lx7Kv5Rz8Mb⟧\n',
    },
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

const hcl: Examples = {
  valid: [
    {
      name: "a Nomad job whose secrets come from Vault through a template, a Packer password from a variable, Consul's encryption switched on",
      path: 'jobs/api.nomad.hcl',
      code: `job "api" {
  group "api" {
    task "api" {
      env {
        LOG_LEVEL = "info"
      }
      template {
        data        = "SESSION_SECRET={{ with secret \"kv/data/api\" }}{{ .Data.data.session_secret }}{{ end }}"
        destination = "secrets/app.env"
        env         = true
      }
    }
  }
}
source "qemu" "node" {
  ssh_password = var.ssh_password
}
tls {
  encrypt = true
}
`,
    },
  ],
  invalid: [
    {
      name: "a Nomad task's registry password and env secret; Consul's gossip key and ACL tokens",
      path: 'jobs/api.nomad.hcl',
      code: `job "api" {
  group "api" {
    task "api" {
      config {
        auth {
          username = "nomad-pull"
          password = "⟦Kx7Vq2Lm9Tz4Wn8Rb3Hc⟧"
        }
      }
      env {
        STRIPE_WEBHOOK_SECRET = "⟦Qm3Zr8Kt1Wx6Lv9Np4Hd2Bf7⟧"
      }
    }
  }
}
encrypt = "⟦q3N8vX2mK7pL4tR9wZ1cY6bH5jF0sD2gA8eU4iO7nM0=⟧"
acl {
  tokens {
    agent   = "⟦6f1c2a9e-4b7d-4e3a-9c58-2d7f1b0e8a43⟧"
    default = "⟦b9e4d2c7-1a8f-4c6b-8e3d-5f0a7c2b9d14⟧"
  }
}
`,
    },
  ],
};

/** An Android manifest whose application holds these elements. */
function androidManifest(...elements: string[]): string {
  const body = elements.map((element) => `    ${element}\n`).join('');
  return `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:name=".App">\n${body}  </application>\n</manifest>\n`;
}

const xml: Examples = {
  valid: [
    {
      name: 'Android manifest meta-data that point at resources or manifest placeholders',
      path: 'app/src/main/AndroidManifest.xml',
      code: androidManifest(
        '<meta-data android:name="com.facebook.sdk.ClientToken" android:value="@string/facebook_client_token" />',
        '<meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}" />',
        '<activity android:name=".MainActivity" android:exported="true" />',
      ),
    },
  ],
  invalid: [
    {
      name: "Jetty's keystore password in jetty.xml (the trust store's stock changeit stays silent)",
      path: 'etc/jetty.xml',
      code: `<Configure id="Server" class="org.eclipse.jetty.server.Server">
  <New id="sslContextFactory" class="org.eclipse.jetty.util.ssl.SslContextFactory$Server">
    <Set name="KeyStorePassword">⟦Xw5Kq9Lt2Vz7Nm3Rb8⟧</Set>
    <Set name="TrustStorePassword"><Property name="jetty.sslContext.trustStorePassword" default="changeit"/></Set>
  </New>
</Configure>
`,
    },
    {
      name: "an ActiveMQ broker's simple authentication users (a placeholder stays silent)",
      path: 'conf/activemq.xml',
      code: `<broker xmlns="http://activemq.apache.org/schema/core">
  <plugins>
    <simpleAuthenticationPlugin>
      <users>
        <authenticationUser username="admin" password="\${activemq.password}" groups="admins"/>
        <authenticationUser username="orders" password="⟦Pm7Wz2Kx9Lq4Tv8Rn3⟧" groups="producers"/>
      </users>
    </simpleAuthenticationPlugin>
  </plugins>
</broker>
`,
    },
    {
      name: 'Android manifest meta-data holding SDK secrets (the HERE key id, the public half, stays silent)',
      path: 'app/src/main/AndroidManifest.xml',
      code: androidManifest(
        '<meta-data android:name="com.here.sdk.access_key_id" android:value="Vt3Kq8Lz2Xm7Wn4Rb9Hc1P" />',
        '<meta-data android:name="com.here.sdk.access_key_secret" android:value="⟦Jx4Nv8Qt2Lk6Wz9Rm3Hb7Pd1Cs5Yf0Ga2Ke6Tu9Xw3Lq7Nv1Bz5Mk8Rt2Wd6Hp4⟧" />',
        '<meta-data android:name="io.fabric.ApiKey" android:value="⟦3f9a1c7e5b2d8f4a6c0e9b3d7f1a5c8e2b4d6f0a⟧" />',
      ),
    },
  ],
};

const nextflow: Examples = {
  valid: [
    {
      name: "a Nextflow config whose AWS keys come from the environment",
      path: 'nextflow.config',
      code: "aws {\n    region    = 'eu-west-1'\n    accessKey = System.getenv('AWS_ACCESS_KEY_ID')\n    secretKey = System.getenv('AWS_SECRET_ACCESS_KEY')\n}\n",
    },
  ],
  invalid: [
    {
      name: "a Nextflow config's AWS secret key and Tower access token",
      path: 'nextflow.config',
      code: "aws {\n    accessKey = 'Wq3Lx8Kz2Nv7Bt5Rm9Yp'\n    secretKey = ⟦'Jk4Nw8Qz2Tx6Lm1Vr5Hc9Pb3Ys7Df0Ga2Ke4Wu'⟧\n}\ntower {\n    accessToken = ⟦'7c2e9a4f1b6d3e8a0c5f2b9d4e7a1c6f3b8d0e5a'⟧\n}\n",
    },
  ],
};

const keyfile: Examples = {
  valid: [
    {
      name: "a sasl_passwd with its login commented out (the relay's login comes from a secret store)",
      path: 'roles/mail/files/sasl_passwd',
      code: '# [smtp.example.org]:587 user@example.org:password\n',
    },
  ],
  invalid: [
    {
      name: "Postfix's sasl_passwd and rsync's secrets file: the password after the user's colon",
      path: 'roles/mail/files/sasl_passwd',
      code: '[smtp.mailrelay.example]:587 alerts@corp.example:⟦Wq6Lz3Kx9Tv2Nm8Rb5⟧\n',
    },
    {
      name: "rsync's secrets file",
      path: 'roles/backup/files/rsyncd.secrets',
      code: 'backup:⟦Kz8Wq3Lx6Tv1Nm9Rb4⟧\n',
    },
  ],
};

const shell: Examples = {
  valid: [
    {
      name: "SSSD's change-password provider chosen in a setup script (chpass is no password)",
      path: 'generate-config.sh',
      code: '#!/bin/sh\nif [ "$kerberosserver" ] ; then\n    auth="krb5"\n    chpass="krb5"\nelse\n    chpass="ldap"\nfi\n',
    },
  ],
  invalid: [],
};

const groovyAndNextflow: Examples = { valid: [...groovy.valid, ...nextflow.valid], invalid: [...groovy.invalid, ...nextflow.invalid] };

export const DRIVER_LOGIN_EXAMPLES: Partial<Record<LanguageId, Examples>> = { java, kotlin, groovy: groovyAndNextflow, php, go, ini, json, tfvars: hcl, xml, keyfile, shell };
