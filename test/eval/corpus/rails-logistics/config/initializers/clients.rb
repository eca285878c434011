TWILIO = Twilio::REST::Client.new('AC0e3e07ca876b9279e87369e8f5c1c766', '9204c2fe72dc8a03db142fac7f516275') # tfl-eval: hardcoded-credential
GITHUB = Octokit::Client.new(access_token: 'ghp_C1wRxD0BmDnAo43UFlt6psVZ7mkGaqb8CKyo') # tfl-eval: hardcoded-credential
SLACK = Slack::Web::Client.new(token: 'xoxb-215566777561-596442750437-sc4G7BicCoYA90wNIJHPojvW') # tfl-eval: hardcoded-credential
Geocoder.configure(lookup: :google, api_key: 'AIzaQaxoV97aLkq2qnlCIqRZbKJcpBV714iBabc', timeout: 3) # tfl-eval: hardcoded-credential
