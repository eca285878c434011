package io.parking.legacy;

import io.vertx.core.Vertx;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;

public class LegacyAuth {
  // Vert.x 3.x: a symmetric key given as the "public key".
  public JWTAuth create(Vertx vertx) {
    return JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions()
            .setAlgorithm("HS256")
            .setPublicKey("hDjUVIM9jKuDU6ubxOVZdzkof7yD") // tfl-eval: hardcoded-credential
            .setSymmetric(true)));
  }

  public JWTAuth fromEnv(Vertx vertx) {
    return JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("HS256").setBuffer(System.getenv("JWT_SECRET")))); // tfl-eval-not: hardcoded-credential
  }
}
