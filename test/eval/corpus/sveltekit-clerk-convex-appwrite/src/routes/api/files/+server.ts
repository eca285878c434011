import { json, error } from '@sveltejs/kit';
import { ID } from 'node-appwrite';
import { storage } from '$lib/server/appwrite';

export async function POST({ request, locals }) {
  if (!locals.auth.userId) throw error(401, 'Sign in to upload');
  const form = await request.formData();
  const file = form.get('file') as File;
  const saved = await storage.createFile('attachments', ID.unique(), file);
  return json({ id: saved.$id });
}
