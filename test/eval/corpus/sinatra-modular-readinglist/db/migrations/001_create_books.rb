Sequel.migration do
  change do
    create_table(:books) do
      primary_key :id
      Integer :owner_id, null: false
      String :title, null: false
      String :author
      DateTime :read_at
    end
  end
end
