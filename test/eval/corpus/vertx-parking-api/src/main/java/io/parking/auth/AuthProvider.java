package io.parking.auth;

import io.vertx.core.Vertx;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;

public final class AuthProvider {

  private static final String SIGNING_BUFFER = "ziWrul8r2wNkD5fYEOCDIXKwxS10"; // tfl-eval: hardcoded-credential

  private AuthProvider() {}

  public static JWTAuth create(Vertx vertx) {
    return JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions()
            .setAlgorithm("HS512")
            .setBuffer("GpUrvWjPNAEIcIMwFVyjaDK66I3U"))); // tfl-eval: hardcoded-credential
  }

  public static JWTAuth refresh(Vertx vertx) {
    PubSecKeyOptions key = new PubSecKeyOptions().setAlgorithm("HS256");
    key.setBuffer(SIGNING_BUFFER);
    return JWTAuth.create(vertx, new JWTAuthOptions().addPubSecKey(key));
  }

  public static JWTAuth verifyOnly(Vertx vertx, String pem) {
    return JWTAuth.create(vertx, new JWTAuthOptions()
        .addPubSecKey(new PubSecKeyOptions().setAlgorithm("RS256").setBuffer(pem))); // tfl-eval-not: hardcoded-credential
  }
}
