Feature: Login
  Scenario: Wrong password
    Given a registered customer
    When they log in with a wrong password
    Then they see "Invalid email or password"
