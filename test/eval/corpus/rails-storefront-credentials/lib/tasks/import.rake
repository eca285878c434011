namespace :import do
  desc "Import the legacy catalogue over FTP"
  task catalogue: :environment do
    require "net/ftp"
    Net::FTP.open("ftp.legacy-supplier.example", "storefront", "ImGBvT!k8E7b#32lq") do |ftp| # tfl-eval: hardcoded-credential
      ftp.getbinaryfile("catalogue.csv", Rails.root.join("tmp/catalogue.csv"))
    end
    CatalogueImporter.new(Rails.root.join("tmp/catalogue.csv")).run
  end
end
