require 'mail'

Mail.defaults do
  delivery_method :smtp, address: ENV.fetch('SMTP_HOST'), port: 587,
                         user_name: 'postmaster@mg.ledgerly.example',
                         password: '39bd15b2493e56a0f875184e27a0bb81-eec01c21-d0b45122', # tfl-eval: hardcoded-credential
                         authentication: :plain, enable_starttls_auto: true
end
