// Upload objects that frameworks hand over in place of the raw request (php-psr7-uploads.ts, Flask-WTF in
// local-uploads.ts): the same local-disk write as `move_uploaded_file` and `request.files[…].save`.
import type { Examples } from '../../rule';

export const psr7UploadExamples: Examples = {
  valid: [
    {
      name: "PSR-7: an upload staged in the temporary folder and sent on; a folder from the environment; a game piece's moveTo($x, $y)",
      path: 'src/Action/ImportAction.php',
      code: [
        '<?php',
        'final class ImportAction',
        '{',
        '    public function __invoke(ServerRequestInterface $request, ResponseInterface $response): ResponseInterface',
        '    {',
        "        $csv = $request->getUploadedFiles()['csv'];",
        "        $staged = tempnam(sys_get_temp_dir(), 'csv');",
        '        $csv->moveTo($staged);',
        '        $this->queue->push($staged);',
        "        $scan = $request->getUploadedFiles()['scan'];",
        "        $inbox = getenv('INBOX_DIR');",
        "        $scan->moveTo($inbox . '/' . $scan->getClientFilename());",
        '        $this->knight->moveTo(3, 5);',
        '        return $response;',
        '    }',
        '}',
      ].join('\n'),
    },
    {
      name: 'A moveTo in a class that takes no upload',
      path: 'src/Fleet/Truck.php',
      code: ['<?php', 'final class Dispatcher', '{', '    public function send(Truck $truck, Depot $depot): void', '    {', '        $truck->moveTo($depot);', '    }', '}'].join('\n'),
    },
  ],
  invalid: [
    {
      name: "PSR-7 (Slim 4, Mezzio): moveTo into the app's public folder, from the request or a typed parameter",
      path: 'src/Action/LogoAction.php',
      code: [
        '<?php',
        'final class LogoAction',
        '{',
        '    public function __invoke(ServerRequestInterface $request, ResponseInterface $response): ResponseInterface',
        '    {',
        "        $logo = $request->getUploadedFiles()['logo'];",
        "        ⟦$logo->moveTo(__DIR__ . '/../../public/logos/' . $logo->getClientFilename())⟧;",
        '        return $response->withStatus(201);',
        '    }',
        '',
        '    private function keep(UploadedFileInterface $file): void',
        '    {',
        "        ⟦$file->moveTo(self::ATTACHMENTS . '/' . bin2hex(random_bytes(6)))⟧;",
        '    }',
        '}',
      ].join('\n'),
      messageIncludes: ['Factor VI', 'local disk', 'PSR-7'],
    },
  ],
};

export const flaskWtfUploadExamples: Examples = {
  valid: [
    {
      name: "Flask-WTF: a file field's upload staged in the temporary folder; a text field's data; a model's save()",
      path: 'shop/admin/views.py',
      code: [
        'import os, tempfile',
        '',
        '@admin.route("/catalogue/import", methods=["POST"])',
        'def import_catalogue():',
        '    form = CatalogueForm()',
        '    if form.validate_on_submit():',
        '        staged = os.path.join(tempfile.mkdtemp(), "catalogue.csv")',
        '        form.sheet.data.save(staged)',
        '        load_catalogue(staged)',
        '        product = Product(name=form.name.data)',
        '        product.save()',
        '    return redirect("/admin")',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "Flask-WTF: a FileField's data (werkzeug's FileStorage) saved into the app's static folder",
      path: 'shop/admin/views.py',
      code: [
        '@admin.route("/products/<int:pid>/image", methods=["POST"])',
        'def product_image(pid):',
        '    form = ProductImageForm()',
        '    if form.validate_on_submit():',
        '        image = form.image.data',
        '        ⟦image.save(os.path.join(current_app.static_folder, "products", f"{pid}.jpg"))⟧',
        '        ⟦form.manual.data.save(os.path.join(MANUALS, secure_filename(form.manual.data.filename)))⟧',
        '    return redirect(f"/products/{pid}")',
        '',
      ].join('\n'),
      messageIncludes: ['Factor VI', 'local disk'],
    },
  ],
};
