resource "aws_elasticache_replication_group" "jobboard" {
  replication_group_id       = "jobboard-redis"
  description                = "sessions, cache and sidekiq"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = var.redis_auth_token
}

variable "redis_auth_token" {
  type      = string
  sensitive = true
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "jobboard-search"
  engine_version = "OpenSearch_2.11"
  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "jobboard-admin"
      master_user_password = "Os3!vKq8Lw2Tz7Rm" # tfl-eval: hardcoded-credential
    }
  }
}
