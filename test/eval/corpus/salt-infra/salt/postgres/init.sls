postgresql:
  pkg.installed:
    - name: postgresql-15
  service.running:
    - enable: True

{% for name, user in pillar['postgres']['users'].items() %}
postgres-user-{{ name }}:
  postgres_user.present:
    - name: {{ name }}
    - password: {{ user['password'] }} # tfl-eval-not: hardcoded-credential
    - replication: {{ user.get('replication', False) }}
{% endfor %}
