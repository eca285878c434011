Sequel.migration do
  change do
    create_table(:polls) do
      primary_key :id
      String :question, null: false
      DateTime :closes_at
    end
  end
end
