// PHP examples for startup-migration.
import type { Examples } from '../../rule';

export const phpMigrationExamples: Examples = {
  valid: [
    {
      name: "a provider's method that only a controller action would call, and a boot file's function that nothing calls",
      path: 'bootstrap.php',
      code: `<?php\nuse Illuminate\\Support\\Facades\\Artisan;\n\nfunction wipe_schema(): void\n{\n    Artisan::call('migrate:fresh');\n}\n\nclass AppServiceProvider extends ServiceProvider\n{\n    public function boot(): void\n    {\n        if ($this->app->environment('local')) {\n            $this->syncTables();\n        }\n    }\n\n    private function syncTables(): void\n    {\n        Artisan::call('migrate', ['--force' => true]);\n    }\n\n    public function resetDemo(): void\n    {\n        Artisan::call('migrate:fresh', ['--seed' => true]);\n    }\n}\n`,
    },
    {
      name: 'a service provider migrating everywhere but production: off the start path in every language (Go, JS read `!= "production"` so too), whether the test is inline or in a stage flag',
      path: 'app/Providers/AppServiceProvider.php',
      code: `<?php\n\nnamespace App\\Providers;\n\nuse Illuminate\\Support\\Facades\\Artisan;\nuse Illuminate\\Support\\ServiceProvider;\n\nclass AppServiceProvider extends ServiceProvider\n{\n    public function boot(): void\n    {\n        if (! $this->app->environment('production')) {\n            Artisan::call('migrate', ['--force' => true]);\n        }\n    }\n}\n`,
    },
    {
      name: 'a console application run in-process for a read-only command (Phinx status, migrate:status)',
      path: 'public/index.php',
      code: `<?php\n\n$phinx = new PhinxApplication();\n$phinx->run(new ArrayInput(['command' => 'status']), new NullOutput());\n$console->run(new ArrayInput(['command' => 'migrate:status']));\n$app->run();\n`,
    },
    {
      name: "the schema built inside the app's own class (not on the boot path by itself), Schema::hasTable, and a function named for something else",
      path: 'src/Support/Database.php',
      code: `<?php\n\nnamespace Pets\\Support;\n\nuse Illuminate\\Database\\Capsule\\Manager as Capsule;\n\nfinal class Database\n{\n    public static function ensureSchema(): void\n    {\n        if (!Capsule::schema()->hasTable('pets')) {\n            Capsule::schema()->create('pets', function ($table) { $table->id(); });\n        }\n    }\n}\n`,
    },
    {
      name: 'a front controller that only connects and reads whether the table exists',
      path: 'public/index.php',
      code: `<?php\n\nrequire __DIR__ . '/../vendor/autoload.php';\n\nDatabase::boot();\n$ready = Capsule::schema()->hasTable('pets');\ncreateInvoice($order);\n`,
    },
    {
      name: 'a service provider migrating only in the local environment or in tests',
      path: 'app/Providers/AppServiceProvider.php',
      code: `<?php\n\nnamespace App\\Providers;\n\nuse Illuminate\\Support\\Facades\\Artisan;\nuse Illuminate\\Support\\ServiceProvider;\n\nclass AppServiceProvider extends ServiceProvider\n{\n    public function boot(): void\n    {\n        if ($this->app->environment('local')) {\n            Artisan::call('migrate', ['--force' => true]);\n        }\n        if ($this->app->runningUnitTests()) {\n            Artisan::call('migrate:fresh');\n        }\n    }\n}\n`,
    },
    {
      name: 'migrations in an Artisan command, a migration file, a test and a deploy recipe',
      path: 'app/Console/Commands/Deploy.php',
      code: `<?php\n\nclass Deploy extends Command\n{\n    public function handle(): void\n    {\n        $this->call('migrate', ['--force' => true]);\n        Artisan::call('migrate');\n    }\n}\n`,
    },
    {
      name: 'a test refreshing the database',
      path: 'tests/TestCase.php',
      code: `<?php\n\nabstract class TestCase extends BaseTestCase\n{\n    protected function setUp(): void\n    {\n        parent::setUp();\n        Artisan::call('migrate:fresh');\n    }\n}\n`,
    },
    {
      name: 'a Deployer recipe',
      path: 'deploy.php',
      code: `<?php\n\nnamespace Deployer;\n\ntask('deploy:migrate', function () {\n    run('{{bin/php}} {{release_path}}/artisan migrate --force');\n});\n`,
    },
    {
      name: 'a service provider that only registers bindings and reads migration status',
      path: 'app/Providers/AppServiceProvider.php',
      code: `<?php\n\nclass AppServiceProvider extends ServiceProvider\n{\n    public function boot(): void\n    {\n        Schema::defaultStringLength(191);\n        $this->loadMigrationsFrom(__DIR__ . '/../database/migrations');\n        Artisan::call('migrate:status');\n    }\n\n    public function migrateTenant(): void\n    {\n        Artisan::call('migrate', ['--database' => 'tenant']);\n    }\n}\n`,
    },
    {
      name: 'a route that migrates only when an admin calls it',
      path: 'routes/web.php',
      code: `<?php\n\nRoute::post('/admin/migrate', function () {\n    Artisan::call('migrate', ['--force' => true]);\n})->middleware('can:admin');\n`,
    },
    {
      name: "CodeIgniter 4's migrations in a spark command",
      path: 'app/Commands/Install.php',
      code: `<?php\n\nclass Install extends BaseCommand\n{\n    public function run(array $params)\n    {\n        service('migrations')->latest();\n    }\n}\n`,
    },
    {
      name: "a latest() that is no migration runner in CodeIgniter's Events.php",
      path: 'app/Config/Events.php',
      code: `<?php\n\nEvents::on('pre_system', static function () {\n    $feed = service('news')->latest();\n});\n`,
    },
    {
      name: 'the scheduler and a queued job are not boot',
      path: 'app/Jobs/MigrateTenant.php',
      code: `<?php\n\nclass MigrateTenant implements ShouldQueue\n{\n    public function handle(): void\n    {\n        Artisan::call('tenants:migrate');\n    }\n}\n`,
    },
  ],
  invalid: [
    {
      name: "a private method that a provider's boot() calls",
      path: 'app/Providers/AppServiceProvider.php',
      code: `<?php\nuse Illuminate\\Support\\Facades\\Artisan;\n\nclass AppServiceProvider extends ServiceProvider\n{\n    public function boot(): void\n    {\n        $this->syncTables();\n    }\n\n    private function syncTables(): void\n    {\n        ⟦Artisan::call('migrate', ['--force' => true])⟧;\n    }\n}\n`,
      messageIncludes: ['every time the service provider boots'],
    },
    {
      name: 'a function that bootstrap.php calls at its top level',
      path: 'bootstrap.php',
      code: `<?php\nuse Illuminate\\Support\\Facades\\Artisan;\n\nfunction bring_schema_up(): void\n{\n    ⟦Artisan::call('migrate', ['--force' => true])⟧;\n}\n\nbring_schema_up();\n`,
      messageIncludes: ['every time the app boots'],
    },
    {
      name: "CodeIgniter 4's migration runner in a pre_system event (app/Config/Events.php)",
      path: 'app/Config/Events.php',
      code: `<?php\n\nnamespace Config;\n\nuse CodeIgniter\\Events\\Events;\n\nEvents::on('pre_system', static function () {\n    $migrations = Services::migrations();\n    ⟦$migrations->setNamespace(null)->latest()⟧;\n});\n`,
      messageIncludes: ['every time the app boots', 'php spark migrate'],
    },
    {
      name: "CodeIgniter 4's service('migrations')->latest() in app/Config/Boot/production.php",
      path: 'app/Config/Boot/production.php',
      code: `<?php\n\nini_set('display_errors', '0');\n⟦service('migrations')->latest()⟧;\n`,
    },
    {
      name: "the front controller calls the app's own schema set-up, and builds a table with Eloquent's Capsule, on every request",
      path: 'public/index.php',
      code: `<?php\n\nuse Illuminate\\Database\\Capsule\\Manager as Capsule;\n\nrequire __DIR__ . '/../vendor/autoload.php';\n\nDatabase::boot();\n⟦Database::ensureSchema()⟧;\nif (!Capsule::schema()->hasTable('visits')) {\n    ⟪Capsule::schema()->create('visits', function ($t) { $t->id(); })⟫;\n}\n`,
      messageIncludes: ['Factor XII', 'every time the app boots'],
    },
    {
      name: "Doctrine's SchemaTool updating the schema from a Symfony kernel's boot()",
      path: 'src/Kernel.php',
      code: `<?php\n\nclass Kernel extends BaseKernel\n{\n    public function boot(): void\n    {\n        parent::boot();\n        $schemaTool = new SchemaTool($this->getContainer()->get('doctrine')->getManager());\n        ⟦$schemaTool->updateSchema($this->metadata())⟧;\n    }\n}\n`,
    },
    {
      name: "Artisan::call('migrate') in a service provider's boot()",
      path: 'app/Providers/AppServiceProvider.php',
      code: `<?php\n\nnamespace App\\Providers;\n\nuse Illuminate\\Support\\Facades\\Artisan;\nuse Illuminate\\Support\\ServiceProvider;\n\nclass AppServiceProvider extends ServiceProvider\n{\n    public function boot(): void\n    {\n        ⟦Artisan::call('migrate', ['--force' => true])⟧;\n    }\n}\n`,
      messageIncludes: ['Factor XII', "Artisan::call('migrate')", 'service provider', 'php artisan migrate --force'],
    },
    {
      name: 'in a closure registered from register(), through a use alias',
      path: 'packages/tenancy/src/TenancyServiceProvider.php',
      code: `<?php\n\nuse Illuminate\\Support\\Facades\\Artisan as Console;\n\nclass TenancyServiceProvider extends ServiceProvider\n{\n    public function register(): void\n    {\n        $this->app->booted(function () {\n            ⟦Console::call('migrate:fresh')⟧;\n        });\n    }\n}\n`,
    },
    {
      name: 'at the top of routes/web.php',
      path: 'routes/web.php',
      code: `<?php\n\n⟦\\Artisan::call('migrate')⟧;\n\nRoute::get('/', fn () => view('welcome'));\n`,
      messageIncludes: ['on each request'],
    },
    {
      name: 'exec and backticks in public/index.php',
      path: 'public/index.php',
      code: `<?php\n\n⟦exec('php artisan migrate --force')⟧;\n$out = ⟪\`php ../bin/console doctrine:migrations:migrate --no-interaction\`⟫;\nrequire __DIR__.'/../vendor/autoload.php';\n`,
    },
    {
      name: 'Doctrine and Laravel migrators in bootstrap code',
      path: 'bootstrap/app.php',
      code: `<?php\n\n⟦$dependencyFactory->getMigrator()->migrate($plan, $migratorConfiguration)⟧;\n⟪app('migrator')->run(database_path('migrations'))⟫;\n`,
      messageIncludes: ['every time the app boots'],
    },
    {
      name: "a Symfony kernel's boot()",
      path: 'src/Kernel.php',
      code: `<?php\n\nclass Kernel extends BaseKernel\n{\n    public function boot(): void\n    {\n        parent::boot();\n        $app = new Application($this);\n        $app->run(⟦new ArrayInput(['command' => 'doctrine:migrations:migrate'])⟧);\n    }\n}\n`,
      messageIncludes: ['bin/console doctrine:migrations:migrate'],
    },
    {
      name: "Phinx's console application run in-process by the front controller",
      path: 'public/index.php',
      code: `<?php\n\nuse Phinx\\Console\\PhinxApplication;\n\n$phinx = new PhinxApplication();\n$phinx->setAutoExit(false);\n$phinx->run(⟦new ArrayInput(['command' => 'migrate', '--environment' => 'production'])⟧, new NullOutput());\n$app->run();\n`,
      messageIncludes: ['vendor/bin/phinx migrate'],
    },
  ],
};
