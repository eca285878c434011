set :output, "/var/log/backup/cron.log"

every 1.day, at: "2:30 am" do
  command "cd /srv/backup && bundle exec backup perform -t nightly --root-path ."
end
