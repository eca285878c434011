@servers(['web' => ['deploy@app1.bookings.example', 'deploy@app2.bookings.example'], 'db' => 'deploy@db1.bookings.example'])

@setup
    $repository = 'git@github.com:tidewater/bookings.git';
    $releases = '/var/www/bookings/releases';
    $release = $releases . '/' . date('YmdHis');
    $slackHook = getenv('ENVOY_SLACK_WEBHOOK');
    $backupPassword = 'Xv7mQc2tLw9zRk4B'; // tfl-eval: hardcoded-credential
@endsetup

@story('deploy')
    clone
    composer
    live
@endstory

@task('clone', ['on' => 'web'])
    git clone --depth 1 {{ $repository }} {{ $release }}
@endtask

@task('composer', ['on' => 'web'])
    cd {{ $release }} && composer install --no-dev --prefer-dist --optimize-autoloader
@endtask

@task('live', ['on' => 'web'])
    ln -nfs {{ $release }} /var/www/bookings/current
    sudo systemctl reload php8.3-fpm
@endtask

@task('backup', ['on' => 'db'])
    mysqldump -u bookings_backup -p{{ $backupPassword }} bookings | gzip > /backups/bookings-$(date +%F).sql.gz
    mysql -u report_ro -pKd5wNx8qTz3vLc7M -e "SELECT COUNT(*) FROM bookings.reservations" {{-- tfl-eval: hardcoded-credential --}}
@endtask

@finished
    @slack($slackHook, '#deploys', 'Bookings deployed')
@endfinished
