import { Body, Controller, Post, Req } from '@nestjs/common';
import { PayoutsService } from './payouts.service';

@Controller('payouts')
export class PayoutsController {
  constructor(private readonly payouts: PayoutsService) {}

  @Post()
  create(@Req() req: { user: { id: string } }, @Body() body: { amount: number; currency: string }) {
    if (!this.payouts.allow(req.user.id)) return { status: 'slow down' };
    return { status: 'queued', amount: body.amount * this.payouts.rate(body.currency) };
  }
}
