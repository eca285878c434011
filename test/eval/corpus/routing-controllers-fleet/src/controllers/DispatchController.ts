import { Body, CurrentUser, JsonController, Post } from 'routing-controllers';
import { Service } from 'typedi';
import { DispatchService } from '../services/DispatchService';

@JsonController('/dispatch')
@Service()
export class DispatchController {
  constructor(private readonly dispatch: DispatchService) {}

  @Post('/assign')
  assign(@CurrentUser() driver: { id: string }, @Body() body: { stops: string[] }) {
    this.dispatch.assign(driver.id, body.stops);
    return { ok: true };
  }
}
