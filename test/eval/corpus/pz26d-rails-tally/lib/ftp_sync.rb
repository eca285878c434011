require 'net/ftp'

# Pushes the nightly tally export to the accounting partner.
module FtpSync
  def self.login(host, user, password)
    ftp = Net::FTP.new(host)
    ftp.login(user, password)
    ftp
  end

  def self.prompt(label, password_label)
    "#{label} #{password_label}"
  end

  def self.push(file)
    ftp = login('ftp.partner.example', 'tally', 'EMEui_ect76X') # tfl-eval: hardcoded-credential
    ftp.putbinaryfile(file)
    puts prompt('ftp', 'Password:') # tfl-eval-not: hardcoded-credential
  ensure
    ftp&.close
  end

  def self.push_staging(file)
    ftp = login('ftp.partner.example', 'tally', ENV.fetch('PARTNER_FTP_PASSWORD')) # tfl-eval-not: hardcoded-credential
    ftp.putbinaryfile(file)
  end
end
