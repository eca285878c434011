Recaptcha.configure do |config|
  config.site_key = "6LdQ7xK2AAAAAMz9pL4vT1nR5wY8bC3dE6fH0jK2" # tfl-eval-not: hardcoded-credential
  config.secret_key = "6LdQ7xK2AAAAAK41fL4Fu5DgTx2UFKzdshgSi5P1" # tfl-eval: hardcoded-credential
end
