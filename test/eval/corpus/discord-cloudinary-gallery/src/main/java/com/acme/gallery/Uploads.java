package com.acme.gallery;

import com.cloudinary.Cloudinary;
import com.cloudinary.utils.ObjectUtils;

public class Uploads {
    private final Cloudinary cloudinary = new Cloudinary(ObjectUtils.asMap(
        "cloud_name", "acme-gallery",
        "api_key", "243306120536427",
        "api_secret", "8rlfulUQravO1DDeXd7QX47xz6s", // tfl-eval: hardcoded-credential
        "secure", true));

    private final Cloudinary fromEnv = new Cloudinary(ObjectUtils.asMap(
        "cloud_name", "acme-gallery",
        "api_secret", System.getenv("CLOUDINARY_API_SECRET"))); // tfl-eval-not: hardcoded-credential
}
