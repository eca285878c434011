require "aws-sdk-dynamodb"

module Orders
  class Repository
    def initialize(table: ENV.fetch("ORDERS_TABLE"), client: Aws::DynamoDB::Client.new)
      @table = table
      @client = client
    end

    def put(order)
      @client.put_item(table_name: @table, item: order.merge("pk" => "ORDER##{order.fetch('id')}"))
    end
  end
end
