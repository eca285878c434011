package com.stockroom.support;

public final class TestAccounts {
  public static final String CLERK_USER = "clerk";
  public static final String CLERK_PASSWORD = "failsafe-clerk-pw"; // tfl-eval-not: hardcoded-credential

  private TestAccounts() {}
}
