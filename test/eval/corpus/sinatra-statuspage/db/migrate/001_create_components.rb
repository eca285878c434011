Sequel.migration do
  change do
    create_table(:components) do
      primary_key :id
      String :name, null: false
      String :probe_url, null: false
      Integer :position, default: 0
    end
    create_table(:incidents) do
      primary_key :id
      String :title, null: false
      String :status, null: false
      DateTime :created_at
    end
  end
end
