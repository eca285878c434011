# frozen_string_literal: true

Honeybadger.configure do |config|
  config.api_key = 'hbp_RdyP4veiXXWUp3MIc0PgT3jIxoPdKL' # tfl-eval: hardcoded-credential
  config.env = Rails.env
  config.exceptions.ignore += [ActiveRecord::RecordNotFound]
  config.before_notify do |notice|
    notice.params.delete(:password) # tfl-eval-not: hardcoded-credential
  end
end
