Sequel.migration do
  change do
    create_table(:links) do
      primary_key :id
      String :slug, null: false, unique: true
      String :target, null: false
    end
  end
end
