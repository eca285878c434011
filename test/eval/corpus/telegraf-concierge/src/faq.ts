const answers: Record<string, string> = {
  checkout: 'Checkout is at 11:00.',
  breakfast: 'Breakfast is served 7:00-10:30 on the ground floor.',
  wifi: 'The network is HotelGuest; the password is on your key card sleeve.', // tfl-eval-not: hardcoded-credential
}

export function answerFaq(text: string): string | undefined {
  const lower = text.toLowerCase()
  return Object.entries(answers).find(([topic]) => lower.includes(topic))?.[1]
}
