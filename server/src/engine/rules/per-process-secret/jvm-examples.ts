import type { Examples } from '../../rule';

export const javaExamples: Examples = {
  valid: [
    {
      name: 'a method that only a request handler calls, in a Spring component',
      path: 'src/main/java/com/acme/TokenConfig.java',
      code: `@Component\npublic class TokenConfig {\n    private Key previewKey;\n\n    public Key previewSigningKey() {\n        previewKey = Keys.secretKeyFor(SignatureAlgorithm.HS256);\n        return previewKey;\n    }\n}\n`,
    },
    {
      name: 'the key from configuration',
      path: 'src/main/java/com/acme/JwtConfig.java',
      code: `@Configuration\nclass JwtConfig {\n  @Bean SecretKey jwtKey(@Value("\${jwt.secret}") String secret) { return Keys.hmacShaKeyFor(Decoders.BASE64.decode(secret)); }\n}\n`,
    },
    {
      name: 'a reset token and a request id in a controller method',
      path: 'src/main/java/com/acme/ResetController.java',
      code: `class ResetController {\n  @PostMapping("/reset") String reset() {\n    byte[] resetToken = new byte[32];\n    random.nextBytes(resetToken);\n    String requestId = UUID.randomUUID().toString();\n    return requestId;\n  }\n}\n`,
    },
    {
      name: 'a key pair written by a one-off tool',
      path: 'src/main/java/com/acme/tools/KeyPairTool.java',
      code: `class KeyPairTool {\n  public static void main(String[] args) throws Exception {\n    KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();\n  }\n}\n`,
    },
    { name: 'an entity id', path: 'src/main/java/com/acme/Claim.java', code: `class Claim {\n  private UUID id = UUID.randomUUID();\n}\n` },
    {
      name: 'a field of a class made per login: its secret is per record',
      path: 'src/main/java/com/acme/LoginSession.java',
      code: `class LoginSession {\n  private final String sessionSecret = UUID.randomUUID().toString();\n}\n`,
    },
  ],
  invalid: [
    {
      name: 'a private method that @PostConstruct calls',
      path: 'src/main/java/com/acme/TokenConfig.java',
      code: `@Component\npublic class TokenConfig {\n    private Key signingKey;\n\n    @PostConstruct\n    void init() {\n        loadKeys();\n    }\n\n    private void loadKeys() {\n        signingKey = ⟦Keys.secretKeyFor(SignatureAlgorithm.HS256)⟧;\n    }\n}\n`,
    },
    {
      name: "a method that a CommandLineRunner's run() calls",
      path: 'src/main/java/com/acme/KeysApplication.java',
      code: `@SpringBootApplication\npublic class KeysApplication implements CommandLineRunner {\n    static Key sessionKey;\n\n    @Override\n    public void run(String... args) {\n        primeSessionKey();\n    }\n\n    private static void primeSessionKey() {\n        sessionKey = ⟦Keys.secretKeyFor(SignatureAlgorithm.HS512)⟧;\n    }\n}\n`,
    },
    {
      name: 'a static key in a JwtUtil',
      path: 'src/main/java/com/acme/security/JwtUtil.java',
      code: `public final class JwtUtil {\n  private static final Key SIGNING_KEY = ⟦Keys.secretKeyFor(SignatureAlgorithm.HS256)⟧;\n}\n`,
      messageIncludes: ['SIGNING_KEY'],
    },
    {
      name: 'a @Bean that builds a JJWT key',
      path: 'src/main/java/com/acme/security/SecurityConfig.java',
      code: `@Configuration\nclass SecurityConfig {\n  @Bean\n  public SecretKey refreshTokenKey() {\n    return ⟦Jwts.SIG.HS256.key().build()⟧;\n  }\n}\n`,
    },
    {
      name: 'an HMAC key in a service field',
      path: 'src/main/java/com/acme/ApiTokens.java',
      code: `@Service\nclass ApiTokens {\n  private final SecretKey hmacKey = ⟦KeyGenerator.getInstance("HmacSHA256").generateKey()⟧;\n}\n`,
    },
  ],
};

export const kotlinExamples: Examples = {
  valid: [
    {
      name: 'a function that only a route calls',
      path: 'src/main/kotlin/com/acme/Application.kt',
      code: `fun scratchKey(): Key {\n    val signingKey = Keys.secretKeyFor(SignatureAlgorithm.HS256)\n    return signingKey\n}\n\nfun Application.module() {\n    routing {\n        get("/scratch") { call.respondText(scratchKey().algorithm) }\n    }\n}\n`,
    },
    {
      name: 'an IV per call',
      path: 'src/main/kotlin/com/acme/ExportCipher.kt',
      code: `class ExportCipher(private val key: SecretKey) {\n  fun seal(plain: ByteArray): ByteArray {\n    val iv = ByteArray(12).also { random.nextBytes(it) }\n    return iv + plain\n  }\n}\n`,
    },
    { name: 'a property of a data class made per device', path: 'src/main/kotlin/com/acme/Device.kt', code: `class Device(val id: String) {\n  val pairingSecret: String = UUID.randomUUID().toString()\n}\n` },
    { name: 'a request id', path: 'src/main/kotlin/com/acme/Trace.kt', code: `fun trace(): String {\n  val requestId = UUID.randomUUID().toString()\n  return requestId\n}\n` },
  ],
  invalid: [
    {
      name: 'a function that main calls',
      path: 'src/main/kotlin/com/acme/Application.kt',
      code: `lateinit var jwtKey: Key\n\nfun prepareTokens() {\n    jwtKey = ⟦Keys.secretKeyFor(SignatureAlgorithm.HS256)⟧\n}\n\nfun main() {\n    prepareTokens()\n    embeddedServer(Netty, port = 8080, module = Application::module).start(wait = true)\n}\n`,
    },
    {
      name: 'an HMAC key in a Spring service property',
      path: 'src/main/kotlin/com/acme/ApiTokenService.kt',
      code: `@Service\nclass ApiTokenService {\n  private val hmacKey: SecretKey = ⟦KeyGenerator.getInstance("HmacSHA256").generateKey()⟧\n}\n`,
    },
    {
      name: 'a @Bean function',
      path: 'src/main/kotlin/com/acme/JwtConfig.kt',
      code: `@Configuration\nclass JwtConfig {\n  @Bean\n  fun jwtSigningKey(): SecretKey {\n    return ⟦Keys.secretKeyFor(SignatureAlgorithm.HS256)⟧\n  }\n}\n`,
    },
  ],
};
