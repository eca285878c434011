Sequel.migration do
  change do
    create_table(:posts) do
      primary_key :id
      String :title, null: false
      String :body, text: true
      DateTime :published_at
    end
  end
end
