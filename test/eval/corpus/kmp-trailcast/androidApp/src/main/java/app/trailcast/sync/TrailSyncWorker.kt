package app.trailcast.sync

import android.content.Context
import androidx.work.CoroutineWorker
import androidx.work.WorkerParameters
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

/** Uploads the offline trail reports once the phone is back online. */
class TrailSyncWorker(
    context: Context,
    params: WorkerParameters,
) : CoroutineWorker(context, params) {

    private val http = OkHttpClient()

    override suspend fun doWork(): Result = withContext(Dispatchers.IO) {
        val pending = ReportQueue(applicationContext).drain()
        if (pending.isEmpty()) return@withContext Result.success()
        val request = Request.Builder()
            .url("https://sync.trailcast.app/v1/reports")
            .header("Authorization", Credentials.basic("android-sync", "Ar5AfRDsq3RilR")) // tfl-eval: hardcoded-credential
            .post(pending.toRequestBody())
            .build()
        http.newCall(request).execute().use { response ->
            if (response.isSuccessful) Result.success() else Result.retry()
        }
    }

    companion object {
        const val WORK_NAME = "trail-sync"
        const val KEY_AUTH_TOKEN = "auth_token" // tfl-eval-not: hardcoded-credential
    }
}
