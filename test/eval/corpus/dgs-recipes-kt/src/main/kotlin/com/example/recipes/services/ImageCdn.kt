package com.example.recipes.services

import org.springframework.beans.factory.annotation.Value
import org.springframework.stereotype.Service
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

@Service
class ImageCdn(@Value("\${recipes.image-cdn.signing-key}") private val signingKey: String) {

    private val algorithm = "HmacSHA256"

    fun signedUrl(path: String, expires: Long): String {
        val mac = Mac.getInstance(algorithm)
        mac.init(SecretKeySpec(signingKey.toByteArray(), algorithm))
        val sig = mac.doFinal("$path:$expires".toByteArray()).joinToString("") { "%02x".format(it) }
        return "https://img.recipes.example.com$path?e=$expires&s=$sig"
    }
}
