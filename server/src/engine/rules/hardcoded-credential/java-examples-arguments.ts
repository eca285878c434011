// Java arguments that say "credential" without a vendor list: a parameter of a method or
// constructor declared in the same file, a password made into a char[], a credential-named HTTP
// header, MicroProfile's `@ConfigProperty` default. Generated values.
import type { Examples } from '../../rule';

export const javaArgumentExamples: Examples = {
  valid: [
    {
      name: 'same-file parameters that name no credential, a read passed as the key, char sets and empty keystores, non-credential headers',
      path: 'src/main/java/com/acme/books/IsbnClient.java',
      code: `package com.acme.books;

class IsbnClient {
    private final String region;
    private final String apiKey;

    IsbnClient(String region, String apiKey) {
        this.region = region;
        this.apiKey = apiKey;
    }

    static IsbnClient fromEnv() {
        return new IsbnClient("eu-west-1", System.getenv("ISBN_API_KEY"));
    }

    boolean strong(String password) throws Exception {
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);
        empty.load(stream, System.getenv("KEYSTORE_PASSWORD").toCharArray());
        return StringUtils.containsAny(password, "!@#$%^&*".toCharArray());
    }

    HttpRequest request(String isbn) {
        return HttpRequest.newBuilder(URI.create("https://isbn.example/" + isbn))
                .header("Accept", "application/json")
                .header("X-Token-Type", "api_key")
                .header("X-Api-Key", apiKey)
                .build();
    }

    @ConfigProperty(name = "books.api-key")
    String configuredKey;

    @ConfigProperty(name = "books.timeout", defaultValue = "30")
    int timeout;

    @ConfigProperty(name = "books.webhook-secret", defaultValue = "")
    String webhookSecret;
}
`,
    },
  ],
  invalid: [
    {
      name: "a literal passed to a constructor of this file, at its apiKey parameter's position",
      path: 'src/main/java/com/acme/books/IsbnClient.java',
      code: `package com.acme.books;

class IsbnClient {
    private final String apiKey;

    IsbnClient(String apiKey) {
        this.apiKey = apiKey;
    }

    static IsbnClient defaults() {
        return new IsbnClient(⟦"5799b8d6ecbde584509cfc470448b490"⟧);
    }
}
`,
      messageIncludes: ['IsbnClient(apiKey)', 'System.getenv("API_KEY")'],
    },
    {
      name: 'a positional argument of a method and a record declared in this file',
      path: 'src/main/java/com/acme/erp/ErpSync.java',
      code: `package com.acme.erp;

class ErpSync {
    record Login(String user, String password) {}

    void connect(String endpoint, String user, String secret) {}

    void run() {
        connect("https://erp.acme.example/soap", "WH_SYNC", ⟦"nezimLpknxRpcOQyzvPDpywU"⟧);
        Login login = new Login("sync", ⟦"Huvk%9156zybuv"⟧);
    }
}
`,
    },
    {
      name: 'a keystore and key password made into a char[] for KeyStore.load and KeyManagerFactory.init',
      path: 'src/main/java/com/acme/tls/TlsSetup.java',
      code: `package com.acme.tls;

class TlsSetup {
    SSLContext context(InputStream in) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(in, ⟦"Wihv-9359qga"⟧.toCharArray());
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
        kmf.init(ks, ⟦"Mits#434rflf"⟧.toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }
}
`,
      messageIncludes: ['password', 'System.getenv("KEYSTORE_PASSWORD")'],
      confidence: 'sink',
    },
    {
      name: 'credentials in HTTP headers named for them',
      path: 'src/main/java/com/acme/books/Lookup.java',
      code: `package com.acme.books;

class Lookup {
    HttpRequest request() {
        return HttpRequest.newBuilder(URI.create("https://isbn.example/api"))
                .header("Authorization", ⟦"Bearer N2VWBT99Yu1gYIgbzwI3ZGl1db4P0ooBK5hzpRcw"⟧)
                .header("X-Api-Key", ⟦"7e06b45a7eb73d25e25f34b94c404f00"⟧)
                .build();
    }
}
`,
    },
    {
      name: "MicroProfile's @ConfigProperty default under a credential-named key",
      path: 'src/main/java/com/acme/pay/BankGateway.java',
      code: `package com.acme.pay;

class BankGateway {
    @ConfigProperty(name = "bank.signing-secret", defaultValue = "⟦UpRuPaVWxyW3gp9EvihEFHaMVwDBbr2s⟧")
    String signingSecret;
}
`,
      messageIncludes: ['config key bank.signing-secret', 'BANK_SIGNING_SECRET'],
      noFixBecause: 'annotation',
    },
  ],
};
