set :output, "/dev/stdout"
env :PATH, ENV["PATH"]
env :MAILCHIMP_API_KEY, "d8983b652a251d6f423c7052577497e0-us14" # tfl-eval: hardcoded-credential

every 1.day, at: "4:30 am" do
  rake "newsletter:sync"
end
