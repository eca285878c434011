JWT_SECRET = ENV.fetch('JWT_SECRET') { '27370862eb25abdc8761d92bc5348380ed09ac7129213f75505dbe15f60cecff' } # tfl-eval: hardcoded-credential
JWT_ALGORITHM = 'HS256'.freeze # tfl-eval-not: hardcoded-credential
JWT_EXPIRATION = 24.hours
