Lita.configure do |config|
  config.robot.name = "opsbot"
  config.robot.locale = :en
  config.robot.log_level = :info
  config.robot.admins = ["U024BE7LH"]

  config.robot.adapter = :slack
  config.adapters.slack.token = "xoxb-964015101039-0563208186878-cywmfzLaAB4r3VR6izGcp7sN" # tfl-eval: hardcoded-credential

  config.redis[:host] = "redis.ops.internal" # tfl-eval: hardcoded-backing-service
  config.redis[:password] = "2UsW9BbHzy65CGK091jTzrZN" # tfl-eval: hardcoded-credential

  config.handlers.pagerduty.api_key = "u+6XuhLm5e5bUmc5xTYv" # tfl-eval: hardcoded-credential
  config.handlers.pagerduty.email = "opsbot@example.com"
  config.handlers.jenkins.url = "https://ci.ops.internal"
  config.handlers.jenkins.auth = "opsbot:d6af431e0a5512681f39be19054d48479d" # tfl-eval: hardcoded-credential
end
