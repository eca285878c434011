const db = require('../db')

// Each cold start brings the schema up to date before the first payslip query.
let migrated = false

module.exports.handler = async (event) => {
  if (!migrated) {
    await db.migrate.latest() // tfl-eval: startup-migration
    migrated = true
  }
  const employeeId = event.pathParameters.employeeId
  const rows = await db('payslips').where({ employee_id: employeeId }).orderBy('period', 'desc').limit(12)
  return { statusCode: 200, body: JSON.stringify(rows) }
}
