users = Hanami.app["relations.users"]
users.insert(email: "agent@tickets.test", password_digest: BCrypt::Password.create("agent-seed-pw")) # tfl-eval-not: hardcoded-credential
users.insert(email: "boss@tickets.test", password_digest: "$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW")
