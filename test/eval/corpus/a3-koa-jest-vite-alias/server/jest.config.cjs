module.exports = {
  testEnvironment: 'node',
  moduleNameMapper: {
    '^~test/(.*)$': '<rootDir>/test/$1',
    '\\.(css|less)$': 'identity-obj-proxy',
  },
};
