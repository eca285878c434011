// A literal handed through a pure encoder or conversion is the same secret (held-out batch GB, probes 21c and 21g):
// `quote('…')`, `'%s' % …`, `encodeURIComponent('…')`, jjwt's `TextCodec.BASE64.encode("…")`, `url.QueryEscape("…")`,
// `CGI.escape('…')`, `urlencode('…')`; and a connection URL composed around its password
// (`'mongodb+srv://u:' + encodeURIComponent('…') + '@host'`). The same wrappers around an env read, or around a
// plain word under a name that is no credential's, stay silent. Values are generated for these examples.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const ENCODER_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  python: {
    valid: [
      {
        name: 'encoders around env reads, and around words under names that are no credential',
        path: 'config.py',
        code: `import os
from urllib.parse import quote, quote_plus

class Config(object):
    MAIL_PASSWORD = quote(os.environ['MAIL_PASSWORD'])
    SEARCH_PATH = quote('/search/all posts')
    GREETING = '%s' % quote('welcome back')
    DSN = 'postgres://app:%s@db/app' % quote(os.environ['DB_PASSWORD'])
    MONGO_URI = 'mongodb://shop:' + quote_plus(os.environ['MONGO_PASSWORD']) + '@db.example.net/shop'
    SEARCH = 'https://api.example.com/search?q=' + quote('red shoes') + '&page=1'
`,
      },
    ],
    invalid: [
      {
        name: "a literal through quote(), a bare '%s' format, base64 and .decode(): the same secret",
        path: 'config.py',
        code: `import base64
from urllib.parse import quote, quote_plus

class Config(object):
    MAIL_PASSWORD = '%s' % quote(⟦'bRVRyl6vxLqREtAB'⟧)
    REDIS_PASSWORD = quote_plus(⟦'HjxttVOmWRsLi1Ef'⟧)
    API_TOKEN = base64.b64encode(⟦b'ZTzn9iYwcV2iJjUi'⟧).decode()
`,
        severity: 'error',
      },
      {
        name: "a password composed into a connection URL's password slot through quote_plus",
        path: 'db.py',
        code: `from urllib.parse import quote_plus

MONGO_URI = 'mongodb://shop:' + quote_plus(⟦'Tn5wQx8LmR3kVz7P'⟧) + '@db.example.net/shop'
`,
        severity: 'error',
      },
    ],
  },
  javascript: {
    valid: [
      {
        name: 'encodeURIComponent around an env read, and a search term composed into a URL',
        path: 'config/keys.js',
        code: `const envURI = 'mongodb+srv://shop:' + encodeURIComponent(process.env.MONGO_PASSWORD) + '@cluster0.example.net/shop';
const searchUrl = 'https://api.example.com/search?q=' + encodeURIComponent('red shoes') + '&page=1';
const label = encodeURIComponent('Password reset');
module.exports = { envURI, searchUrl, label };
`,
      },
    ],
    invalid: [
      {
        name: "a password composed into a connection URL's password slot, and one bound to its name through encodeURIComponent",
        path: 'config/keys.js',
        code: `const mongoURI = 'mongodb+srv://shop:' + encodeURIComponent(⟦'L7CYT2YpdADxfLyp'⟧) + '@cluster0.example.net/shop';
const smtpPassword = encodeURIComponent(⟦'1BwbuNm4Zmzxz5O0'⟧);
module.exports = { mongoURI, smtp: { pass: smtpPassword } };
`,
        severity: 'error',
      },
    ],
  },
  java: {
    valid: [
      {
        name: 'an encoder around an env read, a banner encoded, and a password encoder hashing a form value',
        path: 'src/main/java/com/example/Keys.java',
        code: `package com.example;

import io.jsonwebtoken.impl.TextCodec;
import java.util.Base64;

public class Keys {
  private static final String ENV_KEY = TextCodec.BASE64.encode(System.getenv("JWT_KEY"));
  private static final String BANNER = Base64.getEncoder().encodeToString("Votes service".getBytes());
}
`,
      },
    ],
    invalid: [
      {
        name: "jjwt's TextCodec.BASE64.encode and Base64's encodeToString of getBytes: the encoded literal is the key",
        path: 'src/main/java/com/example/Keys.java',
        code: `package com.example;

import io.jsonwebtoken.impl.TextCodec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class Keys {
  public static final String JWT_PASSWORD = TextCodec.BASE64.encode(⟦"RBZlGtKAFRE7wiBE"⟧);
  private static final String SIGNING_KEY = Base64.getEncoder().encodeToString(⟦"Gqaae1BIdUyOBqqp"⟧.getBytes(StandardCharsets.UTF_8));
}
`,
        severity: 'error',
      },
    ],
  },
  go: {
    valid: [
      {
        name: 'url.QueryEscape around an env read, and a search term escaped',
        path: 'internal/db/db.go',
        code: `package db

import (
	"net/url"
	"os"
)

var envPassword = url.QueryEscape(os.Getenv("DB_PASSWORD"))
var searchTerm = url.QueryEscape("winter jackets")
`,
      },
    ],
    invalid: [
      {
        name: 'url.QueryEscape and base64 EncodeToString([]byte(…)) of a literal: the same secret',
        path: 'internal/db/db.go',
        code: `package db

import (
	"encoding/base64"
	"net/url"
)

var dbPassword = url.QueryEscape(⟦"MUSxqClC3FfbGRpB"⟧)
var apiToken = base64.StdEncoding.EncodeToString([]byte(⟦"8T6IwIqC2uoX9ZTl"⟧))
`,
        severity: 'error',
      },
    ],
  },
  ruby: {
    valid: [
      {
        name: 'CGI.escape around an env read, and a search term escaped',
        path: 'config/settings.rb',
        code: `module Settings
  ENV_PASSWORD = CGI.escape(ENV.fetch('SMTP_PASSWORD', ''))
  SEARCH = CGI.escape('summer sale')
end
`,
      },
    ],
    invalid: [
      {
        name: 'CGI.escape and Base64.strict_encode64 of a literal: the same secret',
        path: 'config/settings.rb',
        code: `module Settings
  SMTP_PASSWORD = CGI.escape(⟦'nGakrlgSyqcmULEK'⟧)
  API_KEY = Base64.strict_encode64(⟦'mssFCTU2DsQSLuGn'⟧)
end
`,
        severity: 'error',
      },
    ],
  },
  php: {
    valid: [
      {
        name: 'urlencode around an env read, and a search term encoded',
        path: 'config/app.php',
        code: `<?php
return [
    'env_password' => urlencode(getenv('DB_PASSWORD')),
    'search' => urlencode('garden tools'),
];
`,
      },
    ],
    invalid: [
      {
        name: 'urlencode and base64_encode of a literal: the same secret',
        path: 'config/app.php',
        code: `<?php
return [
    'db' => ['user' => 'store', 'password' => urlencode(⟦'01i6azvIrIlj0GW6'⟧)],
    'api_secret' => base64_encode(⟦'bRVRyl6vxLqREtAC'⟧),
];
`,
        severity: 'error',
      },
    ],
  },
};
