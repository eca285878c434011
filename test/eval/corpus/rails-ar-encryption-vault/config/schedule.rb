set :output, "/dev/stdout"
env :PATH, ENV["PATH"]
env "MAILTO", "ops@acme-clinic.example"
env "BACKUP_S3_SECRET", "X3p1FDnKPaLOWn6zxeKVvHUrBWCqxBuhgfOwpfmm" # tfl-eval: hardcoded-credential

every 1.day, at: "3:00 am" do
  rake "backups:nightly"
end
