// Uploaded files kept on the local disk (local-uploads.ts), per language: the app's own folder is reported;
// the temporary folder, and a file the handler deletes again, are one request's scratch space.
import type { Examples } from '../../rule';

export const pythonUploadExamples: Examples = {
  valid: [
    {
      name: 'Flask: an upload staged in the temporary folder and sent to a bucket; a file deleted after processing; a PIL image saved',
      path: 'gallery/photos.py',
      code: [
        'import os, tempfile',
        'from flask import request',
        '',
        '@bp.route("/albums/import", methods=["POST"])',
        'def import_album():',
        '    archive = request.files["archive"]',
        '    staged = os.path.join(tempfile.gettempdir(), secure_filename(archive.filename))',
        '    archive.save(staged)',
        '    s3.upload_file(staged, BUCKET, archive.filename)',
        '',
        '@bp.route("/csv", methods=["POST"])',
        'def load_csv():',
        '    sheet = request.files.get("sheet")',
        '    path = os.path.join(current_app.instance_path, "incoming.csv")',
        '    sheet.save(path)',
        '    rows = load(path)',
        '    os.remove(path)',
        '    thumbnail.save(os.path.join(STATIC, "thumb.png"))',
        '    return {"rows": rows}',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "Flask: `request.files[…].save()` into the app's upload folder",
      path: 'gallery/photos.py',
      code: [
        'from flask import current_app, request',
        '',
        '@bp.route("/photos", methods=["POST"])',
        'def upload_photo():',
        '    photo = request.files.get("photo")',
        '    filename = secure_filename(photo.filename)',
        '    ⟦photo.save(os.path.join(current_app.config["UPLOAD_FOLDER"], filename))⟧',
        '    ⟦request.files["cover"].save("static/covers/" + filename)⟧',
        '',
      ].join('\n'),
      messageIncludes: ['Factor VI', 'local disk', 'object storage'],
    },
  ],
};

export const goUploadExamples: Examples = {
  valid: [
    {
      name: 'gin: an upload saved to the temporary folder and removed once read',
      path: 'internal/handlers/receipts.go',
      code: [
        'package handlers',
        '',
        'import (',
        '\t"os"',
        '\t"path/filepath"',
        '\t"github.com/gin-gonic/gin"',
        ')',
        '',
        'func ScanTotals(c *gin.Context) {',
        '\tfile, _ := c.FormFile("receipt")',
        '\ttmp := filepath.Join(os.TempDir(), file.Filename)',
        '\t_ = c.SaveUploadedFile(file, tmp)',
        '\tdefer os.Remove(tmp)',
        '}',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "gin's SaveUploadedFile and fiber's SaveFile into the app's uploads folder",
      path: 'internal/handlers/receipts.go',
      code: [
        'package handlers',
        '',
        'import (',
        '\t"path/filepath"',
        '\t"github.com/gin-gonic/gin"',
        '\t"github.com/gofiber/fiber/v2"',
        ')',
        '',
        'func UploadReceipt(c *gin.Context) {',
        '\tfile, _ := c.FormFile("receipt")',
        '\tdst := filepath.Join("./uploads", filepath.Base(file.Filename))',
        '\t_ = ⟦c.SaveUploadedFile(file, dst)⟧',
        '}',
        '',
        'func UploadAvatar(c *fiber.Ctx) error {',
        '\tfile, _ := c.FormFile("avatar")',
        '\treturn ⟦c.SaveFile(file, "./public/avatars/"+file.Filename)⟧',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['Factor VI', 'local disk'],
    },
  ],
};

export const jvmUploadExamples: Examples = {
  valid: [
    {
      name: 'Spring: an upload staged in a temporary file and deleted; transferTo on something that is not a MultipartFile',
      path: 'src/main/java/io/avatars/web/ImportController.java',
      code: [
        'import org.springframework.web.multipart.MultipartFile;',
        'class ImportController {',
        '  int importContacts(MultipartFile csv) throws IOException {',
        '    Path staged = Files.createTempFile("contacts", ".csv");',
        '    csv.transferTo(staged);',
        '    try { return importer.load(staged); } finally { Files.deleteIfExists(staged); }',
        '  }',
        '  void copy(InputStream in, OutputStream out) throws IOException { in.transferTo(out); }',
        '}',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "Spring: MultipartFile.transferTo into the app's upload folder (Java and Kotlin)",
      path: 'src/main/java/io/avatars/web/AvatarController.java',
      code: [
        'import org.springframework.web.multipart.MultipartFile;',
        'class AvatarController {',
        '  String upload(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {',
        '    ⟦file.transferTo(new File(uploadDir, id + ".png"))⟧;',
        '    return "ok";',
        '  }',
        '}',
        '',
      ].join('\n'),
      messageIncludes: ['MultipartFile.transferTo'],
    },
    {
      name: 'Kotlin: transferTo on a MultipartFile parameter',
      path: 'src/main/kotlin/io/avatars/web/AvatarController.kt',
      code: [
        'import org.springframework.web.multipart.MultipartFile',
        'class AvatarController {',
        '  fun upload(id: Long, file: MultipartFile): String {',
        '    ⟦file.transferTo(Paths.get(uploadDir, "$id.png"))⟧',
        '    return "ok"',
        '  }',
        '}',
        '',
      ].join('\n'),
    },
  ],
};

export const phpUploadExamples: Examples = {
  valid: [
    {
      name: 'move_uploaded_file into the temporary folder, and to a staged path that is unlinked once imported',
      path: 'public/import.php',
      code: [
        '<?php',
        "move_uploaded_file($_FILES['csv']['tmp_name'], sys_get_temp_dir() . '/import.csv');",
        "$staged = __DIR__ . '/../var/bulk.csv';",
        "move_uploaded_file($_FILES['bulk']['tmp_name'], $staged);",
        'Ads::importCsv($pdo, $staged);',
        'unlink($staged);',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: "move_uploaded_file into the app's uploads folder",
      path: 'public/post.php',
      code: "<?php\n$photo = bin2hex(random_bytes(8)) . '.jpg';\n⟦move_uploaded_file($_FILES['photo']['tmp_name'], __DIR__ . '/uploads/' . $photo)⟧;\n",
      messageIncludes: ['move_uploaded_file'],
    },
  ],
};

export const railsUploadExamples: Examples = {
  valid: [
    {
      name: 'Active Storage on S3 in production, or chosen by the environment',
      path: 'config/environments/production.rb',
      code: 'Rails.application.configure do\n  config.active_storage.service = :amazon\n  config.active_storage.service = ENV.fetch("STORAGE_SERVICE", "amazon").to_sym\nend\n',
    },
    {
      name: 'the local Disk service in development (what Rails generates)',
      path: 'config/environments/development.rb',
      code: 'Rails.application.configure do\n  config.active_storage.service = :local\nend\n',
    },
    {
      name: "Shrine's cache on disk, its store on S3; a store in a folder from the environment; disk only outside production",
      path: 'config/initializers/shrine.rb',
      code: 'Shrine.storages = {\n  cache: Shrine::Storage::FileSystem.new("public", prefix: "uploads/cache"),\n  store: Shrine::Storage::S3.new(bucket: ENV.fetch("S3_BUCKET")),\n  archive: Shrine::Storage::FileSystem.new(ENV.fetch("ARCHIVE_DIR")),\n}\nif Rails.env.production?\n  Shrine.storages[:scans] = Shrine::Storage::S3.new(bucket: "scans")\nelse\n  Shrine.storages[:scans] = Shrine::Storage::FileSystem.new("public", prefix: "scans")\nend\n',
    },
    {
      name: 'CarrierWave on fog, and on disk only in the test and development environments',
      path: 'config/initializers/carrierwave.rb',
      code: 'CarrierWave.configure do |config|\n  if Rails.env.test? || Rails.env.development?\n    config.storage = :file\n  else\n    config.storage = :fog\n  end\nend\n',
    },
    { name: "CarrierWave's :file storage in the specs' uploader", path: 'spec/support/uploaders/test_uploader.rb', code: 'class TestUploader < CarrierWave::Uploader::Base\n  storage :file\nend\n' },
  ],
  invalid: [
    {
      name: "Active Storage's local Disk service in production",
      path: 'config/environments/production.rb',
      code: 'Rails.application.configure do\n  config.active_storage.service = ⟦:local⟧\nend\n',
      messageIncludes: ['Active Storage'],
    },
    {
      name: "Shrine's permanent store on the app's public folder (calendar_api)",
      path: 'config/environment.rb',
      code: 'Shrine.storages = {\n  cache: Shrine::Storage::FileSystem.new("public", prefix: "uploads/cache"),\n  store: ⟦Shrine::Storage::FileSystem.new("public", prefix: "uploads")⟧,\n}\n',
      messageIncludes: ['Shrine'],
    },
    {
      name: "CarrierWave's :file storage in an uploader and in its initializer",
      path: 'app/uploaders/attachment_uploader.rb',
      code: 'CarrierWave.configure do |config|\n  config.storage = ⟦:file⟧\nend\n\nclass AttachmentUploader < CarrierWave::Uploader::Base\n  storage ⟦:file⟧\nend\n',
      messageIncludes: ['CarrierWave'],
    },
  ],
};
