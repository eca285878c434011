package com.pocketbank

object TestData {
    const val USER = "test.customer"
    const val PASSWORD = "shared-test-pw" // tfl-eval-not: hardcoded-credential
}
