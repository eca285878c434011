'use strict';

module.exports = {
  'Email': '邮箱',
  'Password': '密码',
  'Invalid password': '密码错误，请重试',
  'Password reset token expired': '重置密码的链接已过期',
  'Your API token': '您的 API 令牌',
  'Secret key must be at least 32 characters': '密钥长度至少为 32 个字符',
  'Ticket sold out': '门票已售罄',
};
