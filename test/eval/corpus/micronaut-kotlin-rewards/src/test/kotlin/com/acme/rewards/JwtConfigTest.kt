package com.acme.rewards

import io.micronaut.context.annotation.Property
import io.micronaut.test.extensions.junit5.annotation.MicronautTest
import org.junit.jupiter.api.Test

@MicronautTest
@Property(name = "rewards.partner.signing-secret", value = "test-secret-not-real") // tfl-eval-not: hardcoded-credential
class JwtConfigTest {
    @Test
    fun loads() {}
}
