// Ruby shapes: OmniAuth provider secrets, digit-only passwords, and the spec values, state words
// and symbols that stay silent. Generated values.
import type { Examples } from '../../rule';

export const rubyShapeExamples: Examples = {
  valid: [
    {
      name: 'values a spec passes to see a credential refused',
      path: 'spec/lib/client_spec.rb',
      code: "describe Client do\n  let(:client) { Client.new(client_id: 'abc', client_secret: \"invalid\") }\n  let(:other) { Client.new(password: 'wrong') }\nend\n",
    },
    {
      name: 'state comparisons, symbols, numbers that are no password, OmniAuth from ENV',
      path: 'app/models/user.rb',
      code: `class User < ApplicationRecord
  def reset?
    password == 'reset' || token == 'pending'
  end

  def mark
    self.token = :pending
  end

  PASSWORD_MIN_LENGTH = 12
end

Rails.application.config.middleware.use OmniAuth::Builder do
  provider :github, ENV['GITHUB_KEY'], ENV['GITHUB_SECRET']
end
`,
    },
  ],
  invalid: [
    {
      name: "OmniAuth's provider client secret",
      path: 'config/initializers/omniauth.rb',
      code: "Rails.application.config.middleware.use OmniAuth::Builder do\n  provider :github, '4816237590ab', ⟦'QrbPDNVLsPVvqe'⟧\nend\n",
      messageIncludes: ['OAuth client secret', 'ENV.fetch("GITHUB_CLIENT_SECRET")'],
    },
    {
      name: 'a digit-only password',
      path: 'config/initializers/mailer.rb',
      code: "ActionMailer::Base.smtp_settings = { user_name: 'orders', password: ⟦6742530⟧ }\n",
      messageIncludes: ['hardcoded password'],
    },
  ],
};
