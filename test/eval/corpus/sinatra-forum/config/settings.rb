module Forum
  class Settings
    DATABASE_URL = ENV.fetch('DATABASE_URL', 'postgres://forum:Tr0ub4dor%137za@db.forum.internal/forum') # tfl-eval: hardcoded-credential, hardcoded-backing-service
    SESSION_SECRET = 'bf271cfa3a15cff8d0f5f4379c1a425684640a218ba8c3f80108bca2300f4e27' # tfl-eval: hardcoded-credential
    PASSWORD_MIN = 10
    STATES = %w[draft published archived].freeze
    RECAPTCHA_SITE_KEY = '6L74iv6ef1CceBMVrcNoRuFFBfVqqVOoFCZWTOj3'

    def self.mail
      {
        address: 'smtp.postmarkapp.com',
        user_name: ENV['POSTMARK_TOKEN'],
        password: ENV['POSTMARK_TOKEN'],
        authentication: :plain
      }
    end
  end
end
