package com.fieldnotes.sync

import android.content.Context
import androidx.work.CoroutineWorker
import androidx.work.WorkerParameters
import com.amazonaws.auth.BasicAWSCredentials
import com.amazonaws.services.s3.AmazonS3Client
import com.fieldnotes.BuildConfig
import java.io.File

class UploadWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {

    private val s3 = AmazonS3Client(
        BasicAWSCredentials("AKIACJTIA6VP2LNBLDBW", "jinwsVxbaIT1Jvgs6b5Khi4FCWu8nKQJHvUziT5e") // tfl-eval: hardcoded-credential
    )

    override suspend fun doWork(): Result {
        val path = inputData.getString(KEY_FILE) ?: return Result.failure()
        val file = File(path)
        return try {
            s3.putObject("fieldnotes-uploads", "notes/${file.name}", file)
            Result.success()
        } catch (e: Exception) {
            if (runAttemptCount < 3) Result.retry() else Result.failure()
        }
    }

    companion object {
        const val KEY_FILE = "file"
        const val KEY_AUTH_TOKEN = "auth_token" // tfl-eval-not: hardcoded-credential
        val apiKey: String get() = BuildConfig.SYNC_API_KEY // tfl-eval-not: hardcoded-credential
    }
}
