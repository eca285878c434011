Mailgun.configure do |config|
  config.api_key = 'key-443d6421418ba62849425747944b9a1d' # tfl-eval: hardcoded-credential
end

Algolia.init(application_id: 'Q7XK2M9PLA', api_key: 'b0c4dc0c45f53ea9612754d758b0346a') # tfl-eval: hardcoded-credential

Aws.config.update(
  region: 'eu-west-1',
  credentials: Aws::Credentials.new('AKIAMI4FN27TQN3I7XIZ', 'VYVioN3NtczdcPjf8ESDVAeeEzjYVtVnar+rfWz2') # tfl-eval: hardcoded-credential
)

Sidekiq::Web.use Rack::Auth::Basic do |user, password|
  ActiveSupport::SecurityUtils.secure_compare(user, 'admin') &&
    ActiveSupport::SecurityUtils.secure_compare(password, 'QmnGGDk53p#a8g0') # tfl-eval: hardcoded-credential
end
