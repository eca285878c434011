package com.acme.auth.tokens

import java.util.Base64
import javax.crypto.KeyGenerator
import javax.crypto.Mac
import javax.crypto.SecretKey
import org.springframework.stereotype.Service

@Service
class ApiTokenService {
    private val hmacKey: SecretKey = KeyGenerator.getInstance("HmacSHA256").generateKey() // tfl-eval: per-process-secret

    fun sign(payload: String): String {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(hmacKey)
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.toByteArray()))
    }
}
