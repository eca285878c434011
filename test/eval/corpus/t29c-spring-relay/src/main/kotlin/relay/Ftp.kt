package relay

import org.apache.commons.net.ftp.FTPClient

object Ftp {
    private const val USER = "relay"
    private const val password = "Octavia" // tfl-eval: hardcoded-credential
    const val PASSWORD_HINT = "Password" // tfl-eval-not: hardcoded-credential

    fun connect(): FTPClient {
        val client = FTPClient()
        client.connect("ftp.partner.example.com")
        client.login(USER, password)
        return client
    }
}
