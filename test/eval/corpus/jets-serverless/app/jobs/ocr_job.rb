class OcrJob < ApplicationJob
  class_timeout 300
  iam_policy 's3', 'textract'

  s3_event 'receipts-inbox'
  def scan
    file = event['Records'].first.dig('s3', 'object', 'key')
    receipt = Veryfi::Client.new(client_id: ENV.fetch('VERYFI_CLIENT_ID'), client_secret: 'EjTr1QaMyWfafJrtZ43nGLgPbUhTNsYxfytRmtbb6e65tirg5KqfvwcQ0FXXBkcRoJC7h986YTjZMAi2aNmrAzQfKxpS3mlQtwnYGX1Gqg6wj4neizIm5ER86V4rsCtQ', # tfl-eval: hardcoded-credential
                                 username: 'receipts-bot', api_key: ENV.fetch('VERYFI_API_KEY'))
                            .document.process_url(file_url: "https://receipts-inbox.s3.amazonaws.com/#{file}")
    Receipt.create!(vendor: receipt['vendor']['name'], total: receipt['total'], s3_key: file)
  end
end
