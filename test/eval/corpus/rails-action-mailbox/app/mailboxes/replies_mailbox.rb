class RepliesMailbox < ApplicationMailbox
  MATCHER = /reply-(.+)@support\.example/i

  def process
    ticket = Ticket.find_by!(reply_token: mail.to.first[MATCHER, 1]) # tfl-eval-not: hardcoded-credential
    ticket.comments.create!(body: mail.decoded, author_email: mail.from.first)
  end
end
