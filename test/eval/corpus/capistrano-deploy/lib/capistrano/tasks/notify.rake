namespace :deploy do
  desc "Tell Slack a deploy finished"
  task :notify do
    run_locally do
      token = "xoxb-71875042838-5784369947765-VZNAtMqIyWQUmerCt0apN59B" # tfl-eval: hardcoded-credential
      execute :curl, "-s", "-H", "'Authorization: Bearer #{token}'", "-d", "channel=deploys", "-d", "'text=#{fetch(:application)} deployed'", "https://slack.com/api/chat.postMessage"
    end
  end
end
after "deploy:finished", "deploy:notify"
