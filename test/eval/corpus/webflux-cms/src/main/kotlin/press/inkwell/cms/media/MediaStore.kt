package press.inkwell.cms.media

import io.minio.MinioClient
import org.springframework.stereotype.Component

@Component
class MediaStore {
    private val minio: MinioClient = MinioClient.builder()
        .endpoint("https://media.inkwell.example")
        .credentials("inkwell-media", "nMedoCeTAXONKhbiLQsSaTdxfxI9Zl4C9QQSzo0c") // tfl-eval: hardcoded-credential
        .build()

    private val devMinio: MinioClient = MinioClient.builder()
        .endpoint("http://localhost:9000")
        .credentials("minioadmin", "minioadmin") // tfl-eval-not: hardcoded-credential
        .build()

    fun bucketFor(tenant: String) = "media-$tenant"
}
