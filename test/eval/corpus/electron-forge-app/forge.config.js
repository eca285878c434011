const path = require('path');

module.exports = {
  packagerConfig: {
    asar: true,
    icon: path.join(__dirname, 'assets', 'icon'),
    osxSign: { identity: 'Developer ID Application: Kestrel Labs (7QX9K2M4PL)' },
    osxNotarize: {
      tool: 'notarytool',
      appleId: 'release@kestrel-labs.io',
      appleIdPassword: 'zmge-c5ay-3vnq-2xdt', // tfl-eval: hardcoded-credential
      teamId: '7QX9K2M4PL',
    },
  },
  makers: [
    { name: '@electron-forge/maker-squirrel', config: { certificateFile: './certs/win.pfx', certificatePassword: process.env.WIN_CERT_PASSWORD } },
    { name: '@electron-forge/maker-dmg', config: { format: 'ULFO' } },
    { name: '@electron-forge/maker-deb', config: {} },
  ],
  publishers: [
    {
      name: '@electron-forge/publisher-github',
      config: {
        repository: { owner: 'kestrel-labs', name: 'kestrel-desktop' },
        authToken: 'ghp_O23XAohGUk3U0LSZdq48GCIqnIL3m0xpMYG1', // tfl-eval: hardcoded-credential
        prerelease: false,
        draft: true,
      },
    },
    {
      name: '@electron-forge/publisher-s3',
      config: {
        bucket: 'kestrel-desktop-releases',
        region: 'eu-central-1',
        accessKeyId: 'AKIAM7W5R43STAX4DYXU', // tfl-eval: hardcoded-credential
        secretAccessKey: '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', // tfl-eval: hardcoded-credential
        public: true,
      },
    },
  ],
};
