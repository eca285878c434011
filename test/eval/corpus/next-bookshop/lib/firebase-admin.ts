import admin from 'firebase-admin';

if (!admin.apps.length) {
  admin.initializeApp({
    credential: admin.credential.cert({
      projectId: 'bookshop-prod-4f21',
      clientEmail: 'firebase-adminsdk-x7k2p@bookshop-prod-4f21.iam.gserviceaccount.com',
      privateKey: '-----BEGIN PRIVATE KEY-----\ncOxc56WbLi9Y6uSlliHHm7hBz+ymUyGzoBkKOVGMA/M9Y4lCfPZfciVcS5INBTzY\njZ8uBokQPrXGhucupx5SSHXpEDHJEIZeuk+GoSsRycOijSoQqJtUC4BDbUXn75/i\nXPNXBxMOVk3mSdvblEBSa5/TRbx5fhvSCFOswMS9Bl/HcV7j888TRbPO1aUG/8q3\nGiY1BQ+rJ3ngYuMqSyGsp4SQP5uFmCsUxnzrTUzAljbra/Gfd4eNi1dBi7O73K5C\nWdiYAL/AzKRCTe+Tawzb49W04Vha9FaaUJuI8O1R27WhKH5p+utv4UjoJj325+Yg\n4f8zt5PtBcBUP7tWT1DdmL+NjkbXGyxq97uFAj4wOlGgtjaTChB59N5Y2XUqXvzd\n-----END PRIVATE KEY-----\n', // tfl-eval: hardcoded-credential
    }),
  });
}

export const firestore = admin.firestore();
