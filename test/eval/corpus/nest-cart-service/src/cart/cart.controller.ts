import { Body, Controller, Get, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { CartService } from './cart.service';

@Controller('cart')
export class CartController {
  constructor(private readonly carts: CartService) {}

  @Post('lines')
  add(@Req() req: Request & { user: { id: string } }, @Body() body: { sku: string; quantity: number }) {
    return this.carts.add(req.user.id, body.sku, body.quantity);
  }

  @Get('total')
  total(@Req() req: Request & { user: { id: string } }) {
    return { total: this.carts.total(req.user.id) };
  }
}
