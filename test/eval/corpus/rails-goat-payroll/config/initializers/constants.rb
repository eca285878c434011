# Keys used by the (deliberately weak) encryption of bank account numbers.
KEY = "5c8b1e9f7a2c4d8f2d1c9a7b4e6f0a3d" # tfl-eval: hardcoded-credential
ACCOUNT_NUMBER_PLACEHOLDER = "Enter your account number"
PASSWORD_MIN_LENGTH = 6
