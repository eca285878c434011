import { Controller, Get, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ContactsService } from './contacts.service';

@Controller('contacts')
export class ContactsController {
  // Who has the contact list open, for the "also viewing" avatars.
  private readonly viewers = new Set<string>(); // tfl-eval: memory-session-store

  constructor(private readonly contacts: ContactsService) {}

  @Get()
  list(@Req() req: Request & { user: { id: string } }) {
    this.viewers.add(req.user.id);
    return this.contacts.all();
  }

  @Post('import')
  import(@Req() req: Request) {
    return this.contacts.importCsv(String(req.body));
  }
}
