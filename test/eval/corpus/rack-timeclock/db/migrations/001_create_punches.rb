Sequel.migration do
  change do
    create_table(:punches) do
      primary_key :id
      String :employee, null: false
      DateTime :at, null: false
      String :kind, null: false
    end
  end
end
