package com.acme.ledger;

class JwtServiceTest {
    private static final String SECRET = "test-signing-secret-for-unit-tests-only";
    private static final String PASSWORD = "Sup3r-Test-Pass";
}
