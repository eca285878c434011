package com.acme.lambda

import com.amazonaws.services.lambda.runtime.Context
import com.amazonaws.services.lambda.runtime.RequestHandler
import com.amazonaws.services.lambda.runtime.events.S3Event
import com.cloudinary.Cloudinary

class ThumbnailHandler : RequestHandler<S3Event, String> {

    private val cloudinary = Cloudinary(
        mapOf(
            "cloud_name" to "acme-media",
            "api_key" to "292009268303747",
            "api_secret" to "JpmbtGrpYmkNUFJV09YquucrH6p", // tfl-eval: hardcoded-credential
        ),
    )

    override fun handleRequest(event: S3Event, context: Context): String {
        val key = event.records.first().s3.`object`.key
        context.logger.log("thumbnailing $key")
        return cloudinary.url().transformation(com.cloudinary.Transformation<Nothing>().width(320)).generate(key)
    }
}