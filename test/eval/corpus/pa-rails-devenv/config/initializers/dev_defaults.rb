# Defaults that only make a fresh checkout boot; production sets every one of these.
if Rails.env.development?
  ENV["GITHUB_CLIENT_SECRET"] ||= "dev-github-secret" # tfl-eval-not: hardcoded-credential
  ENV["REDIS_URL"] ||= "redis://localhost:6379/2" # tfl-eval-not: hardcoded-backing-service
end
