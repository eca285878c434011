env "local" {
  src = "file://schema.sql"
  url = "postgres://wallet:wallet@localhost:5432/wallet?sslmode=disable"
  dev = "docker://postgres/16/dev"
  migration {
    dir = "file://migrations"
  }
}

env "prod" {
  url = getenv("WALLET_DATABASE_URL")
  migration {
    dir = "file://migrations"
  }
}
