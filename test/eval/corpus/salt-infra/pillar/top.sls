base:
  '*':
    - common
  'db*':
    - postgres
  'web*':
    - nginx
    - app
