// A password named in the language the app is written in: pt `senha`, es `contraseña`/`contrasena`, fr
// `mot_de_passe`/`mdp`, de `Passwort`/`Kennwort`, nl `wachtwoord`, ru `parol`, tr `sifre`, pl `haslo` (names.ts).
// The hard negatives are the ones an English name has: form reads, validation rules, labels, locale files,
// and es `clave`, which is a key or a code. Generated values.
import type { Examples } from '../../rule';
import type { LanguageId } from '../../types';

export const FOREIGN_NAME_EXAMPLES: Partial<Record<LanguageId, Examples>> = {
  php: {
    valid: [
      {
        name: "pt: a validation rule, an attribute's label and a hash of what the form sent, all under `senha`",
        path: 'app/Http/Requests/CadastroRequest.php',
        code: `<?php\nreturn [\n    'rules' => ['senha' => 'required|min:8|confirmed'],\n    'attributes' => ['senha' => 'Senha'],\n    'dados' => ['senha' => bcrypt($request->senha)],\n];\n`,
      },
      {
        name: 'pt: a translation under a `senha` key is prose',
        path: 'lang/pt_BR/auth.php',
        code: `<?php\nreturn ['senha' => 'A senha informada está incorreta.'];\n`,
      },
    ],
    invalid: [
      {
        name: "pt: a client's `$senha` property and an SMTP block's `'senha'`",
        path: 'app/Services/CorreiosClient.php',
        code: `<?php\nclass CorreiosClient\n{\n    private string $senha = ⟦'kLqJ84dHF8iZmYVY'⟧;\n}\nreturn ['smtp' => ['usuario' => 'loja', 'senha' => ⟦'UsNr2tErFvLntNAy'⟧]];\n`,
      },
    ],
  },
  python: {
    valid: [
      {
        name: 'es: what the form sent, and `clave` as a lookup key',
        path: 'app/usuarios.py',
        code: `contrasena = request.form.get("contrasena", "")\nclave = "usuario_id"\nCLAVE_CACHE = "pedidos_recientes"\n`,
      },
    ],
    invalid: [
      {
        name: 'es: `CONTRASEÑA_SMTP` with its tilde, and `ADMIN_CONTRASENA` without',
        path: 'app/correo.py',
        code: `CONTRASEÑA_SMTP = ⟦"K6JmzStdq9KnVojH"⟧\nADMIN_CONTRASENA = ⟦"lCuPsY8g8OVsplt2"⟧\n`,
      },
    ],
  },
  java: {
    valid: [
      {
        name: 'fr: a length check on the password the user typed',
        path: 'src/main/java/fr/boutique/Verification.java',
        code: `class Verification {\n    boolean verifier(String motDePasse) { return motDePasse != null && motDePasse.length() >= 12; }\n}\n`,
      },
    ],
    invalid: [
      {
        name: 'fr: a `MOT_DE_PASSE` constant',
        path: 'src/main/java/fr/boutique/EntrepotClient.java',
        code: `class EntrepotClient {\n    private static final String MOT_DE_PASSE = ⟦"ZzfKWGzpuvk9pHvz"⟧;\n}\n`,
      },
    ],
  },
  go: {
    valid: [
      {
        name: 'de: a form read into `Passwort`, and a hint under a `passwort` key',
        path: 'internal/web/anmeldung.go',
        code: `package web\n\nimport "net/http"\n\ntype Anmeldung struct{ Passwort string }\n\nfunc lese(r *http.Request) Anmeldung { return Anmeldung{Passwort: r.FormValue("passwort")} }\n\nvar hinweise = map[string]string{"passwort": "Das Passwort muss mindestens zwölf Zeichen lang sein."}\n`,
      },
    ],
    invalid: [
      {
        name: 'de: an `smtpKennwort` constant',
        path: 'internal/mail/mail.go',
        code: `package mail\n\nconst smtpKennwort = ⟦"Xluf1fLXqR9RXqSl"⟧\n`,
      },
    ],
  },
  kotlin: {
    valid: [{ name: 'ru: a check on the password given', path: 'src/main/kotlin/ru/magazin/Proverka.kt', code: `fun proverka(parol: String): Boolean = parol.length >= 10\n` }],
    invalid: [{ name: 'ru: a transliterated `PAROL` constant', path: 'src/main/kotlin/ru/magazin/Sklad.kt', code: `object Sklad {\n    private const val PAROL = ⟦"ULZWZx4NeGdltXSs"⟧\n}\n` }],
  },
  javascript: {
    valid: [
      {
        name: "nl: what the request sent, and a form field's placeholder",
        path: 'src/inloggen.js',
        code: `const { email, wachtwoord } = req.body;\nconst velden = { wachtwoord: { placeholder: 'Wachtwoord', type: 'password' } };\n`,
      },
    ],
    invalid: [{ name: 'nl: `wachtwoord` in a database block', path: 'src/config.js', code: `module.exports = { database: { gebruiker: 'winkel', wachtwoord: ⟦'IzTsu4n1IdAaKx2a'⟧ } };\n` }],
  },
  yaml: {
    valid: [{ name: 'de: a `kennwort` read from the environment', path: 'config/config.yaml', code: `ftp:\n  benutzer: versand\n  kennwort: \${FTP_KENNWORT}\n` }],
    invalid: [{ name: 'de: `datenbank.passwort`', path: 'config/config.yaml', code: `datenbank:\n  benutzer: lager\n  passwort: ⟦95N6ew6vr8vcYTE0⟧\n` }],
  },
  properties: {
    valid: [
      {
        name: 'fr: a message bundle names the field in prose',
        path: 'src/main/resources/i18n/messages_fr.properties',
        code: `connexion.mot_de_passe=Mot de passe\nconnexion.mot_de_passe.oublie=Mot de passe oublié ?\n`,
      },
    ],
    invalid: [{ name: 'fr: `app.sftp.mot-de-passe`', path: 'src/main/resources/application.properties', code: `app.sftp.mot-de-passe=⟦yfeieFHLZeblTVYU⟧\n` }],
  },
  dotenv: {
    valid: [{ name: 'pt: an empty `MAIL_SENHA`', path: '.env', code: `MAIL_SENHA=\n` }],
    invalid: [{ name: 'pt `DB_SENHA`, fr `DB_MDP`, nl `SMTP_WACHTWOORD`', path: '.env', code: `⟦DB_SENHA⟧=⟦gW94Cx5djBJDF4sy⟧\nDB_MDP=⟦KbDQLbhGiiyKQMeJ⟧\nSMTP_WACHTWOORD=⟦pP10fGs6Uq98E9id⟧\n`, options: { gitIgnored: false } }],
  },
  ini: {
    valid: [{ name: 'es: a `contrasena` read from the environment', path: 'config/settings.ini', code: `[correo]\ncontrasena = \${CORREO_CONTRASENA}\n` }],
    invalid: [{ name: 'es: `[base_de_datos] contrasena`', path: 'config/settings.ini', code: `[base_de_datos]\ncontrasena = ⟦LHAhocjPBz3iot0X⟧\n` }],
  },
};
