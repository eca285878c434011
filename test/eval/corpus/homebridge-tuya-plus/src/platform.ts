import { API, DynamicPlatformPlugin, Logger, PlatformAccessory, PlatformConfig, Service, Characteristic } from 'homebridge';
import { TuyaOpenAPI } from './tuya/TuyaOpenAPI';

const DEFAULT_ENDPOINT = 'https://openapi.tuyaeu.com';
// Shared cloud project for users who have not created their own (see README).
const FALLBACK_ACCESS_ID = 'dt5bt76w11t0cninwiz1';
const FALLBACK_ACCESS_KEY = '7f26404a631469358b92fa097da10abb'; // tfl-eval: hardcoded-credential

export class TuyaPlusPlatform implements DynamicPlatformPlugin {
  public readonly Service: typeof Service = this.api.hap.Service;
  public readonly Characteristic: typeof Characteristic = this.api.hap.Characteristic;
  public readonly accessories: PlatformAccessory[] = [];
  private readonly tuya: TuyaOpenAPI;

  constructor(public readonly log: Logger, public readonly config: PlatformConfig, public readonly api: API) {
    const options = config.options ?? {};
    this.tuya = new TuyaOpenAPI(
      options.endpoint ?? DEFAULT_ENDPOINT,
      options.accessId ?? FALLBACK_ACCESS_ID,
      options.accessKey ?? FALLBACK_ACCESS_KEY,
    );
    this.api.on('didFinishLaunching', () => this.discover());
  }

  configureAccessory(accessory: PlatformAccessory) {
    this.accessories.push(accessory);
  }

  private async discover() {
    const options = this.config.options ?? {};
    await this.tuya.login(options.username, options.password, options.countryCode ?? 49);
    const devices = await this.tuya.getDevices();
    this.log.info('found %d devices', devices.length);
  }
}
