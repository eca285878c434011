namespace :keys do
  desc "Print a new secret_key_base to store in the platform's config"
  task :generate do
    secret_key_base = SecureRandom.hex(64) # tfl-eval-not: per-process-secret
    puts "SECRET_KEY_BASE=#{secret_key_base}"
  end
end
