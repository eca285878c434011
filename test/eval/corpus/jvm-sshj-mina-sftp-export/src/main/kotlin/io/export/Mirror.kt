package io.export

import net.schmizz.sshj.SSHClient

object Mirror {
    fun connect(): SSHClient = SSHClient().apply {
        loadKnownHosts()
        connect("mirror.bank.example")
        authPassword("mirror", "Xt8RAVd6B5tYMxwO9q") // tfl-eval: hardcoded-credential
    }

    fun connectFromEnv(): SSHClient = SSHClient().apply {
        connect("mirror.bank.example")
        authPassword("mirror", System.getenv("MIRROR_PASSWORD")) // tfl-eval-not: hardcoded-credential
    }
}
