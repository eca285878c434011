import express from 'express';
import cors from 'cors';
import mongoose from 'mongoose';
import postRoutes from './src/routes/posts.js';

const app = express();
app.use(express.json({ limit: '30mb' }));
app.use(cors());
app.use('/posts', postRoutes);

const PORT = process.env.PORT;

mongoose
  .connect(process.env.CONNECTION_URL)
  .then(() => {
    const server = app.listen(PORT, () => console.log(`Server running on port ${PORT}`));
    process.on('SIGTERM', () => server.close(() => mongoose.disconnect()));
  })
  .catch((error) => console.error(error.message));
