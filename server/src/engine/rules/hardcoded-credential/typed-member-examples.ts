// Held-out batch DV (types named for their key): a member whose name says nothing alone (`key`, `KEY`) is named by
// the class or object it is declared in, as a config key by its parent: CodeIgniter 4's `class Encryption { public
// string $key }`, `final class HmacSettings { static final String KEY }`, `object Jwt { const val KEY }`. A type named
// for something else (`Cache`, `Sort`, `Partition`, `Translation`) leaves its key a name. Values are generated.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const TYPED_MEMBER_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  php: {
    valid: [
      {
        name: "a cache's and a translation's key, an empty encryption key",
        path: 'app/Config/Cache.php',
        code: `<?php
namespace Config;
class Cache extends BaseConfig
{
    public string $key = 'b3f1c9e27a8d4f6e0c5b';
}
final class Translation
{
    public string $key = 'pantry.voucher.invalid';
}
class Encryption extends BaseConfig
{
    public string $key = '';
}
`,
      },
    ],
    invalid: [
      {
        name: "CodeIgniter 4's encryption key and an HMAC class's key constant",
        path: 'app/Config/Encryption.php',
        code: `<?php
namespace Config;
class Encryption extends BaseConfig
{
    public string $key = ⟦'hex2bin:1a98649c5d55aeebdc194be0710ec027e6d5054dc47456b2846d67c649322127'⟧;
    public string $cipher = 'AES-256-CTR';
}
final class Hmac
{
    public const KEY = ⟦'pzCV0mCemKireZpglTJAV9MsIT75KeRf'⟧;
}
`,
        severity: 'error',
      },
    ],
  },
  java: {
    valid: [
      {
        name: "a cache's and a partition's key",
        path: 'src/main/java/io/relaykit/DeliveryCache.java',
        code: `package io.relaykit;

public class DeliveryCache {
    private String key = "relay:deliveries:v2";
}

class Partition {
    static final String KEY = "JDERZcC6oWkk4axiUpBiJJb0rt362Imt";
}
`,
      },
    ],
    invalid: [
      {
        name: "an HMAC settings class's key and an encryption class's key",
        path: 'src/main/java/io/relaykit/crypto/HmacSettings.java',
        code: `package io.relaykit.crypto;

public final class HmacSettings {
    public static final String KEY = ⟦"ViWe5hxXNdBVnJGvLNry1C2NjxG6lNCj"⟧;
}

class Encryption {
    private String key = ⟦"yHfQiLr1fEr2/ct3fu/2hP/ohjKL8mLKKPR9PE18NeM="⟧;
}
`,
        severity: 'error',
      },
    ],
  },
  kotlin: {
    valid: [
      {
        name: "a sort's and a session's key, an encryption key read from the environment",
        path: 'src/main/kotlin/dev/tickets/Keys.kt',
        code: `package dev.tickets

object Sort {
    const val KEY = "created_at"
}

object Session {
    const val KEY = "tickets_session"
}

object Encryption {
    val key: String = System.getenv("TICKETS_ENCRYPTION_KEY") ?: error("TICKETS_ENCRYPTION_KEY is not set")
}
`,
      },
    ],
    invalid: [
      {
        name: "a JWT object's and a signing object's key",
        path: 'src/main/kotlin/dev/tickets/Jwt.kt',
        code: `package dev.tickets

object Jwt {
    const val KEY = ⟦"utI1upEsDoEm4LK6eUGtzvuOoDmIgdAm"⟧
}

object Signing {
    val key: String = ⟦"oi5fAKqjJ2QTeW12rFqsXRqjVariHGZy"⟧
}
`,
        severity: 'error',
      },
    ],
  },
};
