import { Service } from 'typedi';

// Route colours by region: a constant table.
const REGION_COLOURS: Record<string, string> = { north: '#1f77b4', south: '#ff7f0e' };

@Service()
export class DispatchService {
  // The route each driver is currently assigned, until they end the shift.
  private activeRoutes = new Map<string, string[]>(); // tfl-eval: memory-session-store

  assign(driverId: string, stops: string[]) {
    this.activeRoutes.set(driverId, stops);
  }

  colour(region: string) {
    return REGION_COLOURS[region] ?? '#999';
  }
}
