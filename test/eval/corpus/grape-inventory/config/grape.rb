module Inventory
  class API < Grape::API
    format :json

    http_basic do |username, password|
      { 'warehouse' => 'kqeqa501#IDAkxs7', 'auditor' => 'torfb337%XWCrlq0' }[username] == password # tfl-eval: hardcoded-credential
    end

    helpers do
      def erp
        @erp ||= Faraday.new(url: 'https://erp.example.com/api') do |f|
          f.request :authorization, :basic, 'inventory-sync', 'tv4mRBUYT9rya773Kx' # tfl-eval: hardcoded-credential
          f.request :json
        end
      end
    end

    resource :stock do
      get ':sku' do
        erp.get("stock/#{params[:sku]}").body
      end
    end
  end
end
