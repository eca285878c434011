// Literals where the language needs a compile-time constant (an enum member, an annotation argument,
// a `case` label, a Kotlin `const val` another constant uses, a Go `const` in a constant expression,
// PHP constants and defaults): the finding stays, the fix is withheld with a reason. Beside them, the
// same declarations used only at run time, which keep their fix. Generated values.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

const typescript: Examples = {
  valid: [
    {
      name: 'an enum of field names and labels is no credential',
      path: 'src/forms.ts',
      code: `export enum FormField {
  Password = 'password',
  ApiKey = 'api_key',
  Secret = 'Secret',
}
`,
    },
  ],
  invalid: [
    {
      name: 'a string enum member: no fix (an enum member needs a constant)',
      path: 'src/keys.ts',
      code: `export enum Keys {
  ApiKey = ⟦'veQG53lGkNau1ziLjAGt'⟧,
  Region = 'eu-west-1',
}
`,
      noFixBecause: 'enum member needs a constant',
    },
    {
      name: 'a const enum member with a token format: no fix either',
      path: 'src/billing.ts',
      code: `const enum Billing {
  Stripe = ⟦'sk_live_8tBp8aOyXlGgm1ICZAtFCNeW'⟧,
}
export const key: string = Billing.Stripe;
`,
      messageIncludes: ['Stripe secret key'],
      noFixBecause: 'enum member needs a constant',
    },
  ],
};

const java: Examples = {
  valid: [],
  invalid: [
    {
      name: 'a constant used in an annotation attribute: no fix',
      path: 'src/main/java/com/acme/PaymentsClient.java',
      code: `package com.acme;

interface PaymentsClient {
    String API_KEY = ⟦"wQH7cXRoAUELDUrQrYO8"⟧;

    @Headers("X-Api-Key: " + API_KEY)
    @GET("/charges")
    Call<Charges> charges();
}
`,
      noFixBecause: 'annotation or a case label',
    },
    {
      name: 'a constant used in a case label: no fix',
      path: 'src/main/java/com/acme/Gate.java',
      code: `package com.acme;

class Gate {
    static final String ADMIN_PASSWORD = ⟦"dBaZoBqU3nNGlJKXUwEh"⟧;

    boolean open(String given) {
        switch (given) {
            case ADMIN_PASSWORD: return true;
            default: return false;
        }
    }
}
`,
      noFixBecause: 'annotation or a case label',
    },
    {
      name: 'a constant feeding another constant that an annotation uses: no fix',
      path: 'src/main/java/com/acme/Auth.java',
      code: `package com.acme;

class Auth {
    static final String TOKEN = ⟦"ghp_bKEH8NSJcdunhyWi0FSUPflCx56ZwwX2A1Sq"⟧;
    static final String BEARER = "Bearer " + TOKEN;

    @Header(name = "Authorization", value = BEARER)
    void call() {}
}
`,
      noFixBecause: 'annotation or a case label',
    },
    {
      name: 'a token directly in an annotation attribute: no fix',
      path: 'src/main/java/com/acme/Webhook.java',
      code: `package com.acme;

class Webhook {
    @Header(name = "Authorization", value = "⟦sk_live_DiFMALpORbKNwHSGvsaToiqf⟧")
    void post() {}
}
`,
      noFixBecause: 'annotation argument must be a compile-time constant',
    },
    {
      name: 'the same constant used only at run time keeps its fix',
      path: 'src/main/java/com/acme/Client.java',
      code: `package com.acme;

class Client {
    private static final String API_KEY = ⟦"x3qsruIZVBQKE6Ua7qRC"⟧;

    @Override
    public String toString() { return "Client"; }

    Request sign(Request request) { return request.header("X-Api-Key", API_KEY); }
}
`,
      fix: { kind: 'move-to-env', envName: 'API_KEY' },
    },
  ],
};

const kotlin: Examples = {
  valid: [],
  invalid: [
    {
      name: 'a const val used in an annotation argument: no fix',
      path: 'src/main/kotlin/com/acme/Api.kt',
      code: `package com.acme

const val API_KEY = ⟦"FdTaITpDKj0CVIIXlTw9"⟧

interface Api {
    @Headers("X-Api-Key: " + API_KEY)
    @GET("charges")
    fun charges(): Call<Charges>
}
`,
      noFixBecause: 'const val is used in an annotation or in another const val',
    },
    {
      // tree-sitter-kotlin reads a one-line `@Named(KEY) class X` as an annotation and a parenthesised expression.
      name: 'a const val in a one-line annotated class: no fix',
      path: 'src/main/kotlin/com/acme/Module.kt',
      code: `package com.acme

const val SIGNING_SECRET = ⟦"Hq4nVt8LwZ2pXk6RmYcB"⟧
@Named(SIGNING_SECRET) class Signer
`,
      noFixBecause: 'const val is used in an annotation or in another const val',
    },
    {
      name: 'a const val another const val is built from: no fix',
      path: 'src/main/kotlin/com/acme/Tokens.kt',
      code: `package com.acme

object Tokens {
    const val SECRET_KEY = ⟦"68Q2lSjJNu3PrEJKa33l"⟧
    const val HEADER = "Key " + SECRET_KEY
}
`,
      noFixBecause: 'const val is used in an annotation or in another const val',
    },
    {
      name: 'a const val used only at run time: the fix drops const',
      path: 'src/main/kotlin/com/acme/Client.kt',
      code: `package com.acme

const val API_TOKEN = ⟦"E4lSnSkFlPvTAZjssk8Q"⟧

@Suppress("unused")
fun sign(request: Request): Request = request.header("Authorization", API_TOKEN)
`,
      fix: { kind: 'move-to-env', envName: 'API_TOKEN' },
    },
  ],
};

const go: Examples = {
  valid: [],
  invalid: [
    {
      name: 'a const another const is built from: no fix (a call is no constant, and var would break the other)',
      path: 'internal/auth/auth.go',
      code: `package auth

const apiSecret = ⟦"vSiRZ0nX4HGyqpEMLVxS"⟧
const bearer = "Bearer " + apiSecret

func Header() string { return bearer }
`,
      noFixBecause: 'Go constant cannot hold a function call',
    },
    {
      name: 'a const used only at run time becomes a var',
      path: 'internal/billing/client.go',
      code: `package billing

const apiKey = ⟦"u6BnsykU3GVSnDkwAJ1r"⟧

func Key() string { return apiKey }
`,
      fix: { kind: 'move-to-env', envName: 'API_KEY' },
    },
  ],
};

const php: Examples = {
  valid: [
    {
      name: 'an enum of field names is no credential',
      path: 'src/Forms/Field.php',
      code: `<?php
enum Field: string
{
    case Password = 'password';
    case ApiKey = 'api_key';
}
`,
    },
  ],
  invalid: [
    {
      name: 'class constants, property and parameter defaults allow no call: no fix',
      path: 'src/Billing/Client.php',
      code: `<?php
namespace App\\Billing;

class Client
{
    const API_KEY = ⟦'IP2yGuQ3ZACdTABUaVPt'⟧;
    private $password = ⟦'YrmyYbA8qZkcJzIjsYH3'⟧;

    public function connect($password = ⟦'OMJ8ZPUFoYRdZJyg1mmW'⟧) {}
}
`,
      noFixBecause: 'PHP allows no function call',
    },
    {
      name: 'a backed enum case: no fix',
      path: 'src/Billing/Keys.php',
      code: `<?php
namespace App\\Billing;

enum Keys: string
{
    case ApiSecret = ⟦'E7mKq2VxNw9RtLp4YsZc'⟧;
    case Region = 'eu-west-1';
}
`,
      noFixBecause: 'PHP allows no function call',
    },
    {
      name: 'a global const: no fix',
      path: 'src/bootstrap.php',
      code: `<?php
const STRIPE_KEY = ⟦'sk_live_8tBp8aOyXlGgm1ICZAtFCNeW'⟧;
`,
      noFixBecause: 'PHP allows no function call',
    },
  ],
};

const python: Examples = {
  valid: [],
  invalid: [
    {
      // Legal, and evaluated once when the module loads, like a module-level constant: a missing
      // variable fails at import with its name, which is what the fix wants. So the fix is offered.
      name: 'a default argument value keeps its fix (read once, at import)',
      path: 'app/db.py',
      code: `def connect(host, password=⟦"EYBcTliqLvIoaOPkoqxu"⟧):
    return open_connection(host, password)
`,
      fix: { kind: 'move-to-env', envName: 'PASSWORD' },
    },
  ],
};

const ruby: Examples = {
  valid: [],
  invalid: [
    {
      name: 'a Ruby constant is an ordinary assignment: the fix stays',
      path: 'lib/billing.rb',
      code: `module Billing
  API_KEY = ⟦"xsui40ehM3ciKVrYWv3A"⟧
end
`,
      fix: { kind: 'move-to-env', envName: 'API_KEY' },
    },
  ],
};

export const CONSTANT_EXAMPLES: Partial<Record<LanguageId, Examples>> = { typescript, java, kotlin, go, php, python, ruby };
