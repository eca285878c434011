package io.bookclub;

import static spark.Spark.*;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.google.gson.Gson;
import org.sql2o.Sql2o;

public class App {
    private static final Gson GSON = new Gson();
    private static final Algorithm SIGNER = Algorithm.HMAC256("Tr1cky-B00kclub-Signing-2031!"); // tfl-eval: hardcoded-credential
    private static final String JWT_ISSUER = "bookclub-api"; // tfl-eval-not: hardcoded-credential
    private static final String PASSWORD_PARAM = "password"; // tfl-eval-not: hardcoded-credential

    public static void main(String[] args) {
        port(Integer.parseInt(System.getenv().getOrDefault("PORT", "4567")));
        Sql2o sql2o = new Sql2o("jdbc:postgresql://db.bookclub.internal:5432/bookclub", "bookclub_app", "f9yzP2cNrG4xHr"); // tfl-eval: hardcoded-credential, hardcoded-backing-service
        BookRepository books = new BookRepository(sql2o);

        before("/api/*", (req, res) -> {
            String header = req.headers("Authorization");
            if (header == null || !header.startsWith("Bearer ")) halt(401);
            JWT.require(SIGNER).withIssuer(JWT_ISSUER).build().verify(header.substring(7));
        });

        post("/login", (req, res) -> {
            Credentials body = GSON.fromJson(req.body(), Credentials.class);
            if (!books.checkMember(body.email, body.password)) halt(401, "{\"error\":\"bad credentials\"}");
            return JWT.create().withIssuer(JWT_ISSUER).withSubject(body.email).sign(SIGNER);
        });

        get("/api/books", (req, res) -> books.all(), GSON::toJson);
    }

    static class Credentials {
        String email;
        String password;
    }
}
