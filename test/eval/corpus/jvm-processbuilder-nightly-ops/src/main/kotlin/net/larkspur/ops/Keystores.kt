package net.larkspur.ops

import java.io.File

object Keystores {
    fun importPartnerCert(cert: File) {
        ProcessBuilder(
            "keytool", "-importcert", "-noprompt",
            "-alias", "partner",
            "-file", cert.path,
            "-keystore", "/etc/larkspur/truststore.p12",
            "-storepass", "PuWnAMhycyi2n5v6rD", // tfl-eval: hardcoded-credential
        ).inheritIO().start().waitFor()
    }

    fun listDefault() {
        // The JDK's cacerts ships with the documented default store password.
        ProcessBuilder(listOf("keytool", "-list", "-cacerts", "-storepass", "changeit")).start().waitFor() // tfl-eval-not: hardcoded-credential
    }

    fun exportClientKey(out: File) {
        val cmd = listOf("openssl", "pkcs12", "-export", "-in", "client.crt", "-inkey", "client.key",
            "-passout", "pass:Wd8ZQcgXLvv9EEU7h8", "-out", out.path) // tfl-eval: hardcoded-credential
        ProcessBuilder(cmd).start().waitFor()
    }

    fun exportFromEnv(out: File) {
        ProcessBuilder("openssl", "pkcs12", "-export", "-in", "client.crt", "-inkey", "client.key",
            "-passout", "env:CLIENT_P12_PASSWORD", "-out", out.path).start().waitFor() // tfl-eval-not: hardcoded-credential
    }

    fun mirror() {
        Runtime.getRuntime().exec(arrayOf("sh", "-c", "lftp -u mirror,Xp3us3b7mcSVCrdjLS -e 'mirror -R /var/reports reports; quit' ftp.larkspur.net")).waitFor() // tfl-eval: hardcoded-credential
    }
}
