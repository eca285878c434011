# Be sure to restart your server when you modify this file.

# Your secret key is used for verifying the integrity of signed cookies.
# If you change this key, all old signed cookies will become invalid!

# Make sure the secret is at least 30 characters and all random,
# no regular words or you'll be exposed to dictionary attacks.
# You can use `rake secret` to generate a secure secret key.
Classifieds::Application.config.secret_token = '2f76415d29c821905a6c541f21a15943731f1e4a471956146b30ac354fa2d5b1315bf0b804391fb001a517cdd53543412c6bbc69b6f86ed954db6f59fe66fd57' # tfl-eval: hardcoded-credential
