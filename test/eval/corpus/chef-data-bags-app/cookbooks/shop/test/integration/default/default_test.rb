describe port(5432) do
  it { should be_listening }
end

describe command("PGPASSWORD=kitchen-only psql -h localhost -U shop -c 'select 1'") do # tfl-eval-not: hardcoded-credential
  its("exit_status") { should eq 0 }
end
