import { NextResponse } from 'next/server';
import { adminClient } from '@/lib/hasura';

const INSERT_RSVP = `mutation ($event: uuid!, $user: String!) { insert_rsvps_one(object: { event_id: $event, user_id: $user }) { id } }`;

export async function POST(request: Request) {
  if (request.headers.get('x-action-secret') !== process.env.ACTION_SECRET) { // tfl-eval-not: hardcoded-credential
    return NextResponse.json({ message: 'unauthorized' }, { status: 401 });
  }
  const { input, session_variables } = await request.json();
  const result = await adminClient.request(INSERT_RSVP, { event: input.eventId, user: session_variables['x-hasura-user-id'] });
  return NextResponse.json(result);
}
