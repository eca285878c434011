import { Controller, Get } from '@nestjs/common';
import { PrismaService } from './prisma.service';

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly prisma: PrismaService) {}

  @Get()
  list() {
    return this.prisma.invoice.findMany({ take: 100, orderBy: { issuedAt: 'desc' } });
  }
}
