// Vert.x's JWT key options in code: the buffer of an HMAC key (and Vert.x 3's symmetric "public key") is the
// signing secret, however the options are built: a chain, a variable filled later with a constant, Kotlin's
// `pubSecKeyOptionsOf(...)`. An asymmetric algorithm's buffer is a PEM key. Generated values.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const VERTX_KEY_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  java: {
    valid: [
      {
        name: "an RS256 key's buffer, an HMAC buffer from the environment, and a variable's buffer in a file without Vert.x",
        path: 'src/main/java/io/parking/auth/AuthProvider.java',
        code: `package io.parking.auth;

import io.vertx.ext.auth.PubSecKeyOptions;

class AuthProvider {
  JWTAuth verifyOnly(Vertx vertx, String pem) {
    return JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(new PubSecKeyOptions().setAlgorithm("RS256").setBuffer(pem)));
  }
  JWTAuth fromEnv(Vertx vertx) {
    return JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(System.getenv("JWT_SECRET"))));
  }
  JWTAuth legacyRsa(Vertx vertx) {
    return JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(new PubSecKeyOptions().setAlgorithm("RS256").setPublicKey("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")));
  }
}
`,
      },
      { name: 'a Netty-style buffer setter in a file that imports no Vert.x key options', path: 'src/main/java/io/parking/Frames.java', code: `class Frames {\n  static final String HEADER = "PKFRAME01";\n  void fill(Frame frame) { frame.setBuffer(HEADER); }\n}\n` },
    ],
    invalid: [
      {
        name: "HS512 on a chain, Vert.x 3's symmetric `setPublicKey`, and a constant given to a variable's `setBuffer`",
        path: 'src/main/java/io/parking/auth/AuthProvider.java',
        code: `package io.parking.auth;

import io.vertx.ext.auth.PubSecKeyOptions;

class AuthProvider {
  private static final String SIGNING_BUFFER = ⟦"ziWrul8r2wNkD5fYEOCDIXKwxS10"⟧;
  JWTAuth create(Vertx vertx) {
    return JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS512").setBuffer(⟦"GpUrvWjPNAEIcIMwFVyjaDK66I3U"⟧)));
  }
  JWTAuth legacy(Vertx vertx) {
    return JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setPublicKey(⟦"hDjUVIM9jKuDU6ubxOVZdzkof7yD"⟧).setSymmetric(true)));
  }
  JWTAuth refresh(Vertx vertx) {
    PubSecKeyOptions key = new PubSecKeyOptions().setAlgorithm("HS256");
    key.setBuffer(SIGNING_BUFFER);
    return JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(key));
  }
}
`,
      },
    ],
  },
  kotlin: {
    valid: [
      {
        name: "an RS256 key's buffer given to Kotlin's builder",
        path: 'src/main/kotlin/dev/tolls/Security.kt',
        code: `fun rsa(vertx: Vertx, pem: String): JWTAuth =\n    JWTAuth.create(vertx, jwtAuthOptionsOf(pubSecKeys = listOf(pubSecKeyOptionsOf(algorithm = "RS256", buffer = pem))))\n`,
      },
      {
        name: "an RS256 key's buffer, and one from the environment, set in the options' apply block",
        path: 'src/main/kotlin/moorings/AuthSetup.kt',
        code: `val partner = PubSecKeyOptions().apply {\n    algorithm = "RS256"\n    buffer = "partner-public-key-pem"\n}\nval fromEnv = PubSecKeyOptions().apply {\n    algorithm = "HS512"\n    buffer = System.getenv("MOORINGS_JWT_SECRET")\n}\nval unrelated = StringBuilder().apply { buffer = "tfW4x5bY3LrCix8BmYDM8wGY" }\n`,
      },
    ],
    invalid: [
      {
        name: "Kotlin's `pubSecKeyOptionsOf(algorithm = \"HS256\", buffer = …)`",
        path: 'src/main/kotlin/dev/tolls/Security.kt',
        code: `fun jwt(vertx: Vertx): JWTAuth =\n    JWTAuth.create(vertx, jwtAuthOptionsOf(pubSecKeys = listOf(pubSecKeyOptionsOf(algorithm = "HS256", buffer = ⟦"mFRafNuYsWYIEGyrQJXOcgUZmd2j"⟧))))\n`,
      },
      {
        name: "`PubSecKeyOptions().apply { algorithm = \"HS256\"; buffer = … }` (and with no algorithm: Vert.x's default is HS256)",
        path: 'src/main/kotlin/moorings/AuthSetup.kt',
        code: `val signing = PubSecKeyOptions().apply {\n    algorithm = "HS256"\n    buffer = ⟦"tfW4x5bY3LrCix8BmYDM8wGY3vDDMncH"⟧\n}\nval plain = PubSecKeyOptions().apply { buffer = ⟦"kFf7gsCdsRs8ys77hXU1BmZPIwGr"⟧ }\n`,
      },
    ],
  },
};
