namespace :import do
  desc 'Import legacy products over FTP'
  task products: :environment do
    ftp = Net::FTP.new('ftp.legacy.example')
    ftp.login('marketplace', 'Saffron02-46j') # tfl-eval: hardcoded-credential
    ftp.getbinaryfile('products.csv', 'tmp/products.csv')
  end
end
