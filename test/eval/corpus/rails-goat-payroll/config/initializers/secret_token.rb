# Be sure to restart your server when you modify this file.

# Your secret key for verifying the integrity of signed cookies.
# If you change this key, all old signed cookies will become invalid!
Payroll::Application.config.secret_key_base = "9032e9f7fa67845f86d788a79bcca8c20204a21294487932a504899dee2f42b8965a978df6f72eb5b8973179ebebfceb1e09b5fcdb1a76deb8fab14b4b4960ed" # tfl-eval: hardcoded-credential
