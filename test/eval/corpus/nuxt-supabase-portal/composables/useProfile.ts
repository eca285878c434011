export function useProfile() {
  const client = useSupabaseClient()
  const passwordLabel = 'Password' // tfl-eval-not: hardcoded-credential
  const updatePassword = (password: string) => client.auth.updateUser({ password }) // tfl-eval-not: hardcoded-credential
  return { passwordLabel, updatePassword }
}
