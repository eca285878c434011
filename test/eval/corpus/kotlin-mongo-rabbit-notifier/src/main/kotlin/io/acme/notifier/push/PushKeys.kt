package io.acme.notifier.push

import java.io.FileInputStream
import java.security.KeyStore
import javax.net.ssl.KeyManagerFactory

object PushKeys {
    const val APNS_TEAM_ID = "K7Q2M9XW4R" // tfl-eval-not: hardcoded-credential
    const val APNS_KEY_ID = "3HZ8LQ2C9T" // tfl-eval-not: hardcoded-credential
    const val FCM_SERVER_KEY = "AAAAz7tWVOn:APA91bMn29n8HhEZoqdkZhdg6gyLFCUjWinoy16oiZ859hR5bZ9baVqMaOGmPo85KKFvpC0tfWX9n4GrrMQiapcGtnTbWJaEx0knml8GUsRcTDyCofbhqAcGnii45ygCd7Dk0egcKcnk" // tfl-eval: hardcoded-credential
    const val HUAWEI_APP_SECRET = "e1b4052d85d97099557ddda56da133cb40a601fb9347b0a30101c3b152848e88" // tfl-eval: hardcoded-credential
    const val PASSWORD_RESET_TEMPLATE = "password-reset" // tfl-eval-not: hardcoded-credential

    fun legacyKeyManagers(): KeyManagerFactory {
        val keyStore = KeyStore.getInstance("PKCS12")
        FileInputStream("/etc/notifier/push-legacy.p12").use {
            keyStore.load(it, "TwpPOXV2DbcN".toCharArray()) // tfl-eval: hardcoded-credential
        }
        val kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm())
        kmf.init(keyStore, "XYQSYkWMMOkp".toCharArray()) // tfl-eval: hardcoded-credential
        return kmf
    }
}
