require 'redmine'
require_relative 'lib/helpdesk_mail_fetcher'

Redmine::Plugin.register :redmine_helpdesk do
  name 'Helpdesk plugin'
  author 'Kestrel University IT'
  description 'Turns support mails into issues'
  version '0.4.1'
  requires_redmine version_or_higher: '4.2.0'

  settings default: {
    'imap_host' => 'outlook.office365.com', # tfl-eval: hardcoded-backing-service
    'imap_user' => '',
    'imap_password' => '', # tfl-eval-not: hardcoded-credential
    'sender_email' => 'helpdesk@kestrel-university.edu'
  }, partial: 'settings/helpdesk_settings'
end
