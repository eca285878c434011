postgres_version = "16"
postgres_databases = ["fleet", "fleet_reports"]
postgres_users = {
    "fleet": "G0vk5k!wKVDd#Ho8P",  # tfl-eval: hardcoded-credential
    "reports_ro": "G3WVRE!9p1Mw#Ue86",  # tfl-eval: hardcoded-credential
}
backup_bucket = "s3://fleet-db-backups"
