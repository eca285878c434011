class DeviseCreateUsers < ActiveRecord::Migration
  def change
    create_table(:users) do |t|
      t.string :email,              null: false, default: ""
      t.string :encrypted_password, null: false, default: "" # tfl-eval-not: hardcoded-credential
      t.string   :reset_password_token # tfl-eval-not: hardcoded-credential
      t.datetime :reset_password_sent_at
      t.timestamps
    end
    add_index :users, :reset_password_token, unique: true # tfl-eval-not: hardcoded-credential
  end
end
