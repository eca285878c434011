// Kotlin shapes: Ktor session transformers with keys through hex(...), a digit-free passphrase in a
// signer, a password compared with a state word. Generated values.
import type { Examples } from '../../rule';

export const kotlinShapeExamples: Examples = {
  valid: [
    {
      name: 'session keys from the environment, a state comparison',
      path: 'src/main/kotlin/com/acme/shop/Sessions.kt',
      code: `package com.acme.shop

fun Application.sessions() {
    val signKey = hex(System.getenv("SESSION_SIGN_KEY"))
    install(Sessions) {
        cookie<UserSession>("user_session") { transform(SessionTransportTransformerMessageAuthentication(signKey)) }
    }
    if (user.password == "reset") forceReset(user)
}
`,
    },
  ],
  invalid: [
    {
      name: "Ktor's session signing and encryption keys through hex(...)",
      path: 'src/main/kotlin/com/acme/shop/Sessions.kt',
      code: `package com.acme.shop

fun Application.sessions() {
    install(Sessions) {
        cookie<UserSession>("user_session") {
            transform(SessionTransportTransformerEncrypt(hex(⟦"376bf6abae2e24e8301602c2d0a6a12c"⟧), hex(⟦"dc6f72b966e3f1e3d1ac28c990213e13"⟧)))
        }
    }
}
`,
      messageIncludes: ['session', 'passed to SessionTransportTransformerEncrypt'],
    },
    {
      name: "jjwt's signWith on a builder",
      path: 'src/main/kotlin/com/acme/shop/Tokens.kt',
      code: `package com.acme.shop

fun issue(subject: String): String =
    Jwts.builder().setSubject(subject).signWith(SignatureAlgorithm.HS256, ⟦"XESPZUXNJdBH8G"⟧).compact()
`,
      messageIncludes: ['JWT signing key'],
    },
  ],
};
