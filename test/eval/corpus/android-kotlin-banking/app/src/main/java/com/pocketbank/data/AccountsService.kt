package com.pocketbank.data

interface AccountsService {
    suspend fun login(user: String, password: String): Session
}

data class Session(val token: String)

class AuthException(message: String) : Exception(message)
