package com.acme.films.auth

class Session(
    val user: String,
    private val password: String = "", // tfl-eval-not: hardcoded-credential
    val guestToken: String = "58UGAQpeELjezfisIrBYvdcdzL0J5SvBfFIvn77w", // tfl-eval: hardcoded-credential
)
