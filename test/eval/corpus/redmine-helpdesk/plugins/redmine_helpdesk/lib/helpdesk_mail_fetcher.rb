require 'net/imap'

class HelpdeskMailFetcher
  IMAP_HOST = 'outlook.office365.com'.freeze # tfl-eval: hardcoded-backing-service

  def self.fetch_new(project)
    imap = Net::IMAP.new(IMAP_HOST, port: 993, ssl: true)
    imap.login('support@kestrel-university.edu', 'wQ8-helpdesk-imap') # tfl-eval: hardcoded-credential
    imap.select('INBOX')
    imap.search(['NOT', 'SEEN']).each do |id|
      raw = imap.fetch(id, 'RFC822').first.attr['RFC822']
      MailHandler.receive(raw, project: project.identifier, unknown_user: 'accept', no_permission_check: '1')
      imap.store(id, '+FLAGS', [:Seen])
    end
  ensure
    imap&.logout
    imap&.disconnect
  end
end
