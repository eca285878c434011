import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { Instrument, InstrumentSchema } from './instrument.schema';

@Module({
  imports: [
    MongooseModule.forRoot('mongodb://instruments.mongo.internal:27017/catalog'), // tfl-eval: hardcoded-backing-service
    MongooseModule.forFeature([{ name: Instrument.name, schema: InstrumentSchema }]),
  ],
})
export class CatalogModule {}
