# Users and their work info for the tutorial.
users = [
  { email: "admin@payroll.example", password: "admin1234", first_name: "Admin", admin: true }, # tfl-eval-not: hardcoded-credential
  { email: "jack@payroll.example", password: "yankeessuck", first_name: "Jack", admin: false }, # tfl-eval-not: hardcoded-credential
  { email: "jim@payroll.example", password: "alohaJim", first_name: "Jim", admin: false }, # tfl-eval-not: hardcoded-credential
]

users.each do |attrs|
  user = User.create!(attrs)
  user.create_work_info(income: "$50,000", bonuses: "$10,000", years_worked: 3, SSN: "666-11-2222")
end

PaidTimeOff.create!(user_id: 2, sick_days_taken: 2, pto_taken: 3)
Benefits.create!(user_id: 2, backup_codes: "4821 7730 1193")
