package mail

import jakarta.mail.Session
import jakarta.mail.Store
import java.util.Properties

data class ImapAccount(
    val host: String,
    val port: Int = 993,
    val user: String,
    val password: String, // tfl-eval-not: hardcoded-credential
)

object DefaultAccounts {
    // Preconfigured for the support team's shared inbox.
    val support = ImapAccount(
        host = "imap.fastmail.com",
        user = "support@compose-mail.example",
        password = "fm-app-pw-8q2kz7", // tfl-eval: hardcoded-credential
    )
    val archive = ImapAccount("imap.fastmail.com", 993, "archive@compose-mail.example", "fm-archive-4tq9w1") // tfl-eval: hardcoded-credential
}

fun connect(account: ImapAccount): Store {
    val props = Properties().apply {
        put("mail.store.protocol", "imaps")
        put("mail.imaps.host", account.host)
        put("mail.imaps.port", account.port.toString())
    }
    val store = Session.getInstance(props).getStore("imaps")
    store.connect(account.host, account.port, account.user, account.password)
    return store
}
