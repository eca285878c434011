vault {
  address = "https://vault.edge.internal:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault/role-id"
      secret_id_file_path = "/etc/vault/secret-id" # tfl-eval-not: hardcoded-credential
    }
  }
}

template {
  source      = "/etc/vault/templates/db.ctmpl"
  destination = "/run/edge/db.env"
}
