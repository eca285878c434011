// Java shapes beyond named fields and setters: Shiro's cipher key through Base64.decode, jjwt's
// signWith/setSigningKey, Jedis pools and AUTH, passphrases handed to a signer. Generated values.
import type { Examples } from '../../rule';

export const javaShapeExamples: Examples = {
  valid: [
    {
      name: 'keys read from the environment or config, and a password compared with a state word',
      path: 'src/main/java/com/acme/shop/SecurityConfig.java',
      code: `package com.acme.shop;

class SecurityConfig {
    void init(CookieRememberMeManager manager, Environment env) {
        manager.setCipherKey(Base64.decode(System.getenv("REMEMBER_ME_KEY")));
        String token = Jwts.builder().signWith(SignatureAlgorithm.HS512, env.getProperty("jwt.secret")).compact();
        JedisPool pool = new JedisPool(new JedisPoolConfig(), "localhost", 6379, 2000, System.getenv("REDIS_PASSWORD"));
        if ("reset".equals(user.getPassword())) { forceReset(user); }
        String decoded = new String(Base64.decode("aGVsbG8="));
    }
}
`,
    },
  ],
  invalid: [
    {
      name: "Shiro's remember-me cipher key through Base64.decode",
      path: 'src/main/java/com/acme/shop/ShiroConfig.java',
      code: `package com.acme.shop;

class ShiroConfig {
    CookieRememberMeManager rememberMe() {
        CookieRememberMeManager manager = new CookieRememberMeManager();
        manager.setCipherKey(Base64.decode(⟦"A38YXe+PViCDfO8PR2LnPg=="⟧));
        return manager;
    }
}
`,
      messageIncludes: ['cipher key', 'System.getenv("CIPHER_KEY")'],
    },
    {
      name: "jjwt's signWith and setSigningKey, and a passphrase that reads as a sentence",
      path: 'src/main/java/com/acme/shop/TokenService.java',
      code: `package com.acme.shop;

class TokenService {
    String issue(String subject) {
        return Jwts.builder().setSubject(subject).signWith(SignatureAlgorithm.HS512, ⟦"A String Very Very Strong!!@##$"⟧).compact();
    }
    Claims read(String token) {
        return Jwts.parser().setSigningKey(⟦"ejsXeEAwGNFNQD"⟧).parseClaimsJws(token).getBody();
    }
}
`,
      messageIncludes: ['JWT signing key', 'System.getenv("JWT_SECRET")'],
    },
    {
      name: 'a Jedis pool password and a Redis AUTH',
      path: 'src/main/java/com/acme/shop/Cache.java',
      code: `package com.acme.shop;

class Cache {
    JedisPool pool = new JedisPool(new JedisPoolConfig(), "cache.internal", 6379, 2000, ⟦"BTASN7vTEncrmD"⟧);
    void connect(Jedis jedis) {
        jedis.auth(⟦"yPzQJ3uLVzXfEM"⟧);
    }
}
`,
      messageIncludes: ['Redis password', 'System.getenv("REDIS_PASSWORD")'],
    },
  ],
};
