import type { Examples } from '../../rule';

export const springExamples: Examples = {
  valid: [
    {
      name: 'Spring Session on Redis or JDBC, session timeouts, persistence off',
      path: 'src/main/resources/application.properties',
      code: [
        'spring.session.store-type=redis',
        'spring.session.timeout=30m',
        'server.servlet.session.persistent=false',
        'server.servlet.session.cookie.secure=true',
        '',
      ].join('\n'),
    },
    {
      name: 'store-type none in the test profile',
      path: 'src/main/resources/application.yml',
      code: 'spring:\n  session:\n    store-type: jdbc\n---\nspring:\n  config:\n    activate:\n      on-profile: test\n  session:\n    store-type: none\n',
    },
  ],
  invalid: [
    {
      name: 'spring.session.store-type=none',
      path: 'src/main/resources/application.properties',
      code: 'spring.session.store-type=⟦none⟧\n',
      messageIncludes: ['Factor VI', 'servlet container', 'Redis'],
    },
    {
      name: 'persistent sessions of the embedded server, in YAML',
      path: 'src/main/resources/application.yaml',
      code: 'server:\n  servlet:\n    session:\n      persistent: ⟦true⟧\n      store-dir: /tmp/sessions\n',
      messageIncludes: ['local disk'],
    },
  ],
};

export const codeExamples: Examples = {
  valid: [
    {
      name: 'Ktor cookie-only sessions (the data lives in the client) and a Redis-backed storage',
      path: 'src/main/kotlin/com/acme/shop/Sessions.kt',
      code: [
        'import io.ktor.server.sessions.*',
        '',
        'fun Application.configureSessions() {',
        '  install(Sessions) {',
        '    cookie<UserSession>("user_session") {',
        '      transform(SessionTransportTransformerMessageAuthentication(secretSignKey))',
        '    }',
        '    header<CartSession>("cart_session", RedisSessionStorage(redis))',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'Spring Session on Redis; a MapSessionRepository in a test',
      path: 'src/test/java/com/acme/shop/SessionConfigTest.java',
      code: 'import org.springframework.session.MapSessionRepository;\nclass SessionConfigTest { MapSessionRepository repo = new MapSessionRepository(new ConcurrentHashMap<>()); }\n',
    },
  ],
  invalid: [
    {
      name: 'Ktor SessionStorageMemory and directorySessionStorage',
      path: 'src/main/kotlin/com/acme/shop/Sessions.kt',
      code: [
        'import io.ktor.server.sessions.*',
        'import java.io.File',
        '',
        'fun Application.configureSessions() {',
        '  install(Sessions) {',
        '    cookie<UserSession>("user_session", ⟦SessionStorageMemory()⟧)',
        '    header<CartSession>("cart_session", ⟦directorySessionStorage(File(".sessions"))⟧)',
        '  }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['Factor VI', 'Redis'],
    },
    {
      name: 'Spring Session with a MapSessionRepository bean',
      path: 'src/main/java/com/acme/shop/SessionConfig.java',
      code: [
        'import org.springframework.session.MapSessionRepository;',
        '',
        '@EnableSpringHttpSession',
        'class SessionConfig {',
        '  @Bean',
        '  MapSessionRepository sessionRepository() {',
        '    return ⟦new MapSessionRepository(new ConcurrentHashMap<>())⟧;',
        '  }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['in process memory'],
    },
  ],
};
