require "net/smtp"
require "net/ftp"
require "net/sftp"

class LegacySync
  def mysql
    @mysql ||= Mysql2::Client.new(host: "legacy-mysql.internal", username: "sync", password: "cTZZh0yhZBdrHyf4", database: "shop") # tfl-eval: hardcoded-credential, hardcoded-backing-service
  end

  def warehouse
    @warehouse ||= PG.connect("host=dw.internal dbname=warehouse user=sync password=9Uvz7di1X6Lpz8L4") # tfl-eval: hardcoded-credential, hardcoded-backing-service
  end

  def notify(body)
    Net::SMTP.start("smtp.example.com", 587, "example.com", "notifier@example.com", "B4ZOEM!licVnIU", :login) do |smtp| # tfl-eval: hardcoded-credential
      smtp.send_message(body, "notifier@example.com", "ops@example.com")
    end
  end

  def upload(path)
    Net::FTP.open("ftp.supplier.example.com", "acme", "nMr3eL3jNuoZ") do |ftp| # tfl-eval: hardcoded-credential
      ftp.putbinaryfile(path)
    end
    Net::SFTP.start("sftp.supplier.example.com", "acme", password: "DcnxoQA4h5Bp") do |sftp| # tfl-eval: hardcoded-credential
      sftp.upload!(path, "/inbox/#{File.basename(path)}")
    end
  end
end
