Sequel.migration do
  change do
    create_table(:cards) do
      primary_key :id
      String :title, null: false
      String :column, null: false, default: "todo"
    end
  end
end
