require "faraday"

module Library
  class IsbnClient
    BASE_URL = "https://api2.isbndb.com"

    def connection
      Faraday.new(url: BASE_URL, headers: { "Authorization" => "hWXDpjEwokeQlSkRg0EM5n3jhtglVETY" }) # tfl-eval: hardcoded-credential
    end

    def book(isbn)
      connection.get("/book/#{isbn}")
    end
  end
end
