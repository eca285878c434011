package com.pocketbank.data

class FakeAccountsService : AccountsService {
    private val demoPassword = "mock-flavor-pw" // tfl-eval-not: hardcoded-credential

    override suspend fun login(user: String, password: String): Session =
        if (password == demoPassword) Session(token = "mock-session") else throw AuthException("Wrong password")
}
