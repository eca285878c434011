// Paths that name a device, not a file: the standard streams under their Linux names, and /dev/null.
// A logger pointed at one writes no log file (etcd's test cluster quiets zap with
// `OutputPaths = []string{"/dev/null"}`), so every language's file-logger check asks this one place.

const DEVICE_PATH = /^(?:\/dev\/(?:stdout|stderr|null|fd\/[12])|\/proc\/self\/fd\/[12])$/;

/** Whether `path` is a standard stream or the null device rather than a file. */
export function isDevicePath(path: string): boolean {
  return DEVICE_PATH.test(path.trim());
}
